package org.casemgmt.closure.readiness;

import java.util.List;

/** Whether the case may close under its program's criteria, and each criterion's check in the program's order. */
public record Readiness(boolean ready, List<CriterionCheck> checks) {

    public List<CompletionCriterion> missing() {
        return checks.stream().filter(check -> !check.met()).map(CriterionCheck::criterion).toList();
    }
}
