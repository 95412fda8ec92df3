package org.casemgmt.events.planning.v1;

import java.time.Instant;
import java.util.List;

/**
 * A goal set earlier was changed by the approval of a revised plan: this is its new whole content, replacing what
 * goal.set (or an earlier goal.revised) said.
 *
 * @param goalId           the goal
 * @param caseId           the case
 * @param planId           the plan
 * @param planVersion      the plan version whose approval changed it
 * @param needDomain       the life domain of the need it addresses
 * @param statement        deprecated, always null: the client's own words are personal data, which an event must
 *                         not carry past the client's erasure; read the goal from planning's API
 * @param priority         HIGH, MEDIUM or LOW
 * @param responsibleParty CLIENT, CASE_WORKER or PROVIDER
 * @param providerRole     the kind of provider responsible; deprecated, always null: free text written for the
 *                         client's goal outlives no erasure on a topic; read it from planning's API
 * @param objectives       the measurable objectives now
 * @param serviceTypes     the distinct service types the goal's planned interventions need now
 * @param reason           deprecated, always null: free text about the client outlives no erasure on a topic; read it from planning's API
 * @param revisedAt        when (the revised plan's approval)
 */
public record GoalRevised(String goalId, String caseId, String planId, int planVersion, String needDomain,
                          String statement, String priority, String responsibleParty, String providerRole,
                          List<ObjectiveTarget> objectives, List<String> serviceTypes, String reason,
                          Instant revisedAt) {
}
