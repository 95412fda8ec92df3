package org.casemgmt.intake.eligibility;

import java.util.List;

/** The answer of {@link EligibilityRules}: eligible when no rule failed; otherwise every failed rule. */
public record EligibilityDecision(List<FailedRule> failedRules) {

    public EligibilityDecision {
        failedRules = List.copyOf(failedRules);
    }

    public boolean eligible() {
        return failedRules.isEmpty();
    }
}
