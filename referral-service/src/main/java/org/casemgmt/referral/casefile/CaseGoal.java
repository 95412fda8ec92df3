package org.casemgmt.referral.casefile;

import java.util.List;

/**
 * A goal of the case's approved plan, as planning announced it: what referral matches providers to.
 *
 * @param goalId       the goal
 * @param needDomain   the life domain of its need
 * @param priority     HIGH, MEDIUM or LOW
 * @param serviceTypes the service types its interventions need; the join key to the directory's services
 * @param state        open, or closed as achieved or abandoned: a closed goal gets no matches and no referrals
 */
public record CaseGoal(String goalId, String needDomain, String priority, List<String> serviceTypes,
                       State state) {

    public enum State { OPEN, ACHIEVED, ABANDONED }

    public CaseGoal {
        serviceTypes = serviceTypes == null ? List.of() : List.copyOf(serviceTypes);
    }

    static CaseGoal open(String goalId, String needDomain, String priority, List<String> serviceTypes) {
        return new CaseGoal(goalId, needDomain, priority, serviceTypes, State.OPEN);
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    CaseGoal closed(State as) {
        return new CaseGoal(goalId, needDomain, priority, serviceTypes, as);
    }
}
