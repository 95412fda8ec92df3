package org.casemgmt.intake.client;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** What other intake features may know about a client. */
@Component
public class ClientLookup {

    private final ClientRepository clients;

    ClientLookup(ClientRepository clients) {
        this.clients = clients;
    }

    public Optional<ClientFacts> find(String clientId) {
        return clients.findById(clientId).map(client -> new ClientFacts(client.getId(), client.getBirthDate(),
                client.getResidencyArea(), client.getAgencyId(), client.isErased()));
    }

    /** @param erased the client was erased: no birth date any more, and nothing new may be recorded about them */
    public record ClientFacts(String clientId, LocalDate birthDate, String residencyArea, String agencyId,
                              boolean erased) {
    }
}
