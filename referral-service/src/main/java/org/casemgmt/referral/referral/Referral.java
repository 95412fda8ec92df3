package org.casemgmt.referral.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.inbox.AppliesEvents;
import org.casemgmt.platform.inbox.ProcessedEventIds;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.casemgmt.platform.timer.DueTimer;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One closed-loop referral: the client sent to one provider's service for one goal of the plan (a FHIR
 * ServiceRequest and the Task that tracks it). It moves through {@link ReferralLifecycle}; its reminder and deadline
 * are a {@link DueTimer} in the same document; the unit of capacity it holds is settled with the directory after each
 * save ({@link CapacitySettlement}), and retried by the timer if that failed.
 */
@Document("referrals")
class Referral implements HasOutbox, AppliesEvents {

    static final String SYSTEM = "referral-service";

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String caseId;
    @Indexed
    private String clientId;
    /** The agency that owns the case and asked. */
    @Indexed
    private String agencyId;
    private String programId;
    private String goalId;
    private String needDomain;
    private String serviceId;
    private String serviceName;
    private String organizationId;
    private String organizationName;
    /** The agency whose PROVIDER staff answer for the organization. */
    @Indexed
    private String receivingAgencyId;
    private String requestedBy;
    private String priority;
    private String consentId;
    private String note;
    @Indexed
    private ReferralStatus status;
    private String statusReason;
    private Outcome outcome;
    private Instant requestedAt;
    private Instant respondBy;
    private Instant remindAt;
    private Instant remindedAt;
    private Instant escalatedAt;
    @Indexed
    private boolean escalated;
    private String replacesReferralId;
    private String reroutedToReferralId;
    private List<StatusChange> history = new ArrayList<>();
    /**
     * The change's own request settles the unit right after saving it; the timer only retries one that failed or
     * whose instance died in between. Due at once, it raced that request from another instance's timer poller, and
     * the provider's next step then met a version changed under them (409).
     */
    static final Duration SETTLEMENT_RETRY_AFTER = Duration.ofSeconds(10);

    private CapacitySettlement capacitySettlement;
    private DueTimer timer;
    private boolean clientErased;
    private ProcessedEventIds processedEvents = new ProcessedEventIds();
    private List<PendingEvent> outbox = new ArrayList<>();

    Referral() {
    }

    /** Requested, its unit already held; due first for the reminder. */
    static Referral requested(String id, ReferralRequest request, ResponseDeadline deadline, Instant at) {
        Referral referral = new Referral();
        referral.id = id;
        referral.caseId = request.caseId();
        referral.clientId = request.clientId();
        referral.agencyId = request.agencyId();
        referral.programId = request.programId();
        referral.goalId = request.goalId();
        referral.needDomain = request.needDomain();
        referral.serviceId = request.serviceId();
        referral.serviceName = request.serviceName();
        referral.organizationId = request.organizationId();
        referral.organizationName = request.organizationName();
        referral.receivingAgencyId = request.receivingAgencyId();
        referral.requestedBy = request.requestedBy();
        referral.priority = request.priority();
        referral.consentId = request.consentId();
        referral.note = request.note();
        referral.replacesReferralId = request.replacesReferralId();
        referral.status = ReferralStatus.REQUESTED;
        referral.requestedAt = at;
        referral.respondBy = deadline.respondBy();
        referral.remindAt = deadline.remindAt();
        referral.timer = DueTimer.at(deadline.remindAt());
        referral.history.add(new StatusChange(null, ReferralStatus.REQUESTED, null, null, null,
                request.requestedBy(), at));
        return referral;
    }

    /**
     * Moves the referral by {@code action} (409 if the lifecycle does not allow it) and says what becomes of its
     * unit of capacity: released when it will not be used, occupied when the provider took the client.
     */
    ReferralStatus transition(ReferralAction action, String reason, String note, String by, Instant at) {
        ReferralStatus from = status;
        ReferralStatus to = ReferralLifecycle.require(from, action);
        status = to;
        statusReason = reason;
        history.add(new StatusChange(from, to, action, reason, note, by, at));
        if (from == ReferralStatus.REQUESTED && to == ReferralStatus.ACCEPTED) {
            capacitySettlement = CapacitySettlement.OCCUPY;
        } else if (from == ReferralStatus.REQUESTED) {
            capacitySettlement = CapacitySettlement.RELEASE;
        }
        timer = capacitySettlement == null ? null : DueTimer.at(at.plus(SETTLEMENT_RETRY_AFTER));
        return from;
    }

    void complete(Outcome outcome, String note, String by, Instant at) {
        transition(ReferralAction.COMPLETE, null, note, by, at);
        this.outcome = outcome;
    }

    /**
     * What the timer found due at {@code now}: the capacity still to settle, the reminder, or the deadline passed.
     * A referral answered since (not requested any more) has nothing due.
     */
    Due due(Instant now) {
        if (capacitySettlement != null) {
            return Due.SETTLE_CAPACITY;
        }
        if (status != ReferralStatus.REQUESTED) {
            return Due.NOTHING;
        }
        if (!now.isBefore(respondBy)) {
            return Due.EXPIRY;
        }
        if (remindedAt == null && !now.isBefore(remindAt)) {
            return Due.REMINDER;
        }
        return Due.NOTHING;
    }

    enum Due { SETTLE_CAPACITY, REMINDER, EXPIRY, NOTHING }

    void reminded(Instant at) {
        remindedAt = at;
        timer = DueTimer.at(respondBy);
    }

    /** Unanswered by the deadline: cancelled with reason {@code expired} and handed to the case's supervisors. */
    ReferralStatus expire(Instant at) {
        ReferralStatus from = transition(ReferralAction.EXPIRE, "expired", null, SYSTEM, at);
        escalated = true;
        escalatedAt = at;
        return from;
    }

    /** The unit is settled with the directory; the next thing due, if any, is the deadline. */
    void capacitySettled() {
        capacitySettlement = null;
        timer = status == ReferralStatus.REQUESTED ? DueTimer.at(remindedAt == null ? remindAt : respondBy) : null;
    }

    /** The timer fired for nothing (the referral changed in between): it waits for what is due next. */
    void rearm() {
        capacitySettled();
    }

    /**
     * Whether closing the case cancels it: only while it still awaits the provider's answer. One the provider took on
     * was handed over in the closure's transition plan, or the provider finishes it.
     */
    boolean isCancelledByCaseClosure() {
        return status == ReferralStatus.REQUESTED;
    }

    /** Only a referral that will not be answered can be re-routed, and only once. */
    void requireReroutable() {
        if (status != ReferralStatus.REJECTED && status != ReferralStatus.CANCELLED) {
            throw new RuleViolationException("not-reroutable", "Only a declined or unanswered referral can be "
                    + "re-routed; this one is " + status.code() + ".");
        }
        if (reroutedToReferralId != null) {
            throw new RuleViolationException("already-rerouted", "This referral was already re-routed, as referral "
                    + reroutedToReferralId + ".");
        }
    }

    void reroutedTo(String newReferralId) {
        requireReroutable();
        reroutedToReferralId = newReferralId;
        escalated = false;
    }

    void publish(PendingEvent event) {
        outbox.add(event);
    }

    void clientErased() {
        clientErased = true;
    }

    /** Free text is what the case worker wrote for the provider; it is shown to them only while consent covers them. */
    String getNote() {
        return note;
    }

    String getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getCaseId() {
        return caseId;
    }

    String getClientId() {
        return clientId;
    }

    String getAgencyId() {
        return agencyId;
    }

    String getProgramId() {
        return programId;
    }

    String getGoalId() {
        return goalId;
    }

    String getNeedDomain() {
        return needDomain;
    }

    String getServiceId() {
        return serviceId;
    }

    String getServiceName() {
        return serviceName;
    }

    String getOrganizationId() {
        return organizationId;
    }

    String getOrganizationName() {
        return organizationName;
    }

    String getReceivingAgencyId() {
        return receivingAgencyId;
    }

    String getRequestedBy() {
        return requestedBy;
    }

    String getPriority() {
        return priority;
    }

    String getConsentId() {
        return consentId;
    }

    ReferralStatus getStatus() {
        return status;
    }

    String getStatusReason() {
        return statusReason;
    }

    Outcome getOutcome() {
        return outcome;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Instant getRespondBy() {
        return respondBy;
    }

    Instant getRemindAt() {
        return remindAt;
    }

    Instant getRemindedAt() {
        return remindedAt;
    }

    Instant getEscalatedAt() {
        return escalatedAt;
    }

    boolean isEscalated() {
        return escalated;
    }

    String getReplacesReferralId() {
        return replacesReferralId;
    }

    String getReroutedToReferralId() {
        return reroutedToReferralId;
    }

    List<StatusChange> getHistory() {
        return List.copyOf(history);
    }

    CapacitySettlement getCapacitySettlement() {
        return capacitySettlement;
    }

    DueTimer getTimer() {
        return timer;
    }

    boolean isClientErased() {
        return clientErased;
    }

    /** The latest step's note, e.g. why it was declined. */
    StatusChange lastChange() {
        return history.getLast();
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }

    @Override
    public ProcessedEventIds processedEvents() {
        return processedEvents;
    }

    @Override
    public RecordOnFile recordOnFile() {
        return new RecordOnFile("referral", id, caseId, agencyId);
    }
}
