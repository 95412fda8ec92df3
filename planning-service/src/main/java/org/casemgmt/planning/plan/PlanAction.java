package org.casemgmt.planning.plan;

import static org.casemgmt.planning.plan.PlanStatus.ACTIVE;
import static org.casemgmt.planning.plan.PlanStatus.APPROVED;
import static org.casemgmt.planning.plan.PlanStatus.CLOSED;
import static org.casemgmt.planning.plan.PlanStatus.DRAFT;
import static org.casemgmt.planning.plan.PlanStatus.SUBMITTED;

import java.util.Map;

/** What people and events do to a plan, each with the statuses it starts from and the status it leads to. */
enum PlanAction {
    EDIT_GOALS("change the goals of", "changed",
            "a draft (return a submitted plan to draft, or revise an approved one)", Map.of(DRAFT, DRAFT)),
    SUBMIT("submit", "submitted", "a draft", Map.of(DRAFT, SUBMITTED)),
    RETURN_TO_DRAFT("return", "returned to draft", "a submitted plan", Map.of(SUBMITTED, DRAFT)),
    APPROVE("approve", "approved", "a submitted plan", Map.of(SUBMITTED, APPROVED)),
    ACTIVATE("activate", "activated", "an approved plan", Map.of(APPROVED, ACTIVE)),
    REVISE("revise", "revised", "an approved or active plan (a draft is changed as it is)",
            Map.of(APPROVED, DRAFT, ACTIVE, DRAFT)),
    CLOSE("close", "closed", "a plan that is not closed yet",
            Map.of(DRAFT, CLOSED, SUBMITTED, CLOSED, APPROVED, CLOSED, ACTIVE, CLOSED));

    private final String verb;
    private final String done;
    private final String allowedFor;
    private final Map<PlanStatus, PlanStatus> transitions;

    PlanAction(String verb, String done, String allowedFor, Map<PlanStatus, PlanStatus> transitions) {
        this.verb = verb;
        this.done = done;
        this.allowedFor = allowedFor;
        this.transitions = transitions;
    }

    String verb() {
        return verb;
    }

    String done() {
        return done;
    }

    String allowedFor() {
        return allowedFor;
    }

    Map<PlanStatus, PlanStatus> transitions() {
        return transitions;
    }
}
