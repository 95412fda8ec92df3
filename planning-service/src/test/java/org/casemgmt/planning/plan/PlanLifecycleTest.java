package org.casemgmt.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanLifecycleTest {

    /** Every transition the plan knows; every other (status, action) pair must be refused. */
    private static final List<String> ALLOWED = List.of(
            "DRAFT EDIT_GOALS DRAFT",
            "DRAFT SUBMIT SUBMITTED",
            "SUBMITTED RETURN_TO_DRAFT DRAFT",
            "SUBMITTED APPROVE APPROVED",
            "APPROVED ACTIVATE ACTIVE",
            "APPROVED REVISE DRAFT",
            "ACTIVE REVISE DRAFT",
            "DRAFT CLOSE CLOSED",
            "SUBMITTED CLOSE CLOSED",
            "APPROVED CLOSE CLOSED",
            "ACTIVE CLOSE CLOSED");

    static Stream<Arguments> everyStatusAndAction() {
        List<Arguments> pairs = new ArrayList<>();
        for (PlanStatus status : PlanStatus.values()) {
            for (PlanAction action : PlanAction.values()) {
                pairs.add(Arguments.of(status, action));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStatusAndAction")
    void onlyTheDocumentedTransitionsAreAllowed(PlanStatus from, PlanAction action) {
        String allowed = ALLOWED.stream().filter(line -> line.startsWith(from + " " + action + " ")).findFirst()
                .orElse(null);

        if (allowed == null) {
            assertThat(PlanLifecycle.next(from, action)).isEmpty();
        } else {
            assertThat(PlanLifecycle.next(from, action)).contains(PlanStatus.valueOf(allowed.split(" ")[2]));
        }
    }

    @Test
    void aRefusalSaysWhatTheAttemptWasWhereThePlanIsAndWhatItWouldTake() {
        assertThat(PlanLifecycle.refusal(PlanStatus.APPROVED, PlanAction.SUBMIT))
                .isEqualTo("Cannot submit this plan: it is APPROVED. Only a draft can be submitted.");
        assertThat(PlanLifecycle.refusal(PlanStatus.SUBMITTED, PlanAction.EDIT_GOALS))
                .isEqualTo("Cannot change the goals of this plan: it is SUBMITTED. Only a draft (return a submitted "
                        + "plan to draft, or revise an approved one) can be changed.");
    }

    @Test
    void aClosedPlanAllowsNoAction() {
        for (PlanAction action : PlanAction.values()) {
            assertThat(PlanLifecycle.next(PlanStatus.CLOSED, action)).as(action.name()).isEmpty();
        }
    }
}
