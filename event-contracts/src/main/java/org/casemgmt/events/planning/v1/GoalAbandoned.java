package org.casemgmt.events.planning.v1;

import java.time.Instant;

/**
 * A goal set earlier is no longer pursued. Referral can stop looking for providers for it; closure counts it as
 * resolved without being achieved.
 *
 * @param goalId      the goal
 * @param caseId      the case
 * @param planId      the plan
 * @param needDomain  the life domain of the need it addressed
 * @param reason      deprecated, always null: free text about the client outlives no erasure on a topic; read it from planning's API
 * @param abandonedBy the staff member who recorded it
 * @param abandonedAt when
 */
public record GoalAbandoned(String goalId, String caseId, String planId, String needDomain, String reason,
                            String abandonedBy, Instant abandonedAt) {
}
