package org.casemgmt.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.casemgmt.planning.plan.ApprovalRule.Verdict;
import org.junit.jupiter.api.Test;

class ApprovalRuleTest {

    private static final String WORKER = "staff-0142";
    private static final String SUPERVISOR = "staff-0007";

    @Test
    void aSupervisorApprovesAPlanSomeoneElseSubmitted() {
        Verdict verdict = ApprovalRule.decide(SUPERVISOR, true, WORKER, false);

        assertThat(verdict.permitted()).isTrue();
        assertThat(verdict.selfApproved()).isFalse();
    }

    @Test
    void aCaseWorkerWhoIsNotASupervisorMayNotApproveSomeoneElsesPlan() {
        Verdict verdict = ApprovalRule.decide("staff-0200", false, WORKER, true);

        assertThat(verdict.permitted()).isFalse();
        assertThat(verdict.refusal()).isEqualTo("Only a supervisor may approve a plan submitted by staff-0142 "
                + "(or staff-0142 themselves, as the program allows).");
    }

    @Test
    void theSubmitterApprovesTheirOwnPlanOnlyWhereTheProgramAllowsSelfApproval() {
        assertThat(ApprovalRule.decide(WORKER, false, WORKER, true))
                .isEqualTo(new Verdict(true, true, null));
        assertThat(ApprovalRule.decide(WORKER, false, WORKER, false).permitted()).isFalse();
    }

    @Test
    void aSupervisorWhoSubmittedThePlanNeedsAnotherSupervisorUnlessTheProgramAllowsSelfApproval() {
        Verdict verdict = ApprovalRule.decide(SUPERVISOR, true, SUPERVISOR, false);

        assertThat(verdict.permitted()).isFalse();
        assertThat(verdict.refusal()).contains("a supervisor other than staff-0007 must approve it");
        assertThat(ApprovalRule.decide(SUPERVISOR, true, SUPERVISOR, true).selfApproved()).isTrue();
    }

    @Test
    void anApproverWhoDoesNotSayWhoTheyAreIsRefused() {
        assertThat(ApprovalRule.decide(null, true, WORKER, true).permitted()).isFalse();
    }
}
