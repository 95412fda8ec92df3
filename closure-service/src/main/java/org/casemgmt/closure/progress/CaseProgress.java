package org.casemgmt.closure.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What closure knows of a case's work from the other stages' events: its goals, its referrals, its standardized
 * assessments and its last review. Events of one case travel on different topics and may arrive in any order; each
 * method keeps the latest state whatever the order (an event is applied once: the inbox sees to that).
 */
public class CaseProgress {

    private List<TrackedGoal> goals = new ArrayList<>();
    private List<TrackedReferral> referrals = new ArrayList<>();
    private List<TrackedInstrument> instruments = new ArrayList<>();
    private String lastReviewOutcome;
    private Instant lastReviewAt;

    /** A goal set or revised: an achieved or abandoned goal stays so (its closing event may arrive first). */
    public void goalSet(String goalId, String needDomain) {
        TrackedGoal.State state = goal(goalId).map(TrackedGoal::state).orElse(TrackedGoal.State.OPEN);
        goals.removeIf(goal -> goal.goalId().equals(goalId));
        goals.add(new TrackedGoal(goalId, needDomain, state));
    }

    public void goalResolved(String goalId, String needDomain, TrackedGoal.State as) {
        String domain = goal(goalId).map(TrackedGoal::needDomain).orElse(needDomain);
        goals.removeIf(goal -> goal.goalId().equals(goalId));
        goals.add(new TrackedGoal(goalId, domain, as));
    }

    /** The status at {@code at}, unless a later change is already known. */
    public void referralChanged(String referralId, String serviceId, String status, Instant at) {
        Optional<TrackedReferral> known = referrals.stream().filter(r -> r.referralId().equals(referralId)).findFirst();
        if (known.isPresent() && known.get().changedAt().isAfter(at)) {
            return;
        }
        referrals.removeIf(r -> r.referralId().equals(referralId));
        referrals.add(new TrackedReferral(referralId, serviceId, status, at));
    }

    public void assessmentScored(String instrumentId, int totalScore, Instant administeredAt) {
        Optional<TrackedInstrument> known = instruments.stream()
                .filter(instrument -> instrument.instrumentId().equals(instrumentId)).findFirst();
        TrackedInstrument updated = known.map(instrument -> instrument.administered(totalScore, administeredAt))
                .orElseGet(() -> TrackedInstrument.first(instrumentId, totalScore, administeredAt));
        instruments.removeIf(instrument -> instrument.instrumentId().equals(instrumentId));
        instruments.add(updated);
    }

    public void reviewCompleted(String outcome, Instant at) {
        if (lastReviewAt == null || !at.isBefore(lastReviewAt)) {
            lastReviewOutcome = outcome;
            lastReviewAt = at;
        }
    }

    public List<String> openGoalIds() {
        return goals.stream().filter(goal -> !goal.resolved()).map(TrackedGoal::goalId).toList();
    }

    /** Referrals still open that the transition plan does not hand over to continue after closure. */
    public List<String> openReferralIdsNotHandedOver(Set<String> handedOver) {
        return referrals.stream().filter(TrackedReferral::open).map(TrackedReferral::referralId)
                .filter(id -> !handedOver.contains(id)).toList();
    }

    public List<String> openReferralIds() {
        return openReferralIdsNotHandedOver(Set.of());
    }

    /** Instruments administered once only: their exit assessment is still to be done. */
    public List<String> instrumentsAwaitingExitAssessment() {
        return instruments.stream().filter(instrument -> !instrument.reassessed())
                .map(TrackedInstrument::instrumentId).toList();
    }

    public long goalsIn(TrackedGoal.State state) {
        return goals.stream().filter(goal -> goal.state() == state).count();
    }

    public long referralsCompleted() {
        return referrals.stream().filter(TrackedReferral::completed).count();
    }

    public List<TrackedGoal> getGoals() {
        return List.copyOf(goals);
    }

    public List<TrackedReferral> getReferrals() {
        return List.copyOf(referrals);
    }

    public List<TrackedInstrument> getInstruments() {
        return List.copyOf(instruments);
    }

    public String getLastReviewOutcome() {
        return lastReviewOutcome;
    }

    private Optional<TrackedGoal> goal(String goalId) {
        return goals.stream().filter(goal -> goal.goalId().equals(goalId)).findFirst();
    }
}
