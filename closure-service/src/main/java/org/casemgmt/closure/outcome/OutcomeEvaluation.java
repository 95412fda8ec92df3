package org.casemgmt.closure.outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.casemgmt.closure.followup.FollowUp;
import org.casemgmt.closure.followup.FollowUpStatus;
import org.casemgmt.closure.progress.CaseProgress;
import org.casemgmt.closure.progress.TrackedGoal;

/**
 * Evaluates a closed episode from what closure followed of the case. Goals, referrals and instruments are the case's
 * (a re-opened case keeps its plan, so a later episode is judged on the whole plan); days open and the follow-ups are
 * the episode's own.
 */
public final class OutcomeEvaluation {

    private OutcomeEvaluation() {
    }

    public static EpisodeOutcome evaluate(CaseProgress progress, ClosedEpisode closed, List<FollowUp> followUps,
                                          int revision, Instant at) {
        List<InstrumentMovement> instruments = progress.getInstruments().stream()
                .sorted(Comparator.comparing(instrument -> instrument.instrumentId()))
                .map(instrument -> new InstrumentMovement(instrument.instrumentId(), instrument.firstScore(),
                        instrument.lastScore(), instrument.change(), instrument.administrations()))
                .toList();
        List<FollowUp> counted = followUps.stream().filter(f -> f.status() != FollowUpStatus.CANCELLED).toList();
        return new EpisodeOutcome(closed.episode(), revision, closed.outcome(), closed.reason(),
                progress.getGoals().size(), (int) progress.goalsIn(TrackedGoal.State.ACHIEVED),
                (int) progress.goalsIn(TrackedGoal.State.ABANDONED), instruments,
                Duration.between(closed.openedAt(), closed.closedAt()).toDays(), closed.destination().code(),
                closed.destination().category(), progress.getReferrals().size(), (int) progress.referralsCompleted(),
                counted.size(), (int) counted.stream().filter(FollowUp::reached).count(),
                (int) counted.stream().filter(FollowUp::notReached).count(), closed.closedAt(), at);
    }
}
