package org.casemgmt.intake.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person the agency serves. Besides the person's details the document keeps the keys duplicate detection looks
 * up by (identifier keys, birth date, phonetic name keys), all indexed, so a registration never scans every client.
 */
@Document("clients")
class Client implements HasOutbox {

    @Id
    private String id;
    @Version
    private Long version;
    private String givenName;
    private String familyName;
    @Indexed
    private LocalDate birthDate;
    private List<Identifier> identifiers = new ArrayList<>();
    private ContactDetails contact;
    private String preferredLanguage;
    private String residencyArea;
    @Indexed
    private String agencyId;
    @Indexed
    private ClientStatus status;
    @Indexed
    private Instant registeredAt;
    private String registeredBy;

    @Indexed
    private List<String> identifierKeys = new ArrayList<>();
    @Indexed
    private Set<String> phoneticKeys = Set.of();

    private List<PendingEvent> outbox = new ArrayList<>();

    Client() {
    }

    static Client register(String id, ClientDetails details, String agencyId, String registeredBy, Instant at) {
        Client client = new Client();
        client.id = id;
        client.agencyId = agencyId;
        client.status = ClientStatus.ACTIVE;
        client.registeredAt = at;
        client.registeredBy = registeredBy;
        client.apply(details);
        return client;
    }

    void apply(ClientDetails details) {
        givenName = details.givenName().trim();
        familyName = details.familyName().trim();
        birthDate = details.birthDate();
        identifiers = new ArrayList<>(details.identifiers());
        contact = details.contact();
        preferredLanguage = details.preferredLanguage();
        residencyArea = details.residencyArea();
        identifierKeys = identifiers.stream().map(Identifier::matchKey).distinct().toList();
        phoneticKeys = NameKeys.phoneticKeys(givenName, familyName);
    }

    void changeStatus(ClientStatus newStatus) {
        status = newStatus;
    }

    ClientProfile profile() {
        return new ClientProfile(id, givenName, familyName, birthDate, identifiers);
    }

    ClientDetails details() {
        return new ClientDetails(givenName, familyName, birthDate, identifiers, contact, preferredLanguage,
                residencyArea);
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }

    String getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    LocalDate getBirthDate() {
        return birthDate;
    }

    String getResidencyArea() {
        return residencyArea;
    }

    String getAgencyId() {
        return agencyId;
    }

    ClientStatus getStatus() {
        return status;
    }

    Instant getRegisteredAt() {
        return registeredAt;
    }

    String getRegisteredBy() {
        return registeredBy;
    }
}
