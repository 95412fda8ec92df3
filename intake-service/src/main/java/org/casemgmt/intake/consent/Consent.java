package org.casemgmt.intake.consent;

import java.time.Instant;
import java.util.List;

/**
 * An informed consent given during an intake. Never deleted: a withdrawal is recorded on it, so the history of
 * what the client agreed to, and when, stays readable.
 *
 * @param sharedWithAgencyIds the agencies that may receive the client's data under this consent
 * @param expiresAt           when it lapses; null when it has no end date
 */
public record Consent(String id, String purpose, List<String> sharedWithAgencyIds, ConsentGiver givenBy,
                      String recordedBy, Instant givenAt, Instant expiresAt, Withdrawal withdrawal) {

    public Consent {
        sharedWithAgencyIds = sharedWithAgencyIds == null ? List.of() : List.copyOf(sharedWithAgencyIds);
    }

    public static Consent given(String id, String purpose, List<String> sharedWithAgencyIds, ConsentGiver givenBy,
                                String recordedBy, Instant givenAt, Instant expiresAt) {
        if (expiresAt != null && !expiresAt.isAfter(givenAt)) {
            throw new IllegalArgumentException("a consent must expire after it is given");
        }
        return new Consent(id, purpose, sharedWithAgencyIds, givenBy, recordedBy, givenAt, expiresAt, null);
    }

    public boolean isWithdrawn() {
        return withdrawal != null;
    }

    public Consent withdraw(String reason, String recordedBy, Instant at) {
        if (isWithdrawn()) {
            throw new IllegalStateException("consent " + id + " was already withdrawn at " + withdrawal.withdrawnAt());
        }
        return new Consent(id, purpose, sharedWithAgencyIds, givenBy, this.recordedBy, givenAt, expiresAt,
                new Withdrawal(reason, recordedBy, at));
    }

    /** The client took the consent back: from {@code withdrawnAt} on it covers nothing. */
    public record Withdrawal(String reason, String recordedBy, Instant withdrawnAt) {
    }
}
