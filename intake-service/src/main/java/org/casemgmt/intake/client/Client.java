package org.casemgmt.intake.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casemgmt.platform.inbox.AppliesEvents;
import org.casemgmt.platform.inbox.ProcessedEventIds;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.casemgmt.platform.domain.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person the agency serves. Besides the person's details the document keeps the blind-index tokens duplicate
 * detection and search look up by (identifiers, birth date, the sound of each name word), all indexed, so a
 * registration never scans every client; the details themselves are encrypted in the store ({@link ClientEncryption}).
 * An erased client keeps only what statistics need: agency, status and dates.
 */
@Document("clients")
class Client implements HasOutbox, AppliesEvents {

    @Id
    private String id;
    @Version
    private Long version;
    private String givenName;
    private String familyName;
    /** ISO-8601, so that it is encrypted like every other personal text. */
    private String birthDate;
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
    private Instant erasedAt;
    private String erasedBy;
    private String erasureReference;
    /**
     * Set when the record was read after the client's key was destroyed but before the erasure was saved (a failed
     * save, or another instance's erasure): its details then read as null, as an erased client's do.
     */
    private boolean clientErased;

    @Indexed
    private List<String> identifierTokens = new ArrayList<>();
    @Indexed
    private List<String> nameSoundTokens = new ArrayList<>();
    @Indexed
    private String birthDateToken;
    /**
     * The blind-index keys of who this person certainly is ({@link ClientTokens#identityClaims}), unique among all
     * clients, so that of registrations of one person racing each other exactly one is saved. Held from the
     * registration until the details change or the client is erased: by then the saved tokens above make every later
     * registration find this client, and a claim kept past a change of name could stand for a name no longer here.
     * Null (absent, outside the sparse index) for a client registered as "not a duplicate" despite candidates.
     */
    @Indexed(unique = true, sparse = true)
    private List<String> identityClaims;

    /** The events applied to the record: case.retention-expired, which erases it. */
    private ProcessedEventIds processedEvents = new ProcessedEventIds();
    private List<PendingEvent> outbox = new ArrayList<>();

    Client() {
    }

    static Client register(String id, ClientDetails details, ClientTokens tokens, String agencyId,
                           String registeredBy, Instant at) {
        Client client = new Client();
        client.id = id;
        client.agencyId = agencyId;
        client.status = ClientStatus.ACTIVE;
        client.registeredAt = at;
        client.registeredBy = registeredBy;
        client.apply(details, tokens);
        return client;
    }

    void apply(ClientDetails details, ClientTokens tokens) {
        requireNotErased("changed");
        givenName = details.givenName().trim();
        familyName = details.familyName().trim();
        birthDate = details.birthDate() == null ? null : details.birthDate().toString();
        identifiers = new ArrayList<>(details.identifiers());
        contact = details.contact();
        preferredLanguage = details.preferredLanguage();
        residencyArea = details.residencyArea();
        identifierTokens = tokens.identifiers(identifiers);
        nameSoundTokens = tokens.nameSounds(givenName, familyName);
        birthDateToken = tokens.birthDate(details.birthDate());
        identityClaims = null;
    }

    /** Claims to be the one client with these keys; the save fails with a duplicate key if another holds one. */
    void claimIdentity(List<String> claims) {
        identityClaims = claims.isEmpty() ? null : new ArrayList<>(claims);
    }

    /** Erasure is {@link #erase}'s alone: it is the one status change that takes the person's details with it. */
    void changeStatus(ClientStatus newStatus) {
        requireNotErased("changed");
        if (newStatus == ClientStatus.ERASED) {
            throw new RuleViolationException("erasure-required", "A client is erased with POST /api/intake/clients/"
                    + id + "/erasure, by an agency administrator, not by a status change.");
        }
        status = newStatus;
    }

    /**
     * Forgets the person's details and lookup tokens, so that nobody finds them again, and keeps what the agency's
     * statistics need. Answers false, changing nothing, for a client erased before.
     */
    boolean erase(String actor, String reference, Instant at) {
        if (status == ClientStatus.ERASED) {
            return false;
        }
        status = ClientStatus.ERASED;
        givenName = null;
        familyName = null;
        birthDate = null;
        identifiers = new ArrayList<>();
        contact = null;
        preferredLanguage = null;
        residencyArea = null;
        identifierTokens = new ArrayList<>();
        nameSoundTokens = new ArrayList<>();
        birthDateToken = null;
        identityClaims = null;
        erasedBy = actor;
        erasedAt = at;
        erasureReference = reference;
        return true;
    }

    boolean isErased() {
        return status == ClientStatus.ERASED || clientErased;
    }

    private void requireNotErased(String change) {
        if (isErased()) {
            throw new RuleViolationException("client-erased", "Client " + id + " was erased at " + erasedAt
                    + " at their request; their record can no longer be " + change + ".");
        }
    }

    ClientProfile profile() {
        return new ClientProfile(id, givenName, familyName, getBirthDate(), identifiers);
    }

    ClientDetails details() {
        return new ClientDetails(givenName, familyName, getBirthDate(), identifiers, contact, preferredLanguage,
                residencyArea);
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }

    @Override
    public ProcessedEventIds processedEvents() {
        return processedEvents;
    }

    /** Filed under no case: a client may have several. */
    @Override
    public RecordOnFile recordOnFile() {
        return new RecordOnFile("client", id, null, agencyId);
    }

    String getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    LocalDate getBirthDate() {
        return birthDate == null ? null : LocalDate.parse(birthDate);
    }

    String getResidencyArea() {
        return residencyArea;
    }

    String getAgencyId() {
        return agencyId;
    }

    /** ERASED also for a record whose key is destroyed while its erasure is not saved yet. */
    ClientStatus getStatus() {
        return isErased() ? ClientStatus.ERASED : status;
    }

    Instant getRegisteredAt() {
        return registeredAt;
    }

    String getRegisteredBy() {
        return registeredBy;
    }

    Instant getErasedAt() {
        return erasedAt;
    }

    String getErasedBy() {
        return erasedBy;
    }

    String getErasureReference() {
        return erasureReference;
    }
}
