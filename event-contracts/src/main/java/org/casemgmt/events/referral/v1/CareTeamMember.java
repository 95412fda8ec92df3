package org.casemgmt.events.referral.v1;

import java.time.Instant;

/**
 * One person of a client's care team (a FHIR CareTeam participant).
 *
 * @param memberId   the membership
 * @param person     the staff member's user name
 * @param role       their role for the client, e.g. case-manager, housing-navigator
 * @param agencyId   the agency they act for (FHIR {@code onBehalfOf})
 * @param status     proposed, active, suspended or inactive
 * @param start      when they joined the team
 * @param end        when they left it, or null
 * @param referralId the accepted referral that added them, or null when the case worker did
 */
public record CareTeamMember(String memberId, String person, String role, String agencyId, String status,
                             Instant start, Instant end, String referralId) {
}
