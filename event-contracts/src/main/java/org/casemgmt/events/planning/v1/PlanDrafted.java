package org.casemgmt.events.planning.v1;

import java.time.Instant;
import java.util.List;

/**
 * A draft service plan was created for a newly opened case, with a suggested goal for every need assessed as serious
 * enough. Nothing is agreed yet: goal.set follows when the plan is approved.
 *
 * @param planId         the plan
 * @param caseId         the case it belongs to
 * @param clientId       the client
 * @param agencyId       the agency that owns the case
 * @param programId      the program of the case
 * @param planVersion    the plan's version (1 for a new plan)
 * @param suggestedGoals the goals suggested from the goal templates, most severe need first; may be empty
 * @param caseManager    the staff member responsible for the case
 * @param draftedAt      when
 */
public record PlanDrafted(String planId, String caseId, String clientId, String agencyId, String programId,
                          int planVersion, List<PlannedGoal> suggestedGoals, String caseManager, Instant draftedAt) {
}
