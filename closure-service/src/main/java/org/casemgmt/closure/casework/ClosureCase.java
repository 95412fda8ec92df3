package org.casemgmt.closure.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.casemgmt.closure.destination.ExitDestination;
import org.casemgmt.closure.followup.FollowUp;
import org.casemgmt.closure.followup.FollowUpOutcome;
import org.casemgmt.closure.followup.FollowUpPolicy;
import org.casemgmt.closure.followup.FollowUps;
import org.casemgmt.closure.outcome.ClosedEpisode;
import org.casemgmt.closure.outcome.ClosureOutcome;
import org.casemgmt.closure.outcome.EpisodeOutcome;
import org.casemgmt.closure.outcome.OutcomeEvaluation;
import org.casemgmt.closure.progress.CaseProgress;
import org.casemgmt.closure.readiness.ClosureReadiness;
import org.casemgmt.closure.readiness.CompletionCriterion;
import org.casemgmt.closure.readiness.ExitPreparation;
import org.casemgmt.closure.readiness.Readiness;
import org.casemgmt.platform.casefile.KnownCase;
import org.casemgmt.platform.domain.NotPermittedException;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.casemgmt.platform.timer.DueTimer;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case as closure keeps it, in one document so that every change and the events announcing it are saved together:
 * what intake said of it ({@link KnownCase}), the work the other stages report ({@link CaseProgress}), its episodes,
 * the transition plan, the closure requests and their decisions, the follow-ups after closure, and the durable timer
 * of the next follow-up moment.
 *
 * <p>State machine (stages.md): {@code OPEN → CLOSURE_REQUESTED → CLOSED} on approval, back to {@code OPEN} on
 * rejection; {@code CLOSED → OPEN} on re-opening, as a new episode.
 */
@Document("cases")
public class ClosureCase extends KnownCase implements HasOutbox {

    enum Status { OPEN, CLOSURE_REQUESTED, CLOSED }

    @Indexed
    private Status status = Status.OPEN;
    private CaseProgress progress = new CaseProgress();
    private List<Episode> episodes = new ArrayList<>();
    private TransitionPlan transition;
    private List<ClosureRequest> requests = new ArrayList<>();
    private FollowUps followUps = new FollowUps();
    /** The criteria missing when readiness was last announced; null before the first announcement. */
    private List<String> announcedMissing;
    private ReturnLink returnedFrom;
    private DueTimer timer;
    private List<PendingEvent> outbox = new ArrayList<>();

    ClosureCase() {
    }

    private ClosureCase(String caseId) {
        super(caseId);
    }

    static ClosureCase started(String caseId) {
        return new ClosureCase(caseId);
    }

    /** The first episode starts with the case's opening, however late case.opened arrives. */
    void startFirstEpisode() {
        if (episodes.isEmpty() && getOpenedAt() != null) {
            episodes.add(Episode.first(getOpenedAt()));
        }
    }

    CaseProgress progress() {
        return progress;
    }

    Readiness readiness(List<CompletionCriterion> criteria) {
        return ClosureReadiness.of(criteria, progress, currentTransition().map(TransitionPlan::preparation)
                .orElse(ExitPreparation.NOTHING_YET));
    }

    /**
     * The readiness to announce, when what is missing changed since it was last announced. A closed case announces
     * nothing: its readiness matters again once it is re-opened.
     */
    Optional<Readiness> readinessToAnnounce(List<CompletionCriterion> criteria) {
        if (!isOpened() || status == Status.CLOSED) {
            return Optional.empty();
        }
        Readiness readiness = readiness(criteria);
        List<String> missing = readiness.missing().stream().map(Enum::name).toList();
        if (missing.equals(announcedMissing)) {
            return Optional.empty();
        }
        announcedMissing = missing;
        return Optional.of(readiness);
    }

    TransitionPlan planTransition(ExitDestination destination, Boolean followUpContactAgreed, String supportContacts,
                                  String continuingSupport, List<String> handedOverReferralIds, String by,
                                  Instant at) {
        requireStatus(Status.OPEN, "The transition plan changes while the case is open; a pending closure request "
                + "is approved or rejected first.");
        List<String> notOpen = handedOverReferralIds.stream()
                .filter(id -> !progress.openReferralIds().contains(id)).toList();
        if (!notOpen.isEmpty()) {
            throw new RuleViolationException("handover-of-referral-not-open", "Only open referrals of the case are "
                    + "handed over; not open or not known: " + String.join(", ", notOpen) + ".");
        }
        transition = new TransitionPlan(currentEpisode().number(), destination == null ? null : destination.code(),
                followUpContactAgreed, supportContacts, continuingSupport, List.copyOf(handedOverReferralIds), by, at);
        return transition;
    }

    /**
     * Asks to close the current episode. The destination must be on the transition plan; a case that does not meet
     * every criterion closes only with an override and its reason.
     */
    ClosureRequest requestClosure(String closureId, String reason, ClosureOutcome outcome, String overrideReason,
                                  List<CompletionCriterion> criteria, String by, Instant at) {
        requireStatus(Status.OPEN, Status.CLOSED == status ? "The case is closed already."
                : "A closure request is pending already: it is approved or rejected first.");
        Integer destination = currentTransition().map(TransitionPlan::destinationCode).orElseThrow(() ->
                new RuleViolationException("destination-not-recorded", "Record the client's exit destination in "
                        + "the transition plan first (an HMIS living situation code; 30 when there was no exit "
                        + "interview)."));
        List<String> unmet = readiness(criteria).missing().stream().map(Enum::name).toList();
        boolean overriding = overrideReason != null && !overrideReason.isBlank();
        if (!unmet.isEmpty() && !overriding) {
            throw new RuleViolationException("closure-criteria-not-met", "The case does not meet its program's "
                    + "completion criteria: " + String.join(", ", unmet) + ". Complete them, or request closure "
                    + "with an override and its reason.", Map.of("missing", unmet));
        }
        ClosureRequest request = new ClosureRequest(closureId, currentEpisode().number(), reason, outcome,
                destination, unmet, unmet.isEmpty() ? null : overrideReason, by, at,
                ClosureRequest.Decision.PENDING, null, null, null);
        requests.add(request);
        status = Status.CLOSURE_REQUESTED;
        return request;
    }

    /**
     * Approves the pending request (four eyes: a supervisor other than the requester) and closes the episode,
     * scheduling its follow-ups when the client agreed to them.
     */
    ClosureRequest approve(String closureId, String approver, boolean approverIsSupervisor, Instant at) {
        ClosureRequest pending = pending(closureId);
        decidedByAnother(pending, approver, approverIsSupervisor, "approve");
        ClosureRequest approved = pending.decided(ClosureRequest.Decision.APPROVED, approver, null, at);
        requests.replaceAll(r -> r.closureId().equals(closureId) ? approved : r);
        status = Status.CLOSED;
        episodes.set(episodes.size() - 1, currentEpisode().closed(closureId, at));
        return approved;
    }

    /** Follow-ups for the episode just closed, when the client agreed to be contacted. */
    List<FollowUp> scheduleFollowUps(FollowUpPolicy policy, Supplier<String> newId) {
        Episode closed = currentEpisode();
        boolean agreed = currentTransition().map(TransitionPlan::followUpContactAgreed).orElse(false);
        if (!closed.isClosed() || !agreed) {
            return List.of();
        }
        List<FollowUp> scheduled = followUps.schedule(closed.number(), closed.closedAt(), policy, newId);
        rearm(policy.missedAfter());
        return scheduled;
    }

    ClosureRequest reject(String closureId, String supervisor, boolean isSupervisor, String comment, Instant at) {
        ClosureRequest pending = pending(closureId);
        decidedByAnother(pending, supervisor, isSupervisor, "reject");
        ClosureRequest rejected = pending.decided(ClosureRequest.Decision.REJECTED, supervisor, comment, at);
        requests.replaceAll(r -> r.closureId().equals(closureId) ? rejected : r);
        status = Status.OPEN;
        return rejected;
    }

    /** Evaluates the current episode, which must be closed; each call is the next revision. */
    EpisodeOutcome evaluate(Instant at) {
        return evaluate(currentEpisode(), at);
    }

    /**
     * A follow-up result changes the evaluation of the episode it follows, if that is the latest closed one: also
     * after a re-opening, since a missed follow-up of the closed episode may still be recorded late.
     */
    Optional<EpisodeOutcome> reevaluateAfterFollowUp(FollowUp followUp, Instant at) {
        return lastClosedEpisode().filter(episode -> episode.number() == followUp.episode())
                .map(episode -> evaluate(episode, at));
    }

    /**
     * Evidence of the latest closed episode that arrives after it was evaluated (an assessment, a goal, a referral's
     * end whose event was still on its way when the supervisor approved: each stage's events travel on their own)
     * changes its evaluation, as a follow-up result does. Evidence of a time after the closure is not the episode's.
     */
    Optional<EpisodeOutcome> reevaluateAfterLateEvidence(Instant happenedAt, Instant at) {
        return lastClosedEpisode().filter(episode -> episode.evaluation() != null
                        && !happenedAt.isAfter(episode.closedAt()) && !happenedAt.isBefore(episode.openedAt()))
                .map(episode -> evaluate(episode, at));
    }

    private EpisodeOutcome evaluate(Episode episode, Instant at) {
        ClosureRequest closure = approvedRequest(episode);
        int revision = episode.evaluation() == null ? 1 : episode.evaluation().revision() + 1;
        EpisodeOutcome outcome = OutcomeEvaluation.evaluate(progress, new ClosedEpisode(episode.number(),
                episode.openedAt(), episode.closedAt(), closure.reason(), closure.outcome(),
                ExitDestination.ofCode(closure.destinationCode()).orElseThrow()), followUps.of(episode.number()),
                revision, at);
        episodes.replaceAll(e -> e.number() == episode.number() ? e.evaluated(outcome) : e);
        return outcome;
    }

    FollowUp recordFollowUp(String followUpId, FollowUpOutcome outcome, String by, Instant at, Duration missedAfter) {
        FollowUp recorded = followUps.record(followUpId, outcome, by, at);
        rearm(missedAfter);
        return recorded;
    }

    List<FollowUps.Transition> followUpsDue(Instant now, Duration missedAfter) {
        List<FollowUps.Transition> due = followUps.due(now, missedAfter);
        rearm(missedAfter);
        return due;
    }

    /**
     * Re-opens the closed case as a new episode linked to the closed one; the follow-ups still pending are
     * cancelled. Answers their ids.
     */
    List<String> reopen(String reason, String notes, String by, Instant at, Duration missedAfter) {
        requireStatus(Status.CLOSED, "Only a closed case is re-opened.");
        List<String> cancelled = followUps.cancelPending();
        episodes.add(currentEpisode().next(by, reason, notes, at));
        status = Status.OPEN;
        transition = null;
        announcedMissing = null;
        rearm(missedAfter);
        return cancelled;
    }

    void returnedFrom(ReturnLink link) {
        returnedFrom = link;
    }

    private void rearm(Duration missedAfter) {
        timer = followUps.nextMoment(missedAfter).map(DueTimer::at).orElse(null);
    }

    private void decidedByAnother(ClosureRequest request, String decider, boolean isSupervisor, String verb) {
        if (decider == null || decider.equals(request.requestedBy())) {
            throw new NotPermittedException("four-eyes", "A closure is decided by a supervisor other than the one "
                    + "who requested it (" + request.requestedBy() + "); you may not " + verb + " your own request.");
        }
        if (!isSupervisor) {
            throw new NotPermittedException("supervisor-required", "Only a supervisor may " + verb
                    + " a closure request.");
        }
    }

    private ClosureRequest pending(String closureId) {
        ClosureRequest request = request(closureId).orElseThrow(() -> new ResourceNotFoundException("closure request of case " + getCaseId(), closureId));
        if (request.decision() != ClosureRequest.Decision.PENDING) {
            throw new RuleViolationException("closure-already-decided", "Closure request " + closureId + " was "
                    + request.decision().name().toLowerCase(Locale.ROOT) + " already.");
        }
        return request;
    }

    private ClosureRequest approvedRequest(Episode episode) {
        return approvedRequestOf(episode).orElseThrow(() -> new RuleViolationException("episode-not-closed", "Episode " + episode.number()
                        + " of case " + getCaseId() + " is not closed."));
    }

    private void requireStatus(Status required, String otherwise) {
        if (status != required) {
            throw new RuleViolationException(switch (status) {
                case OPEN -> "case-open";
                case CLOSURE_REQUESTED -> "closure-requested";
                case CLOSED -> "case-closed";
            }, otherwise);
        }
    }

    private Optional<TransitionPlan> currentTransition() {
        return Optional.ofNullable(transition).filter(plan -> !episodes.isEmpty()
                && plan.episode() == currentEpisode().number());
    }

    Episode currentEpisode() {
        if (episodes.isEmpty()) {
            throw new ResourceNotFoundException("case", getCaseId());
        }
        return episodes.getLast();
    }

    /** The episode closed most recently, if any closed. */
    Optional<Episode> lastClosedEpisode() {
        return episodes.reversed().stream().filter(Episode::isClosed).findFirst();
    }

    Optional<ClosureRequest> request(String closureId) {
        return requests.stream().filter(r -> r.closureId().equals(closureId)).findFirst();
    }

    Optional<ClosureRequest> approvedRequestOf(Episode episode) {
        return Optional.ofNullable(episode.closureId()).flatMap(this::request);
    }

    void publish(PendingEvent event) {
        outbox.add(event);
    }

    Status getStatus() {
        return status;
    }

    List<Episode> getEpisodes() {
        return List.copyOf(episodes);
    }

    Optional<TransitionPlan> getTransition() {
        return currentTransition();
    }

    List<ClosureRequest> getRequests() {
        return List.copyOf(requests);
    }

    FollowUps getFollowUps() {
        return followUps;
    }

    ReturnLink getReturnedFrom() {
        return returnedFrom;
    }

    DueTimer getTimer() {
        return timer;
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }
}
