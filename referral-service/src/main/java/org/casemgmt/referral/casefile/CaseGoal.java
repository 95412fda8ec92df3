package org.casemgmt.referral.casefile;

import java.util.List;

/**
 * A goal of the case's approved plan, as planning announced it: what referral matches providers to.
 *
 * @param goalId       the goal
 * @param needDomain   the life domain of its need
 * @param priority     HIGH, MEDIUM or LOW
 * @param serviceTypes the service types its interventions need; the join key to the directory's services
 * @param open         false once the goal was abandoned
 */
public record CaseGoal(String goalId, String needDomain, String priority, List<String> serviceTypes, boolean open) {

    public CaseGoal {
        serviceTypes = serviceTypes == null ? List.of() : List.copyOf(serviceTypes);
    }
}
