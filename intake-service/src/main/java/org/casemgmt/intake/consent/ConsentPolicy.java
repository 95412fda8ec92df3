package org.casemgmt.intake.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Answers whether a consent is in force at a moment, and whether it lets an agency receive the client's data. */
public final class ConsentPolicy {

    /** In force from the moment it was given until it expires or is withdrawn, whichever comes first. */
    public boolean inForceAt(Consent consent, Instant at) {
        if (at.isBefore(consent.givenAt())) {
            return false;
        }
        if (consent.expiresAt() != null && !at.isBefore(consent.expiresAt())) {
            return false;
        }
        return !consent.isWithdrawn() || at.isBefore(consent.withdrawal().withdrawnAt());
    }

    /** The agency may receive the client's data only if the consent is in force and names that agency. */
    public boolean coversAgency(Consent consent, String agencyId, Instant at) {
        return inForceAt(consent, at) && consent.sharedWithAgencyIds().contains(agencyId);
    }

    /** Of the consents in force at {@code at}, the one given most recently. */
    public Optional<Consent> consentInForce(Collection<Consent> consents, Instant at) {
        return consents.stream()
                .filter(consent -> inForceAt(consent, at))
                .max(Comparator.comparing(Consent::givenAt));
    }
}
