package org.casemgmt.closure.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casemgmt.closure.readiness.CompletionCriterion.CLOSURE_RECOMMENDED_BY_REVIEW;
import static org.casemgmt.closure.readiness.CompletionCriterion.DESTINATION_RECORDED;
import static org.casemgmt.closure.readiness.CompletionCriterion.EXIT_ASSESSMENTS_DONE;
import static org.casemgmt.closure.readiness.CompletionCriterion.FOLLOW_UP_CONSENT_RECORDED;
import static org.casemgmt.closure.readiness.CompletionCriterion.GOALS_RESOLVED;
import static org.casemgmt.closure.readiness.CompletionCriterion.REFERRALS_RESOLVED;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.casemgmt.closure.progress.CaseProgress;
import org.casemgmt.closure.progress.TrackedGoal;
import org.junit.jupiter.api.Test;

/** What a case worker sees missing before asking to close, criterion by criterion. */
class ClosureReadinessTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final ExitPreparation PLANNED = new ExitPreparation(true, true, Set.of());

    private final CaseProgress progress = new CaseProgress();

    private CriterionCheck only(CompletionCriterion criterion, ExitPreparation exit) {
        Readiness readiness = ClosureReadiness.of(List.of(criterion), progress, exit);
        assertThat(readiness.checks()).hasSize(1);
        return readiness.checks().getFirst();
    }

    @Test
    void aCaseWithEveryGoalResolvedMeetsTheGoalsCriterion() {
        progress.goalResolved("goal-1", "HOUSING", TrackedGoal.State.ACHIEVED);
        progress.goalResolved("goal-2", "INCOME", TrackedGoal.State.ABANDONED);

        assertThat(only(GOALS_RESOLVED, PLANNED))
                .isEqualTo(new CriterionCheck(GOALS_RESOLVED, true, List.of(), null));
    }

    @Test
    void aCaseNoneOfWhoseGoalsClosureHasHeardOfDoesNotMeetTheGoalsCriterion() {
        CriterionCheck check = only(GOALS_RESOLVED, PLANNED);

        assertThat(check.met()).isFalse();
        assertThat(check.pending()).isEmpty();
        assertThat(check.detail()).startsWith("no goal of the case is known yet");
    }

    @Test
    void openGoalsAreMissingByIdWithWhatToDoAboutThem() {
        progress.goalSet("goal-1", "HOUSING");
        progress.goalSet("goal-2", "INCOME");
        progress.goalResolved("goal-3", "HEALTH", TrackedGoal.State.ACHIEVED);

        CriterionCheck check = only(GOALS_RESOLVED, PLANNED);

        assertThat(check.met()).isFalse();
        assertThat(check.pending()).containsExactly("goal-1", "goal-2");
        assertThat(check.detail())
                .isEqualTo("2 goals still open: record their achievement, or abandon them in planning");
    }

    @Test
    void aCaseWithNoOpenReferralMeetsTheReferralsCriterion() {
        progress.referralChanged("referral-1", "service-1", "completed", AT);
        progress.referralChanged("referral-2", "service-2", "rejected", AT);

        assertThat(only(REFERRALS_RESOLVED, PLANNED))
                .isEqualTo(new CriterionCheck(REFERRALS_RESOLVED, true, List.of(), null));
    }

    @Test
    void openReferralsAreMissingUnlessTheTransitionPlanHandsThemOver() {
        progress.referralChanged("referral-1", "service-1", "in-progress", AT);
        progress.referralChanged("referral-2", "service-2", "accepted", AT);
        ExitPreparation handingOverOne = new ExitPreparation(true, true, Set.of("referral-2"));

        CriterionCheck check = only(REFERRALS_RESOLVED, handingOverOne);

        assertThat(check.met()).isFalse();
        assertThat(check.pending()).containsExactly("referral-1");
        assertThat(check.detail()).isEqualTo("1 referral still open: close them with the provider, or hand them "
                + "over in the transition plan");
    }

    @Test
    void referralsAllHandedOverMeetTheReferralsCriterion() {
        progress.referralChanged("referral-1", "service-1", "in-progress", AT);

        assertThat(only(REFERRALS_RESOLVED, new ExitPreparation(true, true, Set.of("referral-1"))).met()).isTrue();
    }

    @Test
    void everyInstrumentAdministeredAgainMeetsTheExitAssessmentCriterion() {
        progress.assessmentScored("PHQ-9", 18, AT);
        progress.assessmentScored("PHQ-9", 7, AT.plusSeconds(86_400));

        assertThat(only(EXIT_ASSESSMENTS_DONE, PLANNED))
                .isEqualTo(new CriterionCheck(EXIT_ASSESSMENTS_DONE, true, List.of(), null));
    }

    @Test
    void instrumentsAdministeredOnceOnlyAreMissingTheirExitAssessment() {
        progress.assessmentScored("PHQ-9", 18, AT);
        progress.assessmentScored("PHQ-9", 7, AT.plusSeconds(86_400));
        progress.assessmentScored("GAD-7", 15, AT);

        CriterionCheck check = only(EXIT_ASSESSMENTS_DONE, PLANNED);

        assertThat(check.met()).isFalse();
        assertThat(check.pending()).containsExactly("GAD-7");
        assertThat(check.detail()).isEqualTo("1 instrument administered once only: administer each again as the "
                + "exit assessment");
    }

    @Test
    void aRecordedDestinationMeetsTheDestinationCriterionAndNoneIsMissing() {
        assertThat(only(DESTINATION_RECORDED, new ExitPreparation(true, false, Set.of())))
                .isEqualTo(new CriterionCheck(DESTINATION_RECORDED, true, List.of(), null));
        assertThat(only(DESTINATION_RECORDED, new ExitPreparation(false, true, Set.of())))
                .isEqualTo(new CriterionCheck(DESTINATION_RECORDED, false, List.of(),
                        "no exit destination: record it in the transition plan"));
    }

    @Test
    void theClientsAnswerToFollowUpsMeetsTheConsentCriterionAndNoAnswerIsMissing() {
        assertThat(only(FOLLOW_UP_CONSENT_RECORDED, new ExitPreparation(false, true, Set.of())))
                .isEqualTo(new CriterionCheck(FOLLOW_UP_CONSENT_RECORDED, true, List.of(), null));
        assertThat(only(FOLLOW_UP_CONSENT_RECORDED, new ExitPreparation(true, false, Set.of())))
                .isEqualTo(new CriterionCheck(FOLLOW_UP_CONSENT_RECORDED, false, List.of(), "the client's answer to "
                        + "follow-up contacts is not recorded in the transition plan"));
    }

    @Test
    void onlyALastReviewRecommendingClosureMeetsTheReviewCriterion() {
        CriterionCheck noReview = only(CLOSURE_RECOMMENDED_BY_REVIEW, PLANNED);
        progress.reviewCompleted("RECOMMEND_CLOSURE", AT);
        CriterionCheck recommended = only(CLOSURE_RECOMMENDED_BY_REVIEW, PLANNED);
        progress.reviewCompleted("CONTINUE", AT.plusSeconds(60));
        CriterionCheck continued = only(CLOSURE_RECOMMENDED_BY_REVIEW, PLANNED);

        assertThat(noReview).isEqualTo(new CriterionCheck(CLOSURE_RECOMMENDED_BY_REVIEW, false, List.of(),
                "the last case review did not recommend closure"));
        assertThat(recommended).isEqualTo(new CriterionCheck(CLOSURE_RECOMMENDED_BY_REVIEW, true, List.of(), null));
        assertThat(continued.met()).isFalse();
    }

    @Test
    void aCaseMeetingEveryCriterionIsReadyWithNothingMissing() {
        progress.goalResolved("goal-1", "HOUSING", TrackedGoal.State.ACHIEVED);
        progress.referralChanged("referral-1", "service-1", "completed", AT);
        progress.assessmentScored("PHQ-9", 18, AT);
        progress.assessmentScored("PHQ-9", 7, AT.plusSeconds(60));
        progress.reviewCompleted("RECOMMEND_CLOSURE", AT);

        Readiness readiness = ClosureReadiness.of(List.of(CompletionCriterion.values()), progress, PLANNED);

        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.missing()).isEmpty();
        assertThat(readiness.checks()).hasSize(CompletionCriterion.values().length).allMatch(CriterionCheck::met);
    }

    @Test
    void oneCriterionMissingMakesTheCaseNotReadyAndIsTheOnlyOneNamed() {
        progress.goalSet("goal-1", "HOUSING");

        Readiness readiness = ClosureReadiness.of(List.of(GOALS_RESOLVED, DESTINATION_RECORDED), progress, PLANNED);

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.missing()).containsExactly(GOALS_RESOLVED);
    }

    @Test
    void checksComeInTheProgramsOrderAndACriterionListedTwiceIsCheckedOnce() {
        progress.goalResolved("goal-1", "HOUSING", TrackedGoal.State.ACHIEVED);
        Readiness readiness = ClosureReadiness.of(List.of(FOLLOW_UP_CONSENT_RECORDED, GOALS_RESOLVED,
                DESTINATION_RECORDED, FOLLOW_UP_CONSENT_RECORDED, GOALS_RESOLVED), progress,
                ExitPreparation.NOTHING_YET);

        assertThat(readiness.checks()).extracting(CriterionCheck::criterion)
                .containsExactly(FOLLOW_UP_CONSENT_RECORDED, GOALS_RESOLVED, DESTINATION_RECORDED);
        assertThat(readiness.missing()).containsExactly(FOLLOW_UP_CONSENT_RECORDED, DESTINATION_RECORDED);
    }

    @Test
    void aProgramWithoutCriteriaIsReadyAtOnce() {
        Readiness readiness = ClosureReadiness.of(List.of(), progress, ExitPreparation.NOTHING_YET);

        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.checks()).isEmpty();
    }

    @Test
    void beforeAnyTransitionPlanNeitherDestinationNorFollowUpAnswerIsRecordedAndNothingIsHandedOver() {
        assertThat(ExitPreparation.NOTHING_YET)
                .isEqualTo(new ExitPreparation(false, false, Set.of()));
    }
}
