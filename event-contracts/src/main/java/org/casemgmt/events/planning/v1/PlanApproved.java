package org.casemgmt.events.planning.v1;

import java.time.Instant;
import java.util.List;

/**
 * A version of a service plan was approved and is now the plan in force for the case. goal.set, goal.revised and
 * goal.abandoned follow for the goals this approval changed.
 *
 * @param planId       the plan
 * @param caseId       the case
 * @param planVersion  the version approved (1 for the first plan, higher after a revision)
 * @param goals        every goal in force in this version
 * @param submittedBy  the staff member who submitted it for approval
 * @param approvedBy   the staff member who approved it
 * @param selfApproved true when the submitter approved it under a program that allows self-approval
 * @param approvedAt   when
 */
public record PlanApproved(String planId, String caseId, int planVersion, List<PlannedGoal> goals, String submittedBy,
                           String approvedBy, boolean selfApproved, Instant approvedAt) {
}
