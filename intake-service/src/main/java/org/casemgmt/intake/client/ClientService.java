package org.casemgmt.intake.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.intake.v1.ClientErased;
import org.casemgmt.events.intake.v1.ClientRegistered;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.inbox.EventInbox;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.persistence.ExpectedVersion;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

@Service
class ClientService {

    static final int SEARCH_LIMIT = 50;
    /** Who erased a client whose retention ended: no member of staff, the agency's retention schedule. */
    static final String ERASED_BY_RETENTION = "retention-schedule";

    private final ClientRepository clients;
    private final ClientTokens tokens;
    private final ClientCases cases;
    private final PersonalDataCipher cipher;
    private final DuplicateClientCheck duplicateCheck = new DuplicateClientCheck();
    private final EventRecorder events;
    private final Clock clock;

    private final StaffAccess access;
    private final EventInbox inbox;

    ClientService(ClientRepository clients, ClientTokens tokens, ClientCases cases, PersonalDataCipher cipher,
                  EventRecorder events, Clock clock, StaffAccess access, EventInbox inbox) {
        this.clients = clients;
        this.tokens = tokens;
        this.cases = cases;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
        this.access = access;
        this.inbox = inbox;
    }

    /**
     * Side-effect free: the caller's agency's clients who may be this person. Another agency's clients are never
     * offered: that would show one agency's clients to another.
     */
    List<DuplicateCandidate> possibleDuplicates(ClientProfile applicant) {
        List<ClientProfile> lookedUp = clients.findPossibleDuplicates(access.agencyId(),
                        tokens.identifiers(applicant.identifiers()), tokens.birthDate(applicant.birthDate()))
                .stream().filter(client -> !client.isErased()).map(Client::profile).toList();
        return duplicateCheck.candidates(applicant, lookedUp);
    }

    /**
     * Registers the client and records {@code client.registered} in the same save, unless possible duplicates
     * exist and the caller has not confirmed that this is someone else. Registrations of one person at the same
     * moment may all pass the lookup before any is saved; the client's identity claims, unique in the store, let only
     * the first save succeed, and the others answer as a later registration would, with that client as candidate.
     */
    Client register(ClientDetails details, boolean confirmedNotDuplicate, String actor) {
        String agencyId = access.agencyId();
        String id = UUID.randomUUID().toString();
        ClientProfile applicant = new ClientProfile(id, details.givenName(), details.familyName(),
                details.birthDate(), details.identifiers());
        Client client = Client.register(id, details, tokens, agencyId, actor, clock.instant());
        if (!confirmedNotDuplicate) {
            rejectIfAny(possibleDuplicates(applicant));
            client.claimIdentity(tokens.identityClaims(agencyId, details));
        }
        client.getOutbox().add(events.record(EventCatalog.CLIENT_REGISTERED, id,
                new ClientRegistered(id, agencyId, actor, client.getRegisteredAt())));
        try {
            return clients.save(client);
        } catch (DuplicateKeyException registeredMeanwhile) {
            rejectIfAny(possibleDuplicates(applicant));
            throw registeredMeanwhile;
        }
    }

    private static void rejectIfAny(List<DuplicateCandidate> candidates) {
        if (!candidates.isEmpty()) {
            throw new RuleViolationException("possible-duplicate", candidates.size() + " existing client(s) may "
                    + "be the same person. Use one of them, or send the registration again with "
                    + "confirmedNotDuplicate: true.", Map.of("candidates", candidates));
        }
    }

    /** The client, if the caller's agency registered them; another agency's client is not found. */
    Client get(String id) {
        Client client = clients.findById(id).orElseThrow(() -> new ResourceNotFoundException("client", id));
        return access.visible(client, client.getAgencyId(), "client", id);
    }

    Client replaceDetails(String id, long expectedVersion, ClientDetails details) {
        Client client = current(id, expectedVersion);
        client.apply(details, tokens);
        return clients.save(client);
    }

    Client change(String id, long expectedVersion, ClientChanges changes) {
        Client client = current(id, expectedVersion);
        client.apply(changes.applyTo(client.details()), tokens);
        if (changes.status() != null) {
            client.changeStatus(changes.status());
        }
        return clients.save(client);
    }

    Page<Client> list(ClientFilter filter, Pageable pageable) {
        return clients.findFiltered(access.agencyId(), filter, pageable);
    }

    /** Best name match first when a name is given. */
    List<Client> search(String name, Identifier identifier, LocalDate birthDate) {
        boolean byName = name != null && !name.isBlank();
        List<Client> found = clients.search(access.agencyId(), byName ? tokens.nameSounds(name) : null,
                identifier == null ? null : tokens.identifier(identifier),
                tokens.birthDate(birthDate), SEARCH_LIMIT);
        List<Client> readable = found.stream().filter(client -> !client.isErased()).toList();
        if (!byName) {
            return readable;
        }
        return readable.stream()
                .sorted(Comparator.comparingDouble((Client client) -> NameKeys.similarity(name, "",
                        client.profile().givenName(), client.profile().familyName())).reversed())
                .toList();
    }

    /**
     * Erases the client at their request: destroys their key, so that everything intake stored about them under it
     * (their details, what was written about them in their intakes, copies in backups once those expire) becomes
     * unreadable at once; keeps the record without the person for the statistics, with {@code client.erased} in the
     * same save. Erasing again destroys nothing more, records no second event, and answers the erased record.
     */
    Client erase(String id, String reference, String actor) {
        Client client = get(id);
        List<String> caseIds = cases.caseIdsOf(id);
        if (forget(client, actor, reference)) {
            client.getOutbox().add(events.record(EventCatalog.CLIENT_ERASED, id, new ClientErased(id,
                    client.getAgencyId(), caseIds, actor, client.getErasedAt())));
            return clients.save(client);
        }
        return client;
    }

    /**
     * Erases the client as {@link #erase} does when the retention period of their closed cases ends
     * (case.retention-expired): the retention schedule is who erased them, the end of the period the reference. It
     * publishes no client.erased: every stage reads case.retention-expired itself and erases the client then, so a
     * second order would only repeat it, and client.erased says a staff member erased the client at their request.
     * Once per event, on the audit trail under closure-service, whose schedule it is.
     */
    void retentionExpired(IncomingEvent<?> event, String clientId, Instant retainedUntil) {
        clients.findById(clientId).ifPresent(kept -> inbox.apply(event, kept, AuditAction.DELETE,
                client -> forget(client, ERASED_BY_RETENTION, "retention period ended " + retainedUntil),
                clients::save));
    }

    /**
     * The key goes first: should the save fail, the record already reads as erased and a retry completes it. Answers
     * false, erasing nothing more, for a client erased before.
     */
    private boolean forget(Client client, String actor, String reference) {
        cipher.erase(client.getId());
        return client.erase(actor, reference, clock.instant());
    }

    /** The stored client, if the caller saw its latest version. */
    private Client current(String id, long expectedVersion) {
        Client client = get(id);
        ExpectedVersion.check("client", id, client.getVersion(), expectedVersion);
        return client;
    }
}
