package org.casemgmt.intake.caseopening;

import org.casemgmt.intake.assessment.Assessment;
import org.casemgmt.intake.assessment.RiskLevel;
import org.casemgmt.intake.assessment.Severity;

/**
 * Derives a new case's priority from its assessment. The highest need sets the base (a crisis is urgent, a
 * high need is high, a moderate need medium, anything less low); a risk lifts the priority to at least its own
 * level; a high need together with a high risk is urgent.
 */
public final class CasePriorityRule {

    public CasePriority priorityOf(Assessment assessment) {
        Severity highestNeed = assessment.highestSeverity().orElse(Severity.NONE);
        RiskLevel highestRisk = assessment.highestRiskLevel().orElse(RiskLevel.LOW);
        if (highestNeed == Severity.HIGH && highestRisk == RiskLevel.HIGH) {
            return CasePriority.URGENT;
        }
        CasePriority fromNeed = switch (highestNeed) {
            case CRISIS -> CasePriority.URGENT;
            case HIGH -> CasePriority.HIGH;
            case MODERATE -> CasePriority.MEDIUM;
            case LOW, NONE -> CasePriority.LOW;
        };
        CasePriority fromRisk = switch (highestRisk) {
            case HIGH -> CasePriority.HIGH;
            case MEDIUM -> CasePriority.MEDIUM;
            case LOW -> CasePriority.LOW;
        };
        return fromNeed.compareTo(fromRisk) >= 0 ? fromNeed : fromRisk;
    }
}
