package org.casemgmt.closure.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.inbox.EventInbox;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.springframework.stereotype.Service;

/**
 * A client's cases as closure keeps them, for what closure does per client rather than per case (the client's data is
 * encrypted under one key per client): how long to keep them, and erasing them.
 */
@Service
public class ClientCases {

    /**
     * One opened case of a client.
     *
     * @param closedAt     when its latest episode closed, while it is closed; null while open (a closure requested
     *                     and not yet approved is open)
     * @param clientErased whether the client was erased, at their request or at the end of their retention
     */
    public record CaseState(String caseId, String clientId, String agencyId, String programId, Instant closedAt,
                            boolean clientErased) {

        public boolean isClosed() {
            return closedAt != null;
        }
    }

    private final ClosureCaseRepository cases;
    private final ClosureCases visible;
    private final PersonalDataCipher cipher;
    private final EventInbox inbox;

    ClientCases(ClosureCaseRepository cases, ClosureCases visible, PersonalDataCipher cipher, EventInbox inbox) {
        this.cases = cases;
        this.visible = visible;
        this.cipher = cipher;
        this.inbox = inbox;
    }

    /** Every opened case of the client. */
    public List<CaseState> of(String clientId) {
        return cases.findByClientId(clientId).stream().filter(ClosureCase::isOpened).map(ClientCases::state).toList();
    }

    /** The opened case, whatever its agency (for an event or a timer). */
    public Optional<CaseState> find(String caseId) {
        return cases.findById(caseId).filter(ClosureCase::isOpened).map(ClientCases::state);
    }

    /** The opened case if it is the caller's agency's; any other is not found (404). */
    public CaseState visible(String caseId) {
        return state(visible.visible(caseId));
    }

    /**
     * Erases the client from closure, on {@code event} (client.erased, or closure's own case.retention-expired): the
     * client's key goes first, so every word written about them (the transition plan, an override's reason, a
     * decision's comment, a re-opening's and a follow-up's notes, a document) reads as null from then on; then each
     * of their case files is marked once, found by client and by the cases the event lists. The figures stay.
     */
    public void erase(IncomingEvent<?> event, String clientId, List<String> caseIds) {
        cipher.erase(clientId);
        for (ClosureCase file : cases.findByClientIdOrCaseIdIn(clientId, caseIds)) {
            inbox.apply(event, file, AuditAction.DELETE, ClosureCase::clientErased, cases::save);
        }
    }

    private static CaseState state(ClosureCase file) {
        Instant closedAt = file.getStatus() == ClosureCase.Status.CLOSED
                ? file.lastClosedEpisode().map(Episode::closedAt).orElse(null) : null;
        return new CaseState(file.getCaseId(), file.getClientId(), file.getAgencyId(), file.getProgramId(), closedAt,
                file.isClientErased());
    }
}
