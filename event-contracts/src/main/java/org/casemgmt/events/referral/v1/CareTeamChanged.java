package org.casemgmt.events.referral.v1;

import java.time.Instant;
import java.util.List;

/**
 * A client's care team changed: a member joined (by the case worker, or by accepting a referral) or left. Carries
 * the whole team, so the latest event of a case is its team now.
 *
 * @param caseId    the case
 * @param agencyId  the agency that owns the case
 * @param members   every member, current and former
 * @param changedBy the staff member who made the change
 * @param changedAt when
 */
public record CareTeamChanged(String caseId, String agencyId, List<CareTeamMember> members, String changedBy,
                              Instant changedAt) {
}
