package org.casemgmt.closure.casework;

import java.time.Instant;
import java.util.List;

import org.casemgmt.closure.destination.ExitDestination;
import org.casemgmt.closure.followup.FollowUp;
import org.casemgmt.closure.outcome.EpisodeOutcome;
import org.casemgmt.closure.readiness.Readiness;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.closure.v1.CaseClosed;
import org.casemgmt.events.closure.v1.CaseReopened;
import org.casemgmt.events.closure.v1.ClosureDecided;
import org.casemgmt.events.closure.v1.ClosureReadinessChanged;
import org.casemgmt.events.closure.v1.ClosureRequested;
import org.casemgmt.events.closure.v1.FollowUpCompleted;
import org.casemgmt.events.closure.v1.FollowUpDeadline;
import org.casemgmt.events.closure.v1.FollowUpScheduled;
import org.casemgmt.events.closure.v1.InstrumentChange;
import org.casemgmt.events.closure.v1.OutcomeEvaluated;
import org.casemgmt.events.closure.v1.ReturnDetected;
import org.casemgmt.events.closure.v1.TransitionPlanned;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.stereotype.Component;

/**
 * Closure's events, keyed by case id. Codes, ids, figures and moments only: an override's reason, a rejection's
 * comment, the transition plan's words and a follow-up's notes stay in closure's API (an event outlives the client's
 * erasure on its topic).
 */
@Component
class ClosureEvents {

    private final EventRecorder recorder;

    ClosureEvents(EventRecorder recorder) {
        this.recorder = recorder;
    }

    PendingEvent readinessChanged(ClosureCase file, Readiness readiness, Instant at) {
        return recorder.record(EventCatalog.CLOSURE_READINESS_CHANGED, file.getCaseId(), new ClosureReadinessChanged(
                file.getCaseId(), file.getAgencyId(), file.getProgramId(), readiness.ready(),
                readiness.missing().stream().map(Enum::name).toList(), at));
    }

    PendingEvent transitionPlanned(ClosureCase file, TransitionPlan plan) {
        ExitDestination destination = plan.destinationCode() == null ? null
                : ExitDestination.ofCode(plan.destinationCode()).orElseThrow();
        return recorder.record(EventCatalog.TRANSITION_PLANNED, file.getCaseId(), new TransitionPlanned(
                file.getCaseId(), file.getAgencyId(), plan.episode(), plan.destinationCode(),
                destination == null ? null : destination.category().name(), plan.followUpContactAgreed(),
                plan.handedOverReferralIds(), plan.plannedBy(), plan.plannedAt()));
    }

    PendingEvent requested(ClosureCase file, ClosureRequest request) {
        return recorder.record(EventCatalog.CLOSURE_REQUESTED, file.getCaseId(), new ClosureRequested(
                request.closureId(), file.getCaseId(), file.getAgencyId(), request.episode(), request.reason(),
                request.outcome().name(), request.destinationCode(), category(request.destinationCode()),
                request.unmetCriteria(), request.overridden(), request.requestedBy(), request.requestedAt()));
    }

    PendingEvent decided(EventType<ClosureDecided> approvedOrRejected, ClosureCase file, ClosureRequest request) {
        return recorder.record(approvedOrRejected, file.getCaseId(), new ClosureDecided(request.closureId(),
                file.getCaseId(), file.getAgencyId(), request.requestedBy(), request.decidedBy(),
                request.decidedAt()));
    }

    PendingEvent closed(ClosureCase file, ClosureRequest request) {
        return recorder.record(EventCatalog.CASE_CLOSED, file.getCaseId(), new CaseClosed(file.getCaseId(),
                request.reason(), request.decidedBy(), request.decidedAt(), request.closureId(), request.episode(),
                request.outcome().name(), request.destinationCode(), category(request.destinationCode()),
                request.requestedBy()));
    }

    PendingEvent followUpScheduled(ClosureCase file, FollowUp followUp, Instant at) {
        return recorder.record(EventCatalog.FOLLOWUP_SCHEDULED, file.getCaseId(), new FollowUpScheduled(
                followUp.followUpId(), file.getCaseId(), file.getAgencyId(), file.getCaseManager(),
                followUp.episode(), followUp.sequence(), followUp.dueAt(), at));
    }

    PendingEvent followUpDeadline(EventType<FollowUpDeadline> dueOrMissed, ClosureCase file, FollowUp followUp,
                                  Instant at) {
        return recorder.record(dueOrMissed, file.getCaseId(), new FollowUpDeadline(followUp.followUpId(),
                file.getCaseId(), file.getAgencyId(), file.getCaseManager(), followUp.episode(), followUp.sequence(),
                followUp.dueAt(), at));
    }

    PendingEvent followUpCompleted(ClosureCase file, FollowUp followUp) {
        var outcome = followUp.outcome();
        return recorder.record(EventCatalog.FOLLOWUP_COMPLETED, file.getCaseId(), new FollowUpCompleted(
                followUp.followUpId(), file.getCaseId(), file.getAgencyId(), followUp.episode(), followUp.sequence(),
                outcome.result().name(), outcome.method() == null ? null : outcome.method().name(), outcome.reached(),
                outcome.stillStable(), outcome.destinationCategory() == null ? null
                        : outcome.destinationCategory().name(), followUp.recordedBy(), followUp.recordedAt()));
    }

    PendingEvent outcomeEvaluated(ClosureCase file, EpisodeOutcome outcome) {
        List<InstrumentChange> instruments = outcome.instrumentChanges().stream()
                .map(i -> new InstrumentChange(i.instrumentId(), i.firstScore(), i.lastScore(), i.change(),
                        i.administrations())).toList();
        return recorder.record(EventCatalog.OUTCOME_EVALUATED, file.getCaseId(), new OutcomeEvaluated(
                file.getCaseId(), file.getAgencyId(), file.getProgramId(), outcome.episode(), outcome.revision(),
                outcome.outcome().name(), outcome.reason(), outcome.goalsTotal(), outcome.goalsMet(),
                outcome.goalsAbandoned(), instruments, outcome.daysOpen(), outcome.destinationCode(),
                outcome.destinationCategory().name(), outcome.referralsSent(), outcome.referralsCompleted(),
                outcome.followUpsScheduled(), outcome.followUpsReached(), outcome.followUpsNotReached(),
                outcome.evaluatedAt()));
    }

    PendingEvent reopened(ClosureCase file, Episode episode, Instant previousClosedAt, List<String> cancelled) {
        return recorder.record(EventCatalog.CASE_REOPENED, file.getCaseId(), new CaseReopened(file.getCaseId(),
                episode.reopenReason(), episode.reopenedBy(), episode.openedAt(), episode.number(), previousClosedAt,
                cancelled));
    }

    PendingEvent returnDetected(ClosureCase file, ReturnLink link) {
        return recorder.record(EventCatalog.RETURN_DETECTED, file.getCaseId(), new ReturnDetected(file.getCaseId(),
                file.getClientId(), file.getAgencyId(), link.via(), link.previousCaseId(), link.previousEpisode(),
                link.previousProgramId(), link.previousClosedAt(), link.previousDestinationCategory(),
                link.returnedAt(), link.daysSinceExit(), link.withinMonths()));
    }

    private static String category(int destinationCode) {
        return ExitDestination.ofCode(destinationCode).orElseThrow().category().name();
    }
}
