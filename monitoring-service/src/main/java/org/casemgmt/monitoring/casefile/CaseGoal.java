package org.casemgmt.monitoring.casefile;

import java.util.List;

/**
 * A goal of the approved plan as planning announced it, with its objectives.
 *
 * @param state OPEN until planning says it was achieved or abandoned
 */
public record CaseGoal(String goalId, String needDomain, String priority, List<CaseObjective> objectives,
                       State state) {

    public enum State { OPEN, ACHIEVED, ABANDONED }

    public CaseGoal {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }

    CaseGoal closed(State as) {
        return new CaseGoal(goalId, needDomain, priority, objectives, as);
    }
}
