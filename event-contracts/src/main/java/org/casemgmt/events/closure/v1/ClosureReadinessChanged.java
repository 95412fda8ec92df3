package org.casemgmt.events.closure.v1;

import java.time.Instant;
import java.util.List;

/**
 * Whether a case is ready to close changed: it met its program's completion criteria, or no longer does. Kept live
 * from planning's, referral's and monitoring's events, so a case worker sees what is missing before asking.
 *
 * @param caseId    the case
 * @param agencyId  the agency that owns it
 * @param programId the program whose completion criteria apply
 * @param ready     whether every criterion is met
 * @param missing   the criteria not met: GOALS_RESOLVED, REFERRALS_RESOLVED, EXIT_ASSESSMENTS_DONE,
 *                  DESTINATION_RECORDED, FOLLOW_UP_CONSENT_RECORDED, CLOSURE_RECOMMENDED_BY_REVIEW (tolerate others)
 * @param changedAt when
 */
public record ClosureReadinessChanged(String caseId, String agencyId, String programId, Boolean ready,
                                      List<String> missing, Instant changedAt) {
}
