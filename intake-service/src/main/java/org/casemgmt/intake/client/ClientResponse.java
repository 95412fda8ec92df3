package org.casemgmt.intake.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A client as the API shows it; {@code version} goes back in the next update. An erased client has status ERASED,
 * when and by whom, and no personal details: those are null, the identifiers empty.
 */
record ClientResponse(String id, Long version, String givenName, String familyName, LocalDate birthDate,
                      List<Identifier> identifiers, ContactDetails contact, String preferredLanguage,
                      String residencyArea, String agencyId, ClientStatus status, Instant registeredAt,
                      String registeredBy, Instant erasedAt, String erasedBy, String erasureReference) {

    static ClientResponse of(Client client) {
        ClientDetails details = client.details();
        return new ClientResponse(client.getId(), client.getVersion(), details.givenName(), details.familyName(),
                details.birthDate(), details.identifiers(), details.contact(), details.preferredLanguage(),
                details.residencyArea(), client.getAgencyId(), client.getStatus(), client.getRegisteredAt(),
                client.getRegisteredBy(), client.getErasedAt(), client.getErasedBy(), client.getErasureReference());
    }
}
