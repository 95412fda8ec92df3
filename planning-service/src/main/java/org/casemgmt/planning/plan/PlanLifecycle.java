package org.casemgmt.planning.plan;

import java.util.Optional;

/**
 * The plan's state machine: DRAFT → SUBMITTED → APPROVED → ACTIVE, back to DRAFT when returned or revised, CLOSED
 * from anywhere. Plain Java; a refused transition comes with the reason a user reads.
 */
final class PlanLifecycle {

    private PlanLifecycle() {
    }

    /** The status {@code action} leads to from {@code from}; empty when the action is not allowed there. */
    static Optional<PlanStatus> next(PlanStatus from, PlanAction action) {
        return Optional.ofNullable(action.transitions().get(from));
    }

    /** Why {@code action} is refused in {@code from}, e.g. "Cannot submit this plan: it is APPROVED. ...". */
    static String refusal(PlanStatus from, PlanAction action) {
        return "Cannot " + action.verb() + " this plan: it is " + from + ". Only " + action.allowedFor() + " can be "
                + action.done() + ".";
    }
}
