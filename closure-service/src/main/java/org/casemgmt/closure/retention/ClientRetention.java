package org.casemgmt.closure.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.casemgmt.platform.timer.DueTimer;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How long closure keeps one client, in one document: their cases as retention weighs them, the legal holds on them,
 * the durable timer of the moment their retention ends, and the announcement of that end in the same save.
 *
 * <p>Retention is per client, not per case, because each stage encrypts a client's personal data under one key per
 * client and erases the client by destroying that key: a case cannot be erased without the client's other cases. So
 * it ends only when every case of the client is closed, none is held, and the latest of their ends (each case's
 * closure plus its program's period) has passed. A re-opened or a new case stops it; closing it again starts it again.
 *
 * <p>{@code OPEN → RETAINED → EXPIRED}, back from {@code RETAINED} to {@code OPEN} while it has not expired;
 * {@code ERASED_ON_REQUEST} when the client was erased at their request first. Ended retention never changes again.
 */
@Document("retention")
class ClientRetention implements HasOutbox {

    enum Status {
        /** A case of the client is open (or none is known closed): nothing is counted yet. */
        OPEN,
        /** Every case is closed; the data is kept until {@link #getRetainedUntil()}, unless held. */
        RETAINED,
        /** The retention ended and was announced; the stages erase the client. */
        EXPIRED,
        /** The client was erased at their request before their retention ended: nothing is left to expire. */
        ERASED_ON_REQUEST
    }

    /** What a reader is told: {@link Status#RETAINED} while a legal hold stops it reads as {@code HELD}. */
    enum State { OPEN, RETAINED, HELD, EXPIRED, ERASED_ON_REQUEST }

    @Id
    private String id;
    @Version
    private Long version;
    /** The same as the id: the field the hold reasons are encrypted under. */
    private String clientId;
    @Indexed
    private String agencyId;
    @Indexed
    private Status status = Status.OPEN;
    private List<RetainedCase> cases = new ArrayList<>();
    private List<LegalHold> holds = new ArrayList<>();
    private String decidingCaseId;
    @Indexed
    private Instant retainedUntil;
    private Expiry expiry;
    /** Whether closure has erased its own copy of the client after announcing the end. */
    private boolean erasedHere;
    private DueTimer timer;
    private List<PendingEvent> outbox = new ArrayList<>();

    ClientRetention() {
    }

    static ClientRetention of(String clientId, String agencyId) {
        ClientRetention retention = new ClientRetention();
        retention.id = clientId;
        retention.clientId = clientId;
        retention.agencyId = agencyId;
        return retention;
    }

    /**
     * Weighs the client's cases as they are now, each with its program's policy as it is now, and sets the timer to
     * the moment the retention ends, or none while a case is open or held. Answers whether anything changed. Ended
     * retention stays as it ended.
     *
     * @param clientErased whether the client was erased at their request meanwhile
     */
    boolean weigh(List<RetainedCase> now, boolean clientErased) {
        if (hasEnded()) {
            return false;
        }
        Status before = status;
        List<RetainedCase> casesBefore = cases;
        cases = new ArrayList<>(now);
        Optional<RetainedCase> deciding = cases.isEmpty() || cases.stream().anyMatch(RetainedCase::isOpen)
                ? Optional.empty()
                : cases.stream().max(Comparator.comparing(RetainedCase::retainedUntil)
                        .thenComparing(RetainedCase::caseId));
        status = clientErased ? Status.ERASED_ON_REQUEST : deciding.isPresent() ? Status.RETAINED : Status.OPEN;
        decidingCaseId = deciding.map(RetainedCase::caseId).orElse(null);
        retainedUntil = deciding.map(RetainedCase::retainedUntil).orElse(null);
        boolean rearmed = rearm();
        return rearmed || status != before || !cases.equals(casesBefore);
    }

    /** Holds the case, replacing the hold already on it: nothing of the client expires while any case is held. */
    LegalHold hold(String caseId, String reason, String by, Instant at) {
        requireNotEnded();
        activeHold(caseId).ifPresent(replaced -> holds.set(holds.indexOf(replaced), replaced.lifted(by, at)));
        LegalHold hold = LegalHold.placed(caseId, reason, by, at);
        holds.add(hold);
        rearm();
        return hold;
    }

    /** Lifts the case's hold; the retention runs again, and ends at once if its time passed meanwhile. */
    LegalHold lift(String caseId, String by, Instant at) {
        requireNotEnded();
        LegalHold active = activeHold(caseId).orElseThrow(() -> new ResourceNotFoundException("legal hold on case",
                caseId));
        LegalHold lifted = active.lifted(by, at);
        holds.set(holds.indexOf(active), lifted);
        rearm();
        return lifted;
    }

    /** The end of the retention, if it has come by {@code now}: every case closed, none held, the time passed. */
    Optional<Expiry> endAt(Instant now) {
        if (status != Status.RETAINED || !activeHolds().isEmpty() || retainedUntil.isAfter(now)) {
            return Optional.empty();
        }
        RetainedCase deciding = cases.stream().filter(c -> c.caseId().equals(decidingCaseId)).findFirst()
                .orElseThrow();
        return Optional.of(new Expiry(decidingCaseId, cases.stream().map(RetainedCase::caseId).toList(),
                deciding.programId(), deciding.legalBasis(), retainedUntil, now, null));
    }

    /**
     * Ends the retention with its announcement, in this save. Closure's own copy of the client is erased on the next
     * firing of the timer, once the end is on record: a hold placed meanwhile then wins over the end instead of
     * finding the client half erased.
     */
    void expire(Expiry end, PendingEvent announcement) {
        requireNotEnded();
        status = Status.EXPIRED;
        expiry = end.announcedAs(announcement.id());
        outbox.add(announcement);
        timer = DueTimer.at(end.expiredAt());
    }

    boolean awaitsErasureHere() {
        return status == Status.EXPIRED && !erasedHere;
    }

    void erasedHere() {
        erasedHere = true;
        timer = null;
    }

    boolean hasEnded() {
        return status == Status.EXPIRED || status == Status.ERASED_ON_REQUEST;
    }

    State state() {
        return switch (status) {
            case OPEN -> State.OPEN;
            case RETAINED -> activeHolds().isEmpty() ? State.RETAINED : State.HELD;
            case EXPIRED -> State.EXPIRED;
            case ERASED_ON_REQUEST -> State.ERASED_ON_REQUEST;
        };
    }

    /** When the retention will end as things stand: null while a case is open or held, or once it ended. */
    Instant expiresAt() {
        return state() == State.RETAINED ? retainedUntil : null;
    }

    List<LegalHold> activeHolds() {
        return holds.stream().filter(LegalHold::isActive).toList();
    }

    private Optional<LegalHold> activeHold(String caseId) {
        return holds.stream().filter(hold -> hold.isActive() && hold.caseId().equals(caseId)).findFirst();
    }

    /** The timer at the end while it can come; none while open or held. Answers whether it changed. */
    private boolean rearm() {
        Instant due = expiresAt();
        if (due == null) {
            boolean had = timer != null;
            timer = null;
            return had;
        }
        if (timer != null && due.equals(timer.dueAt())) {
            return false;
        }
        timer = DueTimer.at(due);
        return true;
    }

    private void requireNotEnded() {
        if (status == Status.EXPIRED) {
            throw new RuleViolationException("retention-expired", "The retention of client " + clientId
                    + " ended at " + expiry.expiredAt() + " and their data was erased: nothing is left to hold.");
        }
        if (status == Status.ERASED_ON_REQUEST) {
            throw new RuleViolationException("client-erased", "Client " + clientId + " was erased at their request: "
                    + "nothing is left to hold.");
        }
    }

    String getClientId() {
        return clientId;
    }

    Long getVersion() {
        return version;
    }

    String getAgencyId() {
        return agencyId;
    }

    Status getStatus() {
        return status;
    }

    List<RetainedCase> getCases() {
        return List.copyOf(cases);
    }

    List<LegalHold> getHolds() {
        return List.copyOf(holds);
    }

    String getDecidingCaseId() {
        return decidingCaseId;
    }

    Instant getRetainedUntil() {
        return retainedUntil;
    }

    Expiry getExpiry() {
        return expiry;
    }

    DueTimer getTimer() {
        return timer;
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }
}
