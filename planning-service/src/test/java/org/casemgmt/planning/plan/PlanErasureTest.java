package org.casemgmt.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.casemgmt.events.intake.v1.CaseOpened;
import org.casemgmt.planning.goal.GoalFixtures;
import org.casemgmt.platform.web.RuleViolationException;
import org.junit.jupiter.api.Test;

/** A client's erasure marks their plan once and leaves where the plan stands. */
class PlanErasureTest {

    private static final Instant AT = Instant.parse("2026-11-25T14:30:00Z");

    @Test
    void anErasureMarksThePlanOnceAndARedeliveryChangesNothing() {
        Plan plan = draft();

        assertThat(plan.clientErased("erased-1")).isEqualTo(Plan.Applied.APPLIED);
        assertThat(plan.clientErased("erased-1")).isEqualTo(Plan.Applied.REDELIVERY);

        assertThat(plan.isClientErased()).isTrue();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.getGoals()).hasSize(1);
    }

    @Test
    void nobodyWritesAGoalOfAnErasedClientAnyMore() {
        Plan plan = draft();
        plan.clientErased("erased-1");

        assertThatThrownBy(() -> plan.editGoal("goal-housing", GoalFixtures.housingTerms(GoalFixtures.rentArrears()),
                null, () -> "new-objective")).isInstanceOfSatisfying(RuleViolationException.class,
                refused -> assertThat(refused.getMessage()).contains("client was erased"));
        assertThatThrownBy(() -> plan.abandonGoal("goal-housing", "Moved away", "staff-0142", AT))
                .isInstanceOf(RuleViolationException.class);
    }

    private static Plan draft() {
        return Plan.draft("plan-1", "opened-1", new CaseOpened("case-1", "client-1", "agency-a", "housing-first",
                "HIGH", "MEDIUM", List.of(), null, "staff-0142", AT), List.of(GoalFixtures.housingGoal()), AT);
    }
}
