package org.casemgmt.closure.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.casemgmt.closure.destination.DestinationCategory;
import org.casemgmt.closure.destination.ExitDestination;
import org.casemgmt.closure.followup.ContactMethod;
import org.casemgmt.closure.followup.FollowUp;
import org.casemgmt.closure.followup.FollowUpOutcome;
import org.casemgmt.closure.followup.FollowUpResult;
import org.casemgmt.closure.followup.FollowUpStatus;
import org.casemgmt.closure.progress.CaseProgress;
import org.casemgmt.closure.progress.TrackedGoal;
import org.junit.jupiter.api.Test;

/** A closed episode's figures, checked against a case worked out by hand. */
class OutcomeEvaluationTest {

    private static final Instant OPENED = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-04-15T09:00:00Z");
    private static final Instant EVALUATED = CLOSED.plus(Duration.ofDays(35));
    private static final ClosedEpisode EPISODE = new ClosedEpisode(1, OPENED, CLOSED, "GOALS_ACHIEVED",
            ClosureOutcome.GOALS_ACHIEVED, ExitDestination.RENTAL_NO_SUBSIDY);

    private static CaseProgress workedCase() {
        CaseProgress progress = new CaseProgress();
        progress.goalSet("goal-housing", "HOUSING");
        progress.goalSet("goal-income", "INCOME");
        progress.goalSet("goal-employment", "EMPLOYMENT");
        progress.goalResolved("goal-housing", "HOUSING", TrackedGoal.State.ACHIEVED);
        progress.goalResolved("goal-income", "INCOME", TrackedGoal.State.ACHIEVED);
        progress.goalResolved("goal-employment", "EMPLOYMENT", TrackedGoal.State.ABANDONED);
        progress.assessmentScored("PHQ-9", 18, OPENED.plus(Duration.ofDays(2)));
        progress.assessmentScored("GAD-7", 15, OPENED.plus(Duration.ofDays(2)));
        progress.assessmentScored("PHQ-9", 7, CLOSED.minus(Duration.ofDays(5)));
        progress.assessmentScored("GAD-7", 9, CLOSED.minus(Duration.ofDays(5)));
        progress.referralChanged("referral-housing", "service-1", "completed", OPENED.plus(Duration.ofDays(40)));
        progress.referralChanged("referral-job", "service-2", "cancelled", OPENED.plus(Duration.ofDays(50)));
        return progress;
    }

    private static FollowUp followUp(int sequence, FollowUpStatus status, FollowUpOutcome outcome) {
        return new FollowUp("follow-up-" + sequence, 1, sequence, CLOSED.plus(Duration.ofDays(30L * sequence)),
                status, null, null, outcome, outcome == null ? null : "worker.alex", null);
    }

    private static final List<FollowUp> FOLLOW_UPS = List.of(
            followUp(1, FollowUpStatus.COMPLETED, new FollowUpOutcome(FollowUpResult.COMPLETED, ContactMethod.PHONE,
                    true, true, DestinationCategory.PERMANENT, null)),
            followUp(2, FollowUpStatus.UNABLE_TO_CONTACT, new FollowUpOutcome(FollowUpResult.UNABLE_TO_CONTACT,
                    ContactMethod.PHONE, false, null, null, null)),
            followUp(3, FollowUpStatus.MISSED, null),
            followUp(4, FollowUpStatus.SCHEDULED, null),
            followUp(5, FollowUpStatus.CANCELLED, null));

    /*
     * By hand:
     * - goals: 3 on the plan, 2 achieved (housing, income), 1 abandoned (employment);
     * - instruments, in the order of their ids: GAD-7 15 -> 9 = -6, PHQ-9 18 -> 7 = -11, each administered twice;
     * - days open, 2026-01-05 to 2026-04-15 at the same hour: 26 (rest of January) + 28 (February 2026)
     *   + 31 (March) + 15 (April) = 100;
     * - destination 410, rental by client without subsidy: PERMANENT;
     * - referrals: 2 sent, 1 completed (the other cancelled);
     * - follow-ups: 5 on file, 1 cancelled by a re-opening does not count, so 4 scheduled; 1 reached (completed),
     *   2 not reached (unable to contact; missed without a result); 1 still scheduled is neither.
     */
    @Test
    void aClosedEpisodesFiguresAreTheOnesWorkedOutByHand() {
        EpisodeOutcome outcome = OutcomeEvaluation.evaluate(workedCase(), EPISODE, FOLLOW_UPS, 3, EVALUATED);

        assertThat(outcome).isEqualTo(new EpisodeOutcome(1, 3, ClosureOutcome.GOALS_ACHIEVED, "GOALS_ACHIEVED", 3, 2, 1,
                List.of(new InstrumentMovement("GAD-7", 15, 9, -6, 2), new InstrumentMovement("PHQ-9", 18, 7, -11, 2)),
                100, 410, DestinationCategory.PERMANENT, 2, 1, 4, 1, 2, CLOSED, EVALUATED));
    }

    @Test
    void goalsStillOpenCountInTheTotalButNeitherAsMetNorAsAbandoned() {
        CaseProgress progress = workedCase();
        progress.goalSet("goal-health", "HEALTH");

        EpisodeOutcome outcome = OutcomeEvaluation.evaluate(progress, EPISODE, List.of(), 1, CLOSED);

        assertThat(outcome).extracting(EpisodeOutcome::goalsTotal, EpisodeOutcome::goalsMet,
                EpisodeOutcome::goalsAbandoned).containsExactly(4, 2, 1);
    }

    @Test
    void aCaseWithoutAssessmentsGoalsReferralsOrFollowUpsHasZeroesNotGaps() {
        EpisodeOutcome outcome = OutcomeEvaluation.evaluate(new CaseProgress(), EPISODE, List.of(), 1, CLOSED);

        assertThat(outcome.instrumentChanges()).isEmpty();
        assertThat(outcome).extracting(EpisodeOutcome::goalsTotal, EpisodeOutcome::referralsSent,
                EpisodeOutcome::referralsCompleted, EpisodeOutcome::followUpsScheduled,
                EpisodeOutcome::followUpsReached, EpisodeOutcome::followUpsNotReached)
                .containsExactly(0, 0, 0, 0, 0, 0);
    }

    @Test
    void daysOpenAreWholeDaysSoTheLastDayCountsOnlyOnceFull() {
        ClosedEpisode closedAMinuteEarlier = new ClosedEpisode(1, OPENED, CLOSED.minusSeconds(60), "OTHER",
                ClosureOutcome.OTHER, ExitDestination.NO_EXIT_INTERVIEW);

        EpisodeOutcome outcome = OutcomeEvaluation.evaluate(new CaseProgress(), closedAMinuteEarlier, List.of(), 1,
                CLOSED);

        assertThat(outcome.daysOpen()).isEqualTo(99);
        assertThat(outcome.destinationCode()).isEqualTo(30);
        assertThat(outcome.destinationCategory()).isEqualTo(DestinationCategory.OTHER);
    }

    @Test
    void anEpisodeClosedTheDayItOpenedWasOpenZeroDays() {
        ClosedEpisode sameDay = new ClosedEpisode(2, CLOSED, CLOSED.plus(Duration.ofHours(3)), "INELIGIBLE",
                ClosureOutcome.INELIGIBLE, ExitDestination.EMERGENCY_SHELTER);

        EpisodeOutcome outcome = OutcomeEvaluation.evaluate(new CaseProgress(), sameDay, List.of(), 1, CLOSED);

        assertThat(outcome.episode()).isEqualTo(2);
        assertThat(outcome.daysOpen()).isZero();
        assertThat(outcome.destinationCategory()).isEqualTo(DestinationCategory.HOMELESS);
    }
}
