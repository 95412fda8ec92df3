package org.casemgmt.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.casemgmt.planning.goal.Goal;
import org.casemgmt.planning.goal.GoalFixtures;
import org.casemgmt.planning.goal.GoalStatus;
import org.casemgmt.planning.goal.Measurement;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The plan aggregate: approval sets goals once, progress achieves them once, revisions keep what was. */
class PlanTest {

    private static final Instant AT = Instant.parse("2026-11-25T14:30:00Z");
    private static final String WORKER = "staff-0142";

    @Test
    void theFirstApprovalSetsEveryOpenGoalAndASecondApprovalAnnouncesOnlyTheGoalsItChanged() {
        Plan plan = submitted(draftWithHousingGoal());
        Plan.Approval first = plan.approve("staff-0007", false, AT);
        assertThat(first.set()).extracting(Goal::id).containsExactly("goal-housing");
        assertThat(first.revised()).isEmpty();

        plan.revise("Arrears due date moved", null, List.of(), WORKER, AT);
        Goal housing = plan.goal("goal-housing");
        plan.editGoal("goal-housing", GoalFixtures.housingTerms(GoalFixtures.rentArrears()), housing.agreement(),
                () -> "new-objective");
        plan.submit(WORKER, AT);
        Plan.Approval second = plan.approve("staff-0007", false, AT);

        assertThat(second.set()).isEmpty();
        assertThat(second.revised()).extracting(Goal::id).containsExactly("goal-housing");
        assertThat(plan.getPlanVersion()).isEqualTo(2);
    }

    @Test
    void aRevisionKeepsTheApprovedVersionAsItWas() {
        Plan plan = submitted(draftWithHousingGoal());
        plan.approve("staff-0007", false, AT);

        plan.revise("Review asked for it", null, List.of(), WORKER, AT.plusSeconds(60));
        plan.abandonGoal("goal-housing", "No longer needed", WORKER, AT.plusSeconds(90));

        assertThat(plan.versions()).extracting(PlanVersion::planVersion, PlanVersion::status)
                .containsExactly(tuple(1, PlanStatus.APPROVED), tuple(2, PlanStatus.DRAFT));
        PlanVersion first = plan.version(1);
        assertThat(first.approvedBy()).isEqualTo("staff-0007");
        assertThat(first.supersededAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(first.goals()).extracting(Goal::status).containsExactly(GoalStatus.OPEN);
        assertThat(plan.goal("goal-housing").status()).isEqualTo(GoalStatus.ABANDONED);
    }

    @Test
    void progressMeetingEveryTargetAchievesTheGoalOnceEvenWhenDeliveredTwice() {
        Plan plan = submitted(draftWithHousingGoal());
        plan.approve("staff-0007", false, AT);
        recordProgress(plan, "entry-1", "nights", 30, AT.plusSeconds(600));

        assertThat(recordProgress(plan, "entry-2", "arrears", 0, AT)).isPresent();
        assertThat(recordProgress(plan, "entry-2", "arrears", 0, AT)).as("the same entry, under another event id")
                .isEmpty();
        assertThat(recordProgress(plan, "entry-4", "arrears", 0, AT)).as("already achieved").isEmpty();

        assertThat(plan.goal("goal-housing").status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(plan.goal("goal-housing").objective("arrears").orElseThrow().history()).hasSize(2);
        assertThat(plan.getStatus()).as("progress shows the plan is being carried out").isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.getActivatedAt()).as("when planning learnt it, not when the value was measured")
                .isEqualTo(AT.plusSeconds(600));
    }

    @Test
    void aGoalNobodyApprovedIsNotAchievedByProgress() {
        Plan plan = draftWithHousingGoal();
        recordProgress(plan, "entry-1", "nights", 30, AT.plusSeconds(600));

        assertThat(recordProgress(plan, "entry-2", "arrears", 0, AT)).isEmpty();
    }

    @Test
    void aReviewAskingForAdjustmentsOpensARevisionOfAnApprovedPlan() {
        Plan plan = submitted(draftWithHousingGoal());
        plan.approve("staff-0007", false, AT);
        List<RequestedChange> workGoal = List.of(
                new RequestedChange("ADD_GOAL", null, "EDUCATION_EMPLOYMENT", "Add a work goal", "review-1"));

        assertThat(plan.reviewCompleted("review-1", "Housing on track", "staff-0007", workGoal, AT)).isTrue();

        assertThat(plan.getPlanVersion()).isEqualTo(2);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.getRevisionReason()).isEqualTo("Case review review-1: Housing on track");
        assertThat(plan.getRequestedChanges()).extracting(RequestedChange::description).containsExactly("Add a work goal");
    }

    @Test
    void aClosedCasesPlanIsBackWhereItWasWhenTheCaseIsReopened() {
        Plan plan = submitted(draftWithHousingGoal());

        plan.close("LOST_CONTACT", AT);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.CLOSED);
        assertThatThrownBy(() -> plan.approve("staff-0007", false, AT)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("it is CLOSED");

        plan.reopen();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plan.getClosedAt()).isNull();
    }

    @Test
    void aGoalThatWasSetIsAbandonedNotRemoved() {
        Plan plan = submitted(draftWithHousingGoal());
        plan.approve("staff-0007", false, AT);
        plan.revise("Client moved away", null, List.of(), WORKER, AT);

        assertThatThrownBy(() -> plan.removeGoal("goal-housing")).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).slug()).isEqualTo("goal-was-set");
        Goal abandoned = plan.abandonGoal("goal-housing", "Moved to another city", WORKER, AT);
        assertThat(abandoned.status()).isEqualTo(GoalStatus.ABANDONED);
        assertThat(abandoned.wasSet()).isTrue();
    }

    @Test
    void aPlanWithoutAnOpenGoalCannotBeSubmitted() {
        Plan plan = draftWithHousingGoal();
        plan.removeGoal("goal-housing");

        assertThatThrownBy(() -> plan.submit(WORKER, AT)).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).slug()).isEqualTo("plan-has-no-goals");
    }

    private static Plan draftWithHousingGoal() {
        OpenedCase opened = new OpenedCase("case-1", "client-1", "agency-a", "housing-first", WORKER);
        return Plan.draft("plan-1", "opened-1", opened, List.of(GoalFixtures.housingGoal()), AT);
    }

    private static Plan submitted(Plan plan) {
        plan.submit(WORKER, AT);
        return plan;
    }

    private static Optional<Goal> recordProgress(Plan plan, String entry, String objectiveId, double value,
                                                 Instant now) {
        return plan.recordProgress("goal-housing", objectiveId,
                new Measurement(entry, value, GoalFixtures.MEASURED, WORKER), now);
    }
}
