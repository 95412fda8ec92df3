package org.casemgmt.closure.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.casemgmt.closure.destination.ExitDestination;
import org.casemgmt.closure.followup.FollowUpPolicy;
import org.casemgmt.closure.outcome.ClosureOutcome;
import org.casemgmt.closure.readiness.Readiness;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.AuditRecord;
import org.casemgmt.platform.audit.AuditTrail;
import org.casemgmt.platform.persistence.ExpectedVersion;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.PersonalTextEncryption;
import org.casemgmt.platform.privacy.StoredTexts;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/**
 * The closure of a case by its workers: the transition plan, the request, a supervisor's approval or rejection, and
 * a re-opening. An approval closes the episode (case.closed), schedules its follow-ups and evaluates its outcome in
 * the same save.
 */
@Service
class ClosureWorkflow {

    static final String COLLECTION = "cases";

    @Configuration(proxyBeanMethods = false)
    static class Wiring {
        /** Every word written about the client in closure, under the client's key. */
        @Bean
        PersonalTextEncryption closureTexts(PersonalDataCipher cipher) {
            return new PersonalTextEncryption(cipher, COLLECTION, "clientId") {
                @Override
                protected void rewriteTexts(Map<String, Object> file, UnaryOperator<String> change) {
                    Map<String, Object> transition = StoredTexts.child(file, "transition");
                    StoredTexts.text(transition, "supportContacts", change);
                    StoredTexts.text(transition, "continuingSupport", change);
                    StoredTexts.each(file, "requests", request -> {
                        StoredTexts.text(request, "overrideReason", change);
                        StoredTexts.text(request, "comment", change);
                    });
                    StoredTexts.each(file, "episodes", episode -> StoredTexts.text(episode, "reopenNotes", change));
                    StoredTexts.each(StoredTexts.child(file, "followUps"), "followUps",
                            followUp -> StoredTexts.text(StoredTexts.child(followUp, "outcome"), "notes", change));
                }
            };
        }
    }

    private final ClosureCases cases;
    private final ClosureEvents events;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Clock clock;

    ClosureWorkflow(ClosureCases cases, ClosureEvents events, AuditTrail audit, CurrentActor actor, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    Readiness readiness(String caseId) {
        ClosureCase file = cases.visible(caseId);
        return file.readiness(cases.policies().criteriaOf(file.getProgramId()));
    }

    ClosureCase get(String caseId) {
        return cases.visible(caseId);
    }

    ClosureCase planTransition(String caseId, long expectedVersion, ExitDestination destination,
                               Boolean followUpContactAgreed, String supportContacts, String continuingSupport,
                               List<String> handedOverReferralIds) {
        ClosureCase file = current(caseId, expectedVersion);
        TransitionPlan plan = file.planTransition(destination, followUpContactAgreed, supportContacts,
                continuingSupport, handedOverReferralIds, actor.id(), clock.instant());
        file.publish(events.transitionPlanned(file, plan));
        cases.announceReadiness(file);
        return cases.save(file);
    }

    ClosureCase request(String caseId, long expectedVersion, String reason, ClosureOutcome outcome,
                        String overrideReason) {
        ClosureCase file = current(caseId, expectedVersion);
        ClosureRequest request = file.requestClosure(ClosureCases.newId(), reason, outcome, overrideReason,
                cases.policies().criteriaOf(file.getProgramId()), actor.id(), clock.instant());
        file.publish(events.requested(file, request));
        ClosureCase saved = cases.save(file);
        if (request.overridden()) {
            // The override is on the trail as an act of its own, naming the criteria it set aside (codes only).
            audit.record(new AuditRecord("closure request", request.closureId(), caseId, AuditAction.CREATE,
                    "override-completion-criteria", "POST", "/api/closure/cases/" + caseId + "/closure-requests",
                    "unmet=" + String.join(",", request.unmetCriteria()), 201, file.getAgencyId()));
        }
        return saved;
    }

    ClosureCase approve(String caseId, String closureId, long expectedVersion) {
        ClosureCase file = current(caseId, expectedVersion);
        Instant now = clock.instant();
        ClosureRequest approved = file.approve(closureId, actor.id(), isSupervisor(), now);
        file.publish(events.decided(EventCatalog.CLOSURE_APPROVED, file, approved));
        file.publish(events.closed(file, approved));
        FollowUpPolicy policy = cases.policies().followUpsOf(file.getProgramId());
        file.scheduleFollowUps(policy, ClosureCases::newId)
                .forEach(followUp -> file.publish(events.followUpScheduled(file, followUp, now)));
        file.publish(events.outcomeEvaluated(file, file.evaluate(now)));
        return cases.save(file);
    }

    ClosureCase reject(String caseId, String closureId, long expectedVersion, String comment) {
        ClosureCase file = current(caseId, expectedVersion);
        ClosureRequest rejected = file.reject(closureId, actor.id(), isSupervisor(), comment, clock.instant());
        file.publish(events.decided(EventCatalog.CLOSURE_REJECTED, file, rejected));
        return cases.save(file);
    }

    /** A new episode; the client's coming back by re-opening is a return too, when within 24 months. */
    ClosureCase reopen(String caseId, long expectedVersion, String reason, String notes) {
        ClosureCase file = current(caseId, expectedVersion);
        Instant now = clock.instant();
        Episode closed = file.currentEpisode();
        List<String> cancelled = file.reopen(reason, notes, actor.id(), now,
                cases.policies().followUpsOf(file.getProgramId()).missedAfter());
        file.publish(events.reopened(file, file.currentEpisode(), closed.closedAt(), cancelled));
        cases.returnByReopening(file, closed, now).ifPresent(link -> file.publish(events.returnDetected(file, link)));
        cases.announceReadiness(file);
        return cases.save(file);
    }

    private ClosureCase current(String caseId, long expectedVersion) {
        ClosureCase file = cases.visible(caseId);
        ExpectedVersion.check("case", caseId, file.getVersion(), expectedVersion);
        return file;
    }

    private boolean isSupervisor() {
        return actor.hasRole(StaffRole.SUPERVISOR.name());
    }
}
