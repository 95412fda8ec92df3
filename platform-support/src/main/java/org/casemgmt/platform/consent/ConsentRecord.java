package org.casemgmt.platform.consent;

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

    public boolean covers(String agencyId) {
        return sharedWithAgencyIds.contains(agencyId);
    }

    public boolean inForceAt(Instant at) {
        return withdrawnAt == null && (expiresAt == null || expiresAt.isAfter(at));
    }

    public ConsentRecord withdrawn(Instant at) {
        return withdrawnAt != null ? this : new ConsentRecord(consentId, sharedWithAgencyIds, expiresAt, at);
    }
}
