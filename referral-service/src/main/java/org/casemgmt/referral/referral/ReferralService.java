package org.casemgmt.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.casemgmt.events.closure.v1.CaseClosed;
import org.casemgmt.events.intake.v1.ConsentWithdrawn;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.inbox.EventInbox;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.persistence.ExpectedVersion;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.casemgmt.referral.careteam.CareTeams;
import org.casemgmt.referral.casefile.CaseFile;
import org.casemgmt.referral.casefile.CaseFiles;
import org.casemgmt.referral.casefile.CaseGoal;
import org.casemgmt.platform.consent.ConsentRecord;
import org.casemgmt.referral.directory.CapacityHolds;
import org.casemgmt.referral.directory.ServiceDirectory;
import org.casemgmt.referral.directory.ServiceListing;
import org.casemgmt.referral.matching.Match;
import org.casemgmt.referral.matching.Matches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Referrals from the case worker's request to the closed loop. The case's own agency (CASE_WORKER, SUPERVISOR)
 * makes, cancels and re-routes them; the PROVIDER staff of the agency a referral is addressed to answer it and record
 * the outcome; nobody else learns that it exists.
 */
@Service
class ReferralService {

    private static final Logger log = LoggerFactory.getLogger(ReferralService.class);

    private final ReferralRepository referrals;
    private final ReferralEvents events;
    private final CaseFiles caseFiles;
    private final ServiceDirectory directory;
    private final CapacityHolds holds;
    private final Matches matches;
    private final CareTeams careTeams;
    private final ResponseTimes responseTimes;
    private final StaffAccess access;
    private final CurrentActor actor;
    private final EventInbox inbox;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, ReferralEvents events, CaseFiles caseFiles,
                    ServiceDirectory directory, CapacityHolds holds, Matches matches, CareTeams careTeams,
                    ResponseTimes responseTimes, StaffAccess access, CurrentActor actor, EventInbox inbox,
                    Clock clock) {
        this.referrals = referrals;
        this.events = events;
        this.caseFiles = caseFiles;
        this.directory = directory;
        this.holds = holds;
        this.matches = matches;
        this.careTeams = careTeams;
        this.responseTimes = responseTimes;
        this.access = access;
        this.actor = actor;
        this.inbox = inbox;
        this.clock = clock;
    }

    /**
     * Refers the client to a service for a goal of the plan, in one step: the goal must be open and the service
     * active and offering one of its service types; the client's consent must cover the service's agency now (409
     * naming why not); a unit of its capacity is held (409 {@code no-capacity} when none is left).
     */
    Referral request(String caseId, String goalId, String serviceId, String note, String replacesReferralId) {
        CaseFile file = caseFiles.visible(caseId);
        CaseGoal goal = file.openGoal(goalId);
        ServiceListing service = directory.listing(serviceId);
        if (!"active".equalsIgnoreCase(service.status())) {
            throw new RuleViolationException("service-not-active", service.serviceName() + " is "
                    + service.status() + " and takes no referrals.");
        }
        if (goal.serviceTypes().stream().noneMatch(service.serviceTypes()::contains)) {
            throw new RuleViolationException("service-does-not-match-goal", service.serviceName() + " offers none "
                    + "of the goal's service types (" + String.join(", ", goal.serviceTypes()) + ").");
        }
        boolean alreadyOpen = referrals.findByCaseId(caseId).stream().anyMatch(referral -> referral.getStatus()
                .isOpen() && referral.getGoalId().equals(goalId) && referral.getServiceId().equals(serviceId));
        if (alreadyOpen) {
            throw new RuleViolationException("already-referred", "The client already has an open referral to "
                    + service.serviceName() + " for this goal.");
        }
        Instant now = clock.instant();
        ConsentRecord consent = file.consentFor(service.agencyId(), now);
        String id = UUID.randomUUID().toString();
        holds.hold(serviceId, id);
        Referral referral = Referral.requested(id, new ReferralRequest(caseId, file.getClientId(),
                file.getAgencyId(), file.getProgramId(), goalId, goal.needDomain(), serviceId,
                service.serviceName(), service.organizationId(), service.organizationName(), service.agencyId(),
                actor.id(), file.getPriority(), consent.consentId(), note, replacesReferralId),
                responseTimes.deadline(file.getProgramId(), file.getPriority(), now), now);
        referral.publish(events.requested(referral));
        try {
            return referrals.insert(referral);
        } catch (RuntimeException e) {
            holds.release(serviceId, id);
            throw e;
        }
    }

    /**
     * Re-routes a declined or unanswered referral to another service for the same goal: the one named, or else the
     * best-ranked one that can take a referral now and was not tried for this goal.
     */
    Referral reroute(String id, long expectedVersion, String serviceId, String note) {
        Referral earlier = requesterCurrent(id, expectedVersion);
        CaseFile file = caseFiles.visible(earlier.getCaseId());
        String target = serviceId;
        if (target == null) {
            Set<String> tried = referrals.findByCaseId(earlier.getCaseId()).stream()
                    .filter(referral -> referral.getGoalId().equals(earlier.getGoalId()))
                    .map(Referral::getServiceId).collect(Collectors.toSet());
            target = matches.nextThatCanTakeReferral(file, earlier.getGoalId(), tried).map(Match::serviceId)
                    .orElseThrow(() -> new RuleViolationException("no-provider-to-reroute-to", "No other service "
                            + "for this goal can take a referral now: none is eligible, covered by the client's "
                            + "consent and has room. Widen the consent or try again when capacity frees up."));
        }
        earlier.requireReroutable();
        Referral rerouted = request(earlier.getCaseId(), earlier.getGoalId(), target, note, earlier.getId());
        earlier.reroutedTo(rerouted.getId());
        referrals.save(earlier);
        return rerouted;
    }

    /** A referral the caller may see: the case's own agency, or the agency it is addressed to. */
    Referral get(String id) {
        Referral referral = referrals.findById(id).orElseThrow(() -> new ResourceNotFoundException("referral", id));
        boolean addressedToProvider = isProvider() && referral.getReceivingAgencyId().equals(access.agencyId());
        if (isProvider() && !addressedToProvider) {
            throw new ResourceNotFoundException("referral", id);
        }
        return access.visibleToOwnerOr(referral, referral.getAgencyId(), addressedToProvider, "referral", id);
    }

    /** Whether what the case worker wrote may be shown to the provider: only while the consent covers them. */
    boolean consentStillCovers(Referral referral) {
        return caseFiles.find(referral.getCaseId())
                .map(file -> file.consentCovers(referral.getReceivingAgencyId(), clock.instant())).orElse(false);
    }

    boolean isProvider() {
        return actor.hasRole(StaffRole.PROVIDER.name());
    }

    /** Providers see what is addressed to their agency; the case's agency sees its own, or just the escalated ones. */
    Page<Referral> list(ReferralFilter filter, Pageable pageable) {
        if (isProvider()) {
            return filter.status() == null ? referrals.findByReceivingAgencyId(access.agencyId(), pageable)
                    : referrals.findByReceivingAgencyIdAndStatus(access.agencyId(),
                    ReferralStatus.ofCode(filter.status()), pageable);
        }
        if (Boolean.TRUE.equals(filter.escalated())) {
            return referrals.findByAgencyIdAndEscalatedTrue(access.agencyId(), pageable);
        }
        return filter.caseId() == null ? referrals.findByAgencyId(access.agencyId(), pageable)
                : referrals.findByAgencyIdAndCaseId(access.agencyId(), filter.caseId(), pageable);
    }

    /** The consent may have expired since the referral was made: a provider cannot take the client on without it. */
    Referral accept(String id, long expectedVersion) {
        Referral referral = providerCurrent(id, expectedVersion);
        Instant now = clock.instant();
        caseFiles.find(referral.getCaseId()).orElseThrow(() -> new IllegalStateException("No case file of "
                + "referral " + id)).consentFor(referral.getReceivingAgencyId(), now);
        referral.transition(ReferralAction.ACCEPT, null, null, actor.id(), now);
        Referral saved = announceAndSave(referral);
        careTeams.providerAccepted(saved.getCaseId(), saved.getAgencyId(), actor.id(),
                "provider: " + saved.getServiceName(), saved.getReceivingAgencyId(), saved.getId(), now);
        return settleCapacity(saved);
    }

    Referral decline(String id, long expectedVersion, DeclineReason reason, String note) {
        Referral referral = providerCurrent(id, expectedVersion);
        referral.transition(ReferralAction.DECLINE, reason.code(), note, actor.id(), clock.instant());
        return settleCapacity(announceAndSave(referral));
    }

    /** Starting, pausing, resuming the service. */
    Referral step(String id, long expectedVersion, ReferralAction action, String note) {
        Referral referral = providerCurrent(id, expectedVersion);
        referral.transition(action, null, note, actor.id(), clock.instant());
        return announceAndSave(referral);
    }

    Referral complete(String id, long expectedVersion, Outcome outcome, String note) {
        Referral referral = providerCurrent(id, expectedVersion);
        Instant now = clock.instant();
        referral.complete(outcome, note, actor.id(), now);
        return ended(announceAndSave(referral), actor.id(), now);
    }

    Referral fail(String id, long expectedVersion, Outcome reason, String note) {
        Referral referral = providerCurrent(id, expectedVersion);
        Instant now = clock.instant();
        referral.transition(ReferralAction.FAIL, reason.code(), note, actor.id(), now);
        return ended(announceAndSave(referral), actor.id(), now);
    }

    Referral cancel(String id, long expectedVersion, String note) {
        Referral referral = requesterCurrent(id, expectedVersion);
        Instant now = clock.instant();
        referral.transition(ReferralAction.CANCEL, "requester-cancelled", note, actor.id(), now);
        return ended(settleCapacity(announceAndSave(referral)), actor.id(), now);
    }

    Referral markEnteredInError(String id, long expectedVersion, String note) {
        Referral referral = requesterCurrent(id, expectedVersion);
        Instant now = clock.instant();
        referral.transition(ReferralAction.MARK_ENTERED_IN_ERROR, null, note, actor.id(), now);
        return ended(settleCapacity(announceAndSave(referral)), actor.id(), now);
    }

    /**
     * The client withdrew a consent: every open referral of the case to an agency no longer covered is cancelled
     * with reason {@code consent-withdrawn}.
     */
    void consentWithdrawn(IncomingEvent<ConsentWithdrawn> event) {
        CaseFile file = caseFiles.consentWithdrawn(event);
        Instant now = clock.instant();
        cancelOpenReferrals(event, file.getCaseId(), open -> !file.consentCovers(open.getReceivingAgencyId(), now),
                "consent-withdrawn", now);
    }

    /**
     * The case closed: its referrals still awaiting the provider's answer are cancelled with reason
     * {@code case-closed} ({@link Referral#isCancelledByCaseClosure}); a closure the case was re-opened from since
     * cancels nothing.
     */
    void caseClosed(IncomingEvent<CaseClosed> event) {
        CaseFile file = caseFiles.caseClosed(event);
        if (file.isClosed()) {
            cancelOpenReferrals(event, file.getCaseId(), Referral::isCancelledByCaseClosure, "case-closed",
                    clock.instant());
        }
    }

    /**
     * The client's texts are gone with their key (destroyed by the caller first); each referral is marked once, on
     * client.erased or case.retention-expired.
     */
    void clientErased(IncomingEvent<?> event, String clientId, List<String> listedCaseIds) {
        List<String> caseIds = caseFiles.clientErased(event, clientId, listedCaseIds);
        for (Referral referral : referrals.findByClientIdOrCaseIdIn(clientId, caseIds)) {
            inbox.apply(event, referral, AuditAction.DELETE, Referral::clientErased, referrals::save);
        }
    }

    /**
     * Does what is due on the referral's timer: settles its capacity, reminds the provider, or expires it and
     * escalates it to the supervisors. Called again for the same moment (a retry), it finds nothing left to do.
     */
    void timerDue(String id) {
        Referral referral = referrals.findById(id).orElse(null);
        if (referral == null) {
            return;
        }
        Instant now = clock.instant();
        switch (referral.due(now)) {
            case SETTLE_CAPACITY -> settleCapacity(referral);
            case REMINDER -> {
                referral.reminded(now);
                referral.publish(events.reminded(referral));
                referrals.save(referral);
            }
            case EXPIRY -> {
                referral.expire(now);
                referral.publish(events.transitioned(referral));
                referral.publish(events.escalated(referral));
                log.info("Referral {} of case {} was not answered by {}: expired and escalated", id,
                        referral.getCaseId(), referral.getRespondBy());
                settleCapacity(referrals.save(referral));
            }
            case NOTHING -> {
                referral.rearm();
                referrals.save(referral);
            }
        }
    }

    /**
     * Cancels, on another stage's event, the open referrals of the case the event {@code cancels}: each once however
     * often the event is delivered, announced like any cancellation, its held unit released, its reminder and
     * deadline disarmed (its timer now only settles the unit) and its provider off the care team.
     */
    private void cancelOpenReferrals(IncomingEvent<?> event, String caseId, Predicate<Referral> cancels,
                                     String reason, Instant now) {
        for (Referral open : referrals.findByCaseId(caseId)) {
            if (open.getStatus().isOpen() && cancels.test(open)) {
                inbox.apply(event, open, AuditAction.UPDATE, referral -> {
                    referral.transition(ReferralAction.CANCEL, reason, null, Referral.SYSTEM, now);
                    referral.publish(events.transitioned(referral));
                }, referrals::save);
                referrals.findById(open.getId()).ifPresent(saved -> ended(settleCapacity(saved), Referral.SYSTEM, now));
            }
        }
    }

    private Referral announceAndSave(Referral referral) {
        referral.publish(events.transitioned(referral));
        return referrals.save(referral);
    }

    /**
     * Hands the directory what the referral's change asks of its capacity, then forgets it. If either fails, the
     * referral keeps it and its timer (due now) retries.
     */
    private Referral settleCapacity(Referral referral) {
        CapacitySettlement settlement = referral.getCapacitySettlement();
        if (settlement == null) {
            return referral;
        }
        try {
            switch (settlement) {
                case RELEASE -> holds.release(referral.getServiceId(), referral.getId());
                case OCCUPY -> holds.occupy(referral.getServiceId(), referral.getId());
            }
            referral.capacitySettled();
            return referrals.save(referral);
        } catch (OptimisticLockingFailureException | ResourceNotFoundException e) {
            log.info("Capacity of referral {} not settled yet ({}); its timer retries", referral.getId(),
                    e.getMessage());
            return referral;
        }
    }

    /** A referral that ended leaves the care team without the provider it brought in. */
    private Referral ended(Referral referral, String by, Instant at) {
        careTeams.referralEnded(referral.getCaseId(), referral.getAgencyId(), referral.getId(), by, at);
        return referral;
    }

    private Referral providerCurrent(String id, long expectedVersion) {
        access.requireRole(Set.of(StaffRole.PROVIDER), "answer referrals");
        Referral referral = referrals.findById(id).orElseThrow(() -> new ResourceNotFoundException("referral", id));
        access.visible(referral, referral.getReceivingAgencyId(), "referral", id);
        ExpectedVersion.check("referral", id, referral.getVersion(), expectedVersion);
        return referral;
    }

    private Referral requesterCurrent(String id, long expectedVersion) {
        access.requireRole(StaffRole.CASE_WORK, "change referrals");
        Referral referral = referrals.findById(id).orElseThrow(() -> new ResourceNotFoundException("referral", id));
        access.visible(referral, referral.getAgencyId(), "referral", id);
        ExpectedVersion.check("referral", id, referral.getVersion(), expectedVersion);
        return referral;
    }
}
