package org.casemgmt.intake.caseopening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casemgmt.intake.assessment.Assessment;
import org.casemgmt.intake.assessment.LifeDomain;
import org.casemgmt.intake.assessment.Need;
import org.casemgmt.intake.assessment.Risk;
import org.casemgmt.intake.assessment.RiskLevel;
import org.casemgmt.intake.assessment.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CasePriorityRuleTest {

    private final CasePriorityRule rule = new CasePriorityRule();

    @ParameterizedTest(name = "highest need {0} without risks -> {1}")
    @CsvSource({"NONE, LOW", "LOW, LOW", "MODERATE, MEDIUM", "HIGH, HIGH", "CRISIS, URGENT"})
    void theHighestNeedSetsThePriority(Severity highest, CasePriority expected) {
        Assessment assessment = assessment(List.of(need(LifeDomain.INCOME, Severity.LOW),
                need(LifeDomain.HOUSING, highest)), List.of());

        assertThat(rule.priorityOf(assessment)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "low need with {0} risk -> {1}")
    @CsvSource({"LOW, LOW", "MEDIUM, MEDIUM", "HIGH, HIGH"})
    void aRiskLiftsThePriorityToAtLeastItsLevel(RiskLevel risk, CasePriority expected) {
        Assessment assessment = assessment(List.of(need(LifeDomain.INCOME, Severity.LOW)),
                List.of(new Risk("eviction", risk, null)));

        assertThat(rule.priorityOf(assessment)).isEqualTo(expected);
    }

    @Test
    void aLowerRiskDoesNotLowerAHighNeed() {
        Assessment assessment = assessment(List.of(need(LifeDomain.HOUSING, Severity.HIGH)),
                List.of(new Risk("eviction", RiskLevel.LOW, null)));

        assertThat(rule.priorityOf(assessment)).isEqualTo(CasePriority.HIGH);
    }

    @Test
    void aHighNeedTogetherWithAHighRiskIsUrgent() {
        Assessment assessment = assessment(List.of(need(LifeDomain.SAFETY, Severity.HIGH)),
                List.of(new Risk("domestic violence", RiskLevel.MEDIUM, null),
                        new Risk("self-harm", RiskLevel.HIGH, "disclosed at interview")));

        assertThat(rule.priorityOf(assessment)).isEqualTo(CasePriority.URGENT);
    }

    @Test
    void anAssessmentWithoutNeedsOrRisksIsLowPriority() {
        assertThat(rule.priorityOf(assessment(List.of(), List.of()))).isEqualTo(CasePriority.LOW);
    }

    private static Need need(LifeDomain domain, Severity severity) {
        return new Need(domain, severity, null);
    }

    private static Assessment assessment(List<Need> needs, List<Risk> risks) {
        return new Assessment(needs, List.of(), risks, null, List.of(), "worker-1", null);
    }
}
