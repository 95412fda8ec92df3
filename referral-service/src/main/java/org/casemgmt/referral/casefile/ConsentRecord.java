package org.casemgmt.referral.casefile;

import java.time.Instant;
import java.util.List;

/**
 * One consent of the client as intake announced it: which agencies may receive the client's data, until when, and
 * whether it was withdrawn.
 */
public record ConsentRecord(String consentId, List<String> sharedWithAgencyIds, Instant expiresAt,
                            Instant withdrawnAt) {

    public ConsentRecord {
        sharedWithAgencyIds = sharedWithAgencyIds == null ? List.of() : List.copyOf(sharedWithAgencyIds);
    }

    boolean covers(String agencyId) {
        return sharedWithAgencyIds.contains(agencyId);
    }

    boolean inForceAt(Instant at) {
        return withdrawnAt == null && (expiresAt == null || expiresAt.isAfter(at));
    }

    ConsentRecord withdrawn(Instant at) {
        return withdrawnAt != null ? this : new ConsentRecord(consentId, sharedWithAgencyIds, expiresAt, at);
    }
}
