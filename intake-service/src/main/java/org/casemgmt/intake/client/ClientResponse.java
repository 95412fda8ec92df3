package org.casemgmt.intake.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A client as the API shows it; {@code version} goes back in the next update. */
record ClientResponse(String id, Long version, String givenName, String familyName, LocalDate birthDate,
                      List<Identifier> identifiers, ContactDetails contact, String preferredLanguage,
                      String residencyArea, String agencyId, ClientStatus status, Instant registeredAt,
                      String registeredBy) {

    static ClientResponse of(Client client) {
        ClientDetails details = client.details();
        return new ClientResponse(client.getId(), client.getVersion(), details.givenName(), details.familyName(),
                details.birthDate(), details.identifiers(), details.contact(), details.preferredLanguage(),
                details.residencyArea(), client.getAgencyId(), client.getStatus(), client.getRegisteredAt(),
                client.getRegisteredBy());
    }
}
