package org.casemgmt.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.casemgmt.planning.goal.GoalFixtures;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

/** A client's erasure marks their plan and leaves where the plan stands. */
class PlanErasureTest {

    private static final Instant AT = Instant.parse("2026-11-25T14:30:00Z");

    @Test
    void anErasureMarksThePlanAndLeavesWhereItStands() {
        Plan plan = draft();

        plan.clientErased();

        assertThat(plan.isClientErased()).isTrue();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.getGoals()).hasSize(1);
    }

    @Test
    void nobodyWritesAGoalOfAnErasedClientAnyMore() {
        Plan plan = draft();
        plan.clientErased();

        assertThatThrownBy(() -> plan.editGoal("goal-housing", GoalFixtures.housingTerms(GoalFixtures.rentArrears()),
                null, () -> "new-objective")).isInstanceOfSatisfying(RuleViolationException.class,
                refused -> assertThat(refused.getMessage()).contains("client was erased"));
        assertThatThrownBy(() -> plan.abandonGoal("goal-housing", "Moved away", "staff-0142", AT))
                .isInstanceOf(RuleViolationException.class);
    }

    private static Plan draft() {
        return Plan.draft("plan-1", "opened-1", new OpenedCase("case-1", "client-1", "agency-a", "housing-first",
                "staff-0142"), List.of(GoalFixtures.housingGoal()), AT);
    }
}
