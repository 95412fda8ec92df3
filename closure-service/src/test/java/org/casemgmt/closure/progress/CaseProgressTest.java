package org.casemgmt.closure.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What closure knows of a case's work, whatever order the other stages' events arrive in. */
class CaseProgressTest {

    private static final Instant MONDAY = Instant.parse("2026-02-02T09:00:00Z");
    private static final Instant LATER = MONDAY.plus(Duration.ofDays(7));

    private final CaseProgress progress = new CaseProgress();

    @Test
    void aNewGoalIsOpenAndCountsOnceHoweverOftenItIsRevised() {
        progress.goalSet("goal-1", "HOUSING");
        progress.goalSet("goal-1", "INCOME");

        assertThat(progress.getGoals()).containsExactly(new TrackedGoal("goal-1", "INCOME", TrackedGoal.State.OPEN));
        assertThat(progress.openGoalIds()).containsExactly("goal-1");
        assertThat(progress.goalsIn(TrackedGoal.State.OPEN)).isEqualTo(1);
    }

    @Test
    void anAchievedGoalIsNoLongerOpenAndARevisionArrivingLateDoesNotReopenIt() {
        progress.goalSet("goal-1", "HOUSING");
        progress.goalSet("goal-2", "INCOME");
        progress.goalResolved("goal-1", "HOUSING", TrackedGoal.State.ACHIEVED);

        progress.goalSet("goal-1", "HOUSING");

        assertThat(progress.openGoalIds()).containsExactly("goal-2");
        assertThat(progress.goalsIn(TrackedGoal.State.ACHIEVED)).isEqualTo(1);
        assertThat(progress.goalsIn(TrackedGoal.State.OPEN)).isEqualTo(1);
    }

    @Test
    void aGoalAbandonedBeforeItsSettingArrivedStaysAbandonedWithTheDomainOfItsSetting() {
        progress.goalResolved("goal-1", null, TrackedGoal.State.ABANDONED);
        progress.goalSet("goal-1", "EMPLOYMENT");

        assertThat(progress.getGoals())
                .containsExactly(new TrackedGoal("goal-1", "EMPLOYMENT", TrackedGoal.State.ABANDONED));
        assertThat(progress.openGoalIds()).isEmpty();
    }

    @Test
    void aResolvedGoalKeepsTheDomainItWasSetWith() {
        progress.goalSet("goal-1", "HOUSING");

        progress.goalResolved("goal-1", "OTHER", TrackedGoal.State.ACHIEVED);

        assertThat(progress.getGoals())
                .containsExactly(new TrackedGoal("goal-1", "HOUSING", TrackedGoal.State.ACHIEVED));
    }

    @Test
    void aGoalIsResolvedOnceAchievedOrAbandonedAndNotWhileOpen() {
        assertThat(new TrackedGoal("g", "HOUSING", TrackedGoal.State.OPEN).resolved()).isFalse();
        assertThat(new TrackedGoal("g", "HOUSING", TrackedGoal.State.ACHIEVED).resolved()).isTrue();
        assertThat(new TrackedGoal("g", "HOUSING", TrackedGoal.State.ABANDONED).resolved()).isTrue();
    }

    @Test
    void aReferralKeepsItsLatestStatusAndAnOlderChangeArrivingLateIsIgnored() {
        progress.referralChanged("referral-1", "service-1", "requested", MONDAY);
        progress.referralChanged("referral-1", "service-1", "completed", LATER);

        progress.referralChanged("referral-1", "service-1", "accepted", MONDAY.plusSeconds(60));

        assertThat(progress.getReferrals())
                .containsExactly(new TrackedReferral("referral-1", "service-1", "completed", LATER));
        assertThat(progress.openReferralIds()).isEmpty();
        assertThat(progress.referralsCompleted()).isEqualTo(1);
    }

    @Test
    void eachReferralIsJudgedAgainstItsOwnLatestChangeNotAnothers() {
        progress.referralChanged("referral-1", "service-1", "completed", LATER);

        progress.referralChanged("referral-2", "service-2", "requested", MONDAY);

        assertThat(progress.openReferralIds()).containsExactly("referral-2");
        assertThat(progress.getReferrals()).hasSize(2);
    }

    @Test
    void aChangeAtTheSameMomentAsTheKnownOneIsApplied() {
        progress.referralChanged("referral-1", "service-1", "requested", MONDAY);

        progress.referralChanged("referral-1", "service-1", "accepted", MONDAY);

        assertThat(progress.getReferrals()).singleElement().extracting(TrackedReferral::status).isEqualTo("accepted");
    }

    @Test
    void requestedAcceptedInProgressAndOnHoldReferralsAreOpenAndTheOthersAreNot() {
        progress.referralChanged("requested", "s", "requested", MONDAY);
        progress.referralChanged("accepted", "s", "accepted", MONDAY);
        progress.referralChanged("in-progress", "s", "in-progress", MONDAY);
        progress.referralChanged("on-hold", "s", "on-hold", MONDAY);
        progress.referralChanged("completed", "s", "completed", MONDAY);
        progress.referralChanged("rejected", "s", "rejected", MONDAY);
        progress.referralChanged("cancelled", "s", "cancelled", MONDAY);
        progress.referralChanged("failed", "s", "failed", MONDAY);

        assertThat(progress.openReferralIds()).containsExactly("requested", "accepted", "in-progress", "on-hold");
        assertThat(progress.referralsCompleted()).isEqualTo(1);
        assertThat(progress.getReferrals()).hasSize(8);
    }

    @Test
    void referralsHandedOverInTheTransitionPlanNoLongerCountAsOpen() {
        progress.referralChanged("referral-1", "service-1", "in-progress", MONDAY);
        progress.referralChanged("referral-2", "service-2", "accepted", MONDAY);

        assertThat(progress.openReferralIdsNotHandedOver(Set.of("referral-2", "referral-unknown")))
                .containsExactly("referral-1");
        assertThat(progress.openReferralIds()).containsExactly("referral-1", "referral-2");
    }

    @Test
    void anInstrumentAdministeredOnceAwaitsItsExitAssessmentAndTwiceNoLonger() {
        progress.assessmentScored("PHQ-9", 18, MONDAY);
        progress.assessmentScored("GAD-7", 15, MONDAY);
        progress.assessmentScored("PHQ-9", 7, LATER);

        assertThat(progress.instrumentsAwaitingExitAssessment()).containsExactly("GAD-7");
        assertThat(progress.getInstruments()).filteredOn(i -> i.instrumentId().equals("PHQ-9")).singleElement()
                .satisfies(phq -> {
                    assertThat(phq.firstScore()).isEqualTo(18);
                    assertThat(phq.lastScore()).isEqualTo(7);
                    assertThat(phq.change()).isEqualTo(-11);
                    assertThat(phq.administrations()).isEqualTo(2);
                    assertThat(phq.reassessed()).isTrue();
                });
    }

    @Test
    void administrationsArrivingOutOfOrderKeepTheEarliestFirstAndTheLatestLast() {
        Instant middle = MONDAY.plus(Duration.ofDays(3));
        progress.assessmentScored("PHQ-9", 12, middle);
        progress.assessmentScored("PHQ-9", 7, LATER);
        progress.assessmentScored("PHQ-9", 18, MONDAY);
        progress.assessmentScored("PHQ-9", 14, middle.plusSeconds(1));

        assertThat(progress.getInstruments())
                .containsExactly(new TrackedInstrument("PHQ-9", 18, MONDAY, 7, LATER, 4));
    }

    @Test
    void aSecondAdministrationAtTheSameMomentAsTheLastBecomesTheLast() {
        progress.assessmentScored("GAD-7", 15, MONDAY);

        progress.assessmentScored("GAD-7", 9, MONDAY);

        assertThat(progress.getInstruments()).containsExactly(new TrackedInstrument("GAD-7", 15, MONDAY, 9, MONDAY, 2));
    }

    @Test
    void aFirstAdministrationIsBothFirstAndLastWithNoChange() {
        progress.assessmentScored("PHQ-9", 18, MONDAY);

        assertThat(progress.getInstruments()).singleElement().satisfies(phq -> {
            assertThat(phq).isEqualTo(new TrackedInstrument("PHQ-9", 18, MONDAY, 18, MONDAY, 1));
            assertThat(phq.change()).isZero();
            assertThat(phq.reassessed()).isFalse();
        });
    }

    @Test
    void theLatestReviewCountsAndAnOlderOneArrivingLateDoesNot() {
        assertThat(progress.getLastReviewOutcome()).isNull();

        progress.reviewCompleted("CONTINUE", MONDAY);
        progress.reviewCompleted("RECOMMEND_CLOSURE", LATER);
        progress.reviewCompleted("ESCALATE", MONDAY.plusSeconds(60));

        assertThat(progress.getLastReviewOutcome()).isEqualTo("RECOMMEND_CLOSURE");
    }

    @Test
    void aReviewAtTheSameMomentAsTheLastOneReplacesIt() {
        progress.reviewCompleted("CONTINUE", MONDAY);

        progress.reviewCompleted("RECOMMEND_CLOSURE", MONDAY);

        assertThat(progress.getLastReviewOutcome()).isEqualTo("RECOMMEND_CLOSURE");
    }

    @Test
    void whatItShowsCannotBeChangedFromOutside() {
        progress.goalSet("goal-1", "HOUSING");
        progress.referralChanged("referral-1", "service-1", "requested", MONDAY);
        progress.assessmentScored("PHQ-9", 18, MONDAY);

        assertThat(progress.getGoals()).isUnmodifiable();
        assertThat(progress.getReferrals()).isUnmodifiable();
        assertThat(progress.getInstruments()).isUnmodifiable();
    }
}
