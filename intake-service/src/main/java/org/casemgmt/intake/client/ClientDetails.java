package org.casemgmt.intake.client;

import java.time.LocalDate;
import java.util.List;

/** What a case worker records about a person. */
public record ClientDetails(String givenName, String familyName, LocalDate birthDate, List<Identifier> identifiers,
                            ContactDetails contact, String preferredLanguage, String residencyArea) {

    public ClientDetails {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
