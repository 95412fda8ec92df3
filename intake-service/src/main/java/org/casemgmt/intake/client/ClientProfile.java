package org.casemgmt.intake.client;

import java.time.LocalDate;
import java.util.List;

/** The part of a client record duplicate detection compares. */
public record ClientProfile(String clientId, String givenName, String familyName, LocalDate birthDate,
                            List<Identifier> identifiers) {

    public ClientProfile {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
