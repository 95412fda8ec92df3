package org.casemgmt.referral.careteam;

import java.time.Instant;

/**
 * A person on the client's care team (a FHIR CareTeam participant): their role for the client, the agency they act
 * for, since when and until when.
 *
 * @param referralId the accepted referral that brought them in, or null when the case worker added them
 */
public record Member(String memberId, String person, String role, String agencyId, MemberStatus status,
                     Instant start, Instant end, String referralId) {

    Member ended(Instant at) {
        return new Member(memberId, person, role, agencyId, MemberStatus.INACTIVE, start, at, referralId);
    }

    boolean isCurrent() {
        return status == MemberStatus.ACTIVE || status == MemberStatus.PROPOSED || status == MemberStatus.SUSPENDED;
    }
}
