package org.casemgmt.closure.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.casemgmt.closure.readiness.CompletionCriterion.DESTINATION_RECORDED;
import static org.casemgmt.closure.readiness.CompletionCriterion.EXIT_ASSESSMENTS_DONE;
import static org.casemgmt.closure.readiness.CompletionCriterion.FOLLOW_UP_CONSENT_RECORDED;
import static org.casemgmt.closure.readiness.CompletionCriterion.GOALS_RESOLVED;
import static org.casemgmt.closure.readiness.CompletionCriterion.REFERRALS_RESOLVED;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.casemgmt.closure.destination.DestinationCategory;
import org.casemgmt.closure.destination.ExitDestination;
import org.casemgmt.closure.followup.ContactMethod;
import org.casemgmt.closure.followup.FollowUp;
import org.casemgmt.closure.followup.FollowUpOutcome;
import org.casemgmt.closure.followup.FollowUpPolicy;
import org.casemgmt.closure.followup.FollowUpResult;
import org.casemgmt.closure.followup.FollowUpStatus;
import org.casemgmt.closure.followup.FollowUps;
import org.casemgmt.closure.outcome.ClosureOutcome;
import org.casemgmt.closure.outcome.EpisodeOutcome;
import org.casemgmt.closure.outcome.InstrumentMovement;
import org.casemgmt.closure.progress.TrackedGoal;
import org.casemgmt.closure.readiness.CompletionCriterion;
import org.casemgmt.closure.readiness.CriterionCheck;
import org.casemgmt.closure.readiness.Readiness;
import org.casemgmt.platform.domain.NotPermittedException;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.outbox.PendingEvent;
import org.junit.jupiter.api.Test;

/** A case's closure as the worker asks for it and the supervisor decides it, and what follows the closure. */
class ClosureCaseTest {

    private static final Instant OPENED = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant PLANNED = Instant.parse("2026-04-10T09:00:00Z");
    private static final Instant REQUESTED = Instant.parse("2026-04-14T09:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-04-15T09:00:00Z");
    private static final Instant REOPENED = Instant.parse("2026-06-01T09:00:00Z");
    private static final Duration GRACE = Duration.ofDays(14);
    private static final FollowUpPolicy POLICY = new FollowUpPolicy(
            List.of(Duration.ofDays(30), Duration.ofDays(90)), GRACE);
    private static final List<CompletionCriterion> CRITERIA = List.of(GOALS_RESOLVED, REFERRALS_RESOLVED,
            EXIT_ASSESSMENTS_DONE, DESTINATION_RECORDED, FOLLOW_UP_CONSENT_RECORDED);
    private static final String WORKER = "worker.alex";
    private static final String SUPERVISOR = "supervisor.kim";
    private static final FollowUpOutcome HOUSED = new FollowUpOutcome(FollowUpResult.COMPLETED, ContactMethod.PHONE,
            true, true, DestinationCategory.PERMANENT, null);

    private final AtomicInteger ids = new AtomicInteger();
    private final Supplier<String> newId = () -> "follow-up-" + ids.incrementAndGet();

    private static ClosureCase opened() {
        ClosureCase file = ClosureCase.started("case-1");
        file.opened("client-1", "agency-north", "program-1", "HIGH", WORKER, null, OPENED);
        file.startFirstEpisode();
        return file;
    }

    /** One goal achieved, one referral completed, one instrument administered at intake and at exit. */
    private static ClosureCase workDone() {
        ClosureCase file = opened();
        file.progress().goalSet("goal-1", "HOUSING");
        file.progress().goalResolved("goal-1", "HOUSING", TrackedGoal.State.ACHIEVED);
        file.progress().referralChanged("referral-1", "service-1", "completed", OPENED.plus(Duration.ofDays(20)));
        file.progress().assessmentScored("PHQ-9", 18, OPENED.plus(Duration.ofDays(1)));
        file.progress().assessmentScored("PHQ-9", 7, PLANNED);
        return file;
    }

    private static TransitionPlan plan(ClosureCase file, Boolean followUpsAgreed, List<String> handedOver) {
        return file.planTransition(ExitDestination.RENTAL_NO_SUBSIDY, followUpsAgreed, "Her sister", "Tenancy support",
                handedOver, WORKER, PLANNED);
    }

    private static ClosureCase readyToClose(Boolean followUpsAgreed) {
        ClosureCase file = workDone();
        plan(file, followUpsAgreed, List.of());
        return file;
    }

    private static ClosureCase requested(Boolean followUpsAgreed) {
        ClosureCase file = readyToClose(followUpsAgreed);
        file.requestClosure("closure-1", "GOALS_ACHIEVED", ClosureOutcome.GOALS_ACHIEVED, null, CRITERIA, WORKER,
                REQUESTED);
        return file;
    }

    private ClosureCase closedWithFollowUps() {
        ClosureCase file = requested(true);
        file.approve("closure-1", SUPERVISOR, true, CLOSED);
        file.scheduleFollowUps(POLICY, newId);
        return file;
    }

    private static String slugOf(Runnable change) {
        try {
            change.run();
        } catch (RuleViolationException refused) {
            return refused.slug();
        }
        throw new AssertionError("the change was not refused");
    }

    // opening

    @Test
    void anOpenedCaseIsOpenInItsFirstEpisodeFromItsOpeningHoweverOftenThatIsStarted() {
        ClosureCase file = opened();

        file.startFirstEpisode();

        assertThat(file.getStatus()).isEqualTo(ClosureCase.Status.OPEN);
        assertThat(file.getEpisodes()).containsExactly(new Episode(1, OPENED, null, null, null, null, null, null));
        assertThat(file.currentEpisode().isClosed()).isFalse();
        assertThat(file.lastClosedEpisode()).isEmpty();
        assertThat(file.getTimer()).isNull();
        assertThat(file.getTransition()).isEmpty();
        assertThat(file.getRequests()).isEmpty();
    }

    @Test
    void aCaseKnownOnlyFromOtherStagesHasNoEpisodeAndAnnouncesNoReadiness() {
        ClosureCase file = ClosureCase.started("case-1");
        file.progress().goalSet("goal-1", "HOUSING");

        file.startFirstEpisode();

        assertThat(file.getEpisodes()).isEmpty();
        assertThat(file.readinessToAnnounce(CRITERIA)).isEmpty();
        assertThatThrownBy(file::currentEpisode).isInstanceOfSatisfying(ResourceNotFoundException.class,
                e -> assertThat(e.id()).isEqualTo("case-1"));
    }

    // readiness

    @Test
    void readinessIsAnnouncedFirstThenOnlyWhenWhatIsMissingChanges() {
        ClosureCase file = opened();
        file.progress().goalSet("goal-1", "HOUSING");

        Readiness first = file.readinessToAnnounce(CRITERIA).orElseThrow();
        assertThat(first.ready()).isFalse();
        assertThat(first.missing()).containsExactly(GOALS_RESOLVED, DESTINATION_RECORDED, FOLLOW_UP_CONSENT_RECORDED);
        assertThat(file.readinessToAnnounce(CRITERIA)).as("nothing changed").isEmpty();

        file.progress().goalSet("goal-2", "INCOME");
        assertThat(file.readinessToAnnounce(CRITERIA)).as("another open goal, the same criterion missing").isEmpty();

        plan(file, true, List.of());
        assertThat(file.readinessToAnnounce(CRITERIA)).hasValueSatisfying(
                readiness -> assertThat(readiness.missing()).containsExactly(GOALS_RESOLVED));

        file.progress().goalResolved("goal-1", "HOUSING", TrackedGoal.State.ACHIEVED);
        file.progress().goalResolved("goal-2", "INCOME", TrackedGoal.State.ABANDONED);
        assertThat(file.readinessToAnnounce(CRITERIA)).hasValueSatisfying(readiness -> {
            assertThat(readiness.ready()).isTrue();
            assertThat(readiness.missing()).isEmpty();
        });
        assertThat(file.readinessToAnnounce(CRITERIA)).isEmpty();
    }

    @Test
    void aClosedCaseAnnouncesNoReadinessUntilItIsReopened() {
        ClosureCase file = requested(false);
        file.readinessToAnnounce(CRITERIA);
        file.approve("closure-1", SUPERVISOR, true, CLOSED);

        file.progress().goalSet("goal-2", "INCOME");
        assertThat(file.readinessToAnnounce(CRITERIA)).isEmpty();

        file.reopen("NEW_NEEDS", null, WORKER, REOPENED, GRACE);
        assertThat(file.readinessToAnnounce(CRITERIA)).hasValueSatisfying(readiness -> assertThat(
                readiness.missing()).containsExactly(GOALS_RESOLVED, DESTINATION_RECORDED,
                FOLLOW_UP_CONSENT_RECORDED));
    }

    @Test
    void aReopenedCaseAnnouncesItsReadinessAgainEvenWhenTheSameIsMissingAsBefore() {
        ClosureCase file = opened();
        file.progress().goalResolved("goal-1", "HOUSING", TrackedGoal.State.ACHIEVED);
        plan(file, false, List.of());
        file.readinessToAnnounce(CRITERIA);
        file.requestClosure("closure-1", "OTHER", ClosureOutcome.OTHER, null, CRITERIA, WORKER, REQUESTED);
        file.approve("closure-1", SUPERVISOR, true, CLOSED);

        file.reopen("CRISIS", null, WORKER, REOPENED, GRACE);
        plan(file, false, List.of());

        assertThat(file.readinessToAnnounce(CRITERIA)).hasValueSatisfying(
                readiness -> assertThat(readiness.ready()).isTrue());
    }

    // transition plan

    @Test
    void theTransitionPlanRecordsWhereTheClientGoesAndCountsTowardsReadiness() {
        ClosureCase file = opened();
        file.progress().goalResolved("goal-1", "HOUSING", TrackedGoal.State.ACHIEVED);
        file.progress().referralChanged("referral-1", "service-1", "in-progress", OPENED);

        TransitionPlan plan = plan(file, true, List.of("referral-1"));

        assertThat(plan).isEqualTo(new TransitionPlan(1, 410, true, "Her sister", "Tenancy support",
                List.of("referral-1"), WORKER, PLANNED));
        assertThat(file.getTransition()).contains(plan);
        assertThat(file.readiness(CRITERIA).checks()).filteredOn(CriterionCheck::met)
                .extracting(CriterionCheck::criterion).containsExactly(GOALS_RESOLVED, REFERRALS_RESOLVED,
                        EXIT_ASSESSMENTS_DONE, DESTINATION_RECORDED, FOLLOW_UP_CONSENT_RECORDED);
    }

    @Test
    void aPlanWithoutDestinationOrAnswerLeavesBothMissingAndANewPlanReplacesIt() {
        ClosureCase file = opened();
        file.progress().goalResolved("goal-1", "HOUSING", TrackedGoal.State.ACHIEVED);

        TransitionPlan undecided = file.planTransition(null, null, null, null, List.of(), WORKER, PLANNED);

        assertThat(undecided.destinationCode()).isNull();
        assertThat(undecided.followUpContactAgreed()).isNull();
        assertThat(file.readiness(CRITERIA).missing()).containsExactly(DESTINATION_RECORDED,
                FOLLOW_UP_CONSENT_RECORDED);

        file.planTransition(ExitDestination.NO_EXIT_INTERVIEW, false, null, null, List.of(), WORKER, REQUESTED);

        assertThat(file.getTransition()).hasValueSatisfying(plan -> {
            assertThat(plan.destinationCode()).isEqualTo(30);
            assertThat(plan.followUpContactAgreed()).isFalse();
            assertThat(plan.plannedAt()).isEqualTo(REQUESTED);
        });
        assertThat(file.readiness(CRITERIA).ready()).isTrue();
    }

    @Test
    void onlyOpenReferralsOfTheCaseAreHandedOver() {
        ClosureCase file = opened();
        file.progress().referralChanged("referral-open", "service-1", "accepted", OPENED);
        file.progress().referralChanged("referral-done", "service-2", "completed", OPENED);

        assertThatThrownBy(() -> plan(file, true, List.of("referral-open", "referral-done", "referral-unknown")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.slug()).isEqualTo("handover-of-referral-not-open");
                    assertThat(e.getMessage()).contains("referral-done, referral-unknown")
                            .doesNotContain("referral-open");
                });
        assertThat(file.getTransition()).isEmpty();
    }

    @Test
    void theTransitionPlanChangesOnlyWhileTheCaseIsOpen() {
        ClosureCase requested = requested(true);
        ClosureCase closed = requested(true);
        closed.approve("closure-1", SUPERVISOR, true, CLOSED);

        assertThat(slugOf(() -> plan(requested, false, List.of()))).isEqualTo("closure-requested");
        assertThat(slugOf(() -> plan(closed, false, List.of()))).isEqualTo("case-closed");
        assertThat(requested.getTransition()).hasValueSatisfying(
                plan -> assertThat(plan.followUpContactAgreed()).isTrue());
    }

    // request

    @Test
    void closureIsRequestedWithReasonOutcomeAndTheDestinationOfThePlan() {
        ClosureCase file = readyToClose(true);

        ClosureRequest request = file.requestClosure("closure-1", "GOALS_ACHIEVED", ClosureOutcome.GOALS_ACHIEVED,
                "no need", CRITERIA, WORKER, REQUESTED);

        assertThat(request).isEqualTo(new ClosureRequest("closure-1", 1, "GOALS_ACHIEVED",
                ClosureOutcome.GOALS_ACHIEVED, 410, List.of(), null, WORKER, REQUESTED,
                ClosureRequest.Decision.PENDING, null, null, null));
        assertThat(request.overridden()).as("an override is kept only when a criterion is missing").isFalse();
        assertThat(file.getStatus()).isEqualTo(ClosureCase.Status.CLOSURE_REQUESTED);
        assertThat(file.getRequests()).containsExactly(request);
        assertThat(file.request("closure-1")).contains(request);
        assertThat(file.request("closure-9")).isEmpty();
    }

    @Test
    void closureIsRefusedUntilTheExitDestinationIsRecorded() {
        ClosureCase noPlan = workDone();
        ClosureCase noDestination = workDone();
        noDestination.planTransition(null, true, null, null, List.of(), WORKER, PLANNED);

        for (ClosureCase file : List.of(noPlan, noDestination)) {
            assertThat(slugOf(() -> file.requestClosure("closure-1", "OTHER", ClosureOutcome.OTHER,
                    "the client moved away", CRITERIA, WORKER, REQUESTED))).isEqualTo("destination-not-recorded");
            assertThat(file.getStatus()).isEqualTo(ClosureCase.Status.OPEN);
            assertThat(file.getRequests()).isEmpty();
        }
    }

    @Test
    void closureIsRefusedWhileCriteriaAreUnmetAndNoOverrideIsGivenNamingWhatIsMissing() {
        ClosureCase file = opened();
        file.progress().goalSet("goal-1", "HOUSING");
        file.progress().assessmentScored("PHQ-9", 18, OPENED);
        plan(file, true, List.of());

        for (String noOverride : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> file.requestClosure("closure-1", "CLIENT_WITHDREW", ClosureOutcome.DISENGAGED,
                    noOverride, CRITERIA, WORKER, REQUESTED)).isInstanceOfSatisfying(RuleViolationException.class,
                    e -> {
                        assertThat(e.slug()).isEqualTo("closure-criteria-not-met");
                        assertThat(e.properties()).containsEntry("missing",
                                List.of("GOALS_RESOLVED", "EXIT_ASSESSMENTS_DONE"));
                    });
        }
        assertThat(file.getStatus()).isEqualTo(ClosureCase.Status.OPEN);
        assertThat(file.getRequests()).isEmpty();
    }

    @Test
    void closureWithUnmetCriteriaIsRequestedWithAnOverrideAndItsReason() {
        ClosureCase file = opened();
        file.progress().goalSet("goal-1", "HOUSING");
        plan(file, false, List.of());

        ClosureRequest request = file.requestClosure("closure-1", "CLIENT_WITHDREW", ClosureOutcome.DISENGAGED,
                "Client moved out of the area", CRITERIA, WORKER, REQUESTED);

        assertThat(request.unmetCriteria()).containsExactly("GOALS_RESOLVED");
        assertThat(request.overrideReason()).isEqualTo("Client moved out of the area");
        assertThat(request.overridden()).isTrue();
        assertThat(file.getStatus()).isEqualTo(ClosureCase.Status.CLOSURE_REQUESTED);
    }

    @Test
    void aSecondRequestWaitsForTheFirstDecisionAndAClosedCaseIsNotClosedAgain() {
        ClosureCase requested = requested(true);
        ClosureCase closed = requested(true);
        closed.approve("closure-1", SUPERVISOR, true, CLOSED);

        assertThatThrownBy(() -> requested.requestClosure("closure-2", "OTHER", ClosureOutcome.OTHER, null, CRITERIA,
                WORKER, REQUESTED)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.slug()).isEqualTo("closure-requested");
                    assertThat(e.getMessage()).contains("pending already");
                });
        assertThatThrownBy(() -> closed.requestClosure("closure-2", "OTHER", ClosureOutcome.OTHER, null, CRITERIA,
                WORKER, REQUESTED)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.slug()).isEqualTo("case-closed");
                    assertThat(e.getMessage()).isEqualTo("The case is closed already.");
                });
        assertThat(requested.getRequests()).hasSize(1);
    }

    // decision

    @Test
    void theRequesterCannotApproveOrRejectTheirOwnRequest() {
        ClosureCase file = requested(true);

        assertThatThrownBy(() -> file.approve("closure-1", WORKER, true, CLOSED))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.slug()).isEqualTo("four-eyes"));
        assertThatThrownBy(() -> file.reject("closure-1", WORKER, true, "no", CLOSED))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.slug()).isEqualTo("four-eyes"));
        assertThatThrownBy(() -> file.approve("closure-1", null, true, CLOSED))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.slug()).isEqualTo("four-eyes"));
        assertThat(file.getStatus()).isEqualTo(ClosureCase.Status.CLOSURE_REQUESTED);
        assertThat(file.request("closure-1").orElseThrow().decision()).isEqualTo(ClosureRequest.Decision.PENDING);
    }

    @Test
    void aColleagueWhoIsNotASupervisorCannotApproveOrReject() {
        ClosureCase file = requested(true);

        assertThatThrownBy(() -> file.approve("closure-1", "worker.sam", false, CLOSED))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.slug()).isEqualTo("supervisor-required"));
        assertThatThrownBy(() -> file.reject("closure-1", "worker.sam", false, "no", CLOSED))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.slug()).isEqualTo("supervisor-required"));
        assertThat(file.getStatus()).isEqualTo(ClosureCase.Status.CLOSURE_REQUESTED);
    }

    @Test
    void aSupervisorsApprovalClosesTheEpisode() {
        ClosureCase file = requested(true);

        ClosureRequest approved = file.approve("closure-1", SUPERVISOR, true, CLOSED);

        assertThat(approved.decision()).isEqualTo(ClosureRequest.Decision.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(SUPERVISOR);
        assertThat(approved.decidedAt()).isEqualTo(CLOSED);
        assertThat(approved.comment()).isNull();
        assertThat(file.getRequests()).containsExactly(approved);
        assertThat(file.getStatus()).isEqualTo(ClosureCase.Status.CLOSED);
        Episode episode = file.currentEpisode();
        assertThat(episode).isEqualTo(new Episode(1, OPENED, null, null, null, "closure-1", CLOSED, null));
        assertThat(episode.isClosed()).isTrue();
        assertThat(file.lastClosedEpisode()).contains(episode);
        assertThat(file.approvedRequestOf(episode)).contains(approved);
    }

    @Test
    void aRequestIsDecidedOnceAndAnUnknownOneIsNotFound() {
        ClosureCase file = requested(true);
        file.approve("closure-1", SUPERVISOR, true, CLOSED);

        assertThat(slugOf(() -> file.approve("closure-1", SUPERVISOR, true, CLOSED)))
                .isEqualTo("closure-already-decided");
        assertThat(slugOf(() -> file.reject("closure-1", SUPERVISOR, true, null, CLOSED)))
                .isEqualTo("closure-already-decided");
        assertThatThrownBy(() -> file.approve("closure-9", SUPERVISOR, true, CLOSED))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.id()).isEqualTo("closure-9"));
    }

    @Test
    void aRejectionReturnsTheCaseToOpenWithTheSupervisorsCommentAndTheWorkerMayAskAgain() {
        ClosureCase file = requested(true);

        ClosureRequest rejected = file.reject("closure-1", SUPERVISOR, true, "Wait for the tenancy to start",
                REQUESTED.plusSeconds(3600));

        assertThat(rejected.decision()).isEqualTo(ClosureRequest.Decision.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo(SUPERVISOR);
        assertThat(rejected.comment()).isEqualTo("Wait for the tenancy to start");
        assertThat(file.getStatus()).isEqualTo(ClosureCase.Status.OPEN);
        assertThat(file.currentEpisode().isClosed()).isFalse();
        assertThat(file.lastClosedEpisode()).isEmpty();
        assertThat(file.approvedRequestOf(file.currentEpisode())).isEmpty();
        assertThat(slugOf(() -> file.approve("closure-1", SUPERVISOR, true, CLOSED)))
                .isEqualTo("closure-already-decided");

        ClosureRequest again = file.requestClosure("closure-2", "GOALS_ACHIEVED", ClosureOutcome.GOALS_ACHIEVED,
                null, CRITERIA, WORKER, CLOSED);
        assertThat(again.episode()).isEqualTo(1);
        assertThat(file.getRequests()).extracting(ClosureRequest::closureId).containsExactly("closure-1",
                "closure-2");
    }

    // follow-ups

    @Test
    void aClientWhoAgreedIsFollowedUpAtEachIntervalAfterClosureAndTheTimerIsSetForTheFirst() {
        ClosureCase file = requested(true);
        file.approve("closure-1", SUPERVISOR, true, CLOSED);

        List<FollowUp> scheduled = file.scheduleFollowUps(POLICY, newId);

        assertThat(scheduled).extracting(FollowUp::episode, FollowUp::dueAt).containsExactly(
                tuple(1, CLOSED.plus(Duration.ofDays(30))),
                tuple(1, CLOSED.plus(Duration.ofDays(90))));
        assertThat(file.getFollowUps().all()).isEqualTo(scheduled);
        assertThat(file.getTimer().dueAt()).isEqualTo(CLOSED.plus(Duration.ofDays(30)));
    }

    @Test
    void aClientWhoDeclinedOrWasNotAskedIsNotFollowedUp() {
        ClosureCase declined = requested(false);
        declined.approve("closure-1", SUPERVISOR, true, CLOSED);
        ClosureCase notAsked = readyToClose(null);
        notAsked.requestClosure("closure-1", "OTHER", ClosureOutcome.OTHER, "Client left without notice", CRITERIA,
                WORKER, REQUESTED);
        notAsked.approve("closure-1", SUPERVISOR, true, CLOSED);

        assertThat(declined.scheduleFollowUps(POLICY, newId)).isEmpty();
        assertThat(notAsked.scheduleFollowUps(POLICY, newId)).isEmpty();
        assertThat(declined.getFollowUps().all()).isEmpty();
        assertThat(declined.getTimer()).isNull();
    }

    @Test
    void noFollowUpIsScheduledBeforeTheEpisodeCloses() {
        ClosureCase file = requested(true);

        assertThat(file.scheduleFollowUps(POLICY, newId)).isEmpty();
        assertThat(file.getTimer()).isNull();
    }

    @Test
    void theTimerFollowsTheNextFollowUpMoment() {
        ClosureCase file = closedWithFollowUps();
        Instant firstDue = CLOSED.plus(Duration.ofDays(30));

        List<FollowUps.Transition> due = file.followUpsDue(firstDue, GRACE);
        assertThat(due).extracting(FollowUps.Transition::kind).containsExactly(FollowUps.Transition.Kind.DUE);
        assertThat(file.getTimer().dueAt()).as("the end of its grace").isEqualTo(firstDue.plus(GRACE));

        FollowUp recorded = file.recordFollowUp("follow-up-1", HOUSED, WORKER, firstDue.plus(Duration.ofDays(1)),
                GRACE);
        assertThat(recorded.status()).isEqualTo(FollowUpStatus.COMPLETED);
        assertThat(file.getTimer().dueAt()).as("the second one's due date")
                .isEqualTo(CLOSED.plus(Duration.ofDays(90)));

        file.followUpsDue(CLOSED.plus(Duration.ofDays(90)).plus(GRACE), GRACE);
        assertThat(file.getTimer()).as("nothing left to fall due").isNull();
    }

    // outcome

    @Test
    void theClosedEpisodeIsEvaluatedAtClosureAndEachFurtherEvaluationIsTheNextRevision() {
        ClosureCase file = closedWithFollowUps();

        EpisodeOutcome first = file.evaluate(CLOSED);

        assertThat(first.episode()).isEqualTo(1);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.outcome()).isEqualTo(ClosureOutcome.GOALS_ACHIEVED);
        assertThat(first.reason()).isEqualTo("GOALS_ACHIEVED");
        assertThat(first.destinationCode()).isEqualTo(410);
        assertThat(first.destinationCategory()).isEqualTo(DestinationCategory.PERMANENT);
        assertThat(first.daysOpen()).isEqualTo(100);
        assertThat(first.goalsMet()).isEqualTo(1);
        assertThat(first.referralsCompleted()).isEqualTo(1);
        assertThat(first.followUpsScheduled()).isEqualTo(2);
        assertThat(first.followUpsReached()).isZero();
        assertThat(first.closedAt()).isEqualTo(CLOSED);
        assertThat(file.currentEpisode().evaluation()).isEqualTo(first);

        Instant recordedAt = CLOSED.plus(Duration.ofDays(31));
        FollowUp recorded = file.recordFollowUp("follow-up-1", HOUSED, WORKER, recordedAt, GRACE);
        EpisodeOutcome second = file.reevaluateAfterFollowUp(recorded, recordedAt).orElseThrow();

        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.followUpsReached()).isEqualTo(1);
        assertThat(second.evaluatedAt()).isEqualTo(recordedAt);
        assertThat(file.evaluate(recordedAt).revision()).isEqualTo(3);
        assertThat(file.currentEpisode().evaluation().revision()).isEqualTo(3);
    }

    @Test
    void anEpisodeStillOpenIsNotEvaluated() {
        ClosureCase file = requested(true);

        assertThat(slugOf(() -> file.evaluate(REQUESTED))).isEqualTo("episode-not-closed");
    }

    @Test
    void anAssessmentOfTheEpisodeThatArrivesAfterItsClosureIsEvaluatedAsTheNextRevision() {
        ClosureCase file = requested(true);
        file.approve("closure-1", SUPERVISOR, true, CLOSED);
        file.evaluate(CLOSED);
        Instant arrived = CLOSED.plus(Duration.ofMinutes(2));
        Instant administered = REQUESTED.minus(Duration.ofHours(1));
        file.progress().assessmentScored("GAD-7", 12, OPENED.plus(Duration.ofDays(2)));
        file.progress().assessmentScored("GAD-7", 4, administered);

        EpisodeOutcome reevaluated = file.reevaluateAfterLateEvidence(administered, arrived).orElseThrow();

        assertThat(reevaluated.revision()).isEqualTo(2);
        assertThat(reevaluated.evaluatedAt()).isEqualTo(arrived);
        assertThat(reevaluated.instrumentChanges()).extracting(InstrumentMovement::instrumentId)
                .containsExactlyInAnyOrder("PHQ-9", "GAD-7");
        assertThat(file.currentEpisode().evaluation()).isEqualTo(reevaluated);
    }

    @Test
    void evidenceOfATimeAfterTheClosureOrBeforeTheOpeningIsNotTheEpisodes() {
        ClosureCase file = requested(true);
        file.approve("closure-1", SUPERVISOR, true, CLOSED);
        file.evaluate(CLOSED);

        assertThat(file.reevaluateAfterLateEvidence(CLOSED.plusSeconds(1), CLOSED.plusSeconds(5))).isEmpty();
        assertThat(file.reevaluateAfterLateEvidence(OPENED.minusSeconds(1), CLOSED.plusSeconds(5))).isEmpty();
        assertThat(file.reevaluateAfterLateEvidence(CLOSED, CLOSED.plusSeconds(5))).isPresent();
        assertThat(file.currentEpisode().evaluation().revision()).isEqualTo(2);
    }

    @Test
    void evidenceBeforeAnyEvaluationChangesNoEvaluation() {
        assertThat(requested(true).reevaluateAfterLateEvidence(PLANNED, REQUESTED)).isEmpty();
        ClosureCase closedNotEvaluated = requested(true);
        closedNotEvaluated.approve("closure-1", SUPERVISOR, true, CLOSED);
        assertThat(closedNotEvaluated.reevaluateAfterLateEvidence(PLANNED, CLOSED)).isEmpty();
    }

    @Test
    void aFollowUpResultOfAnEarlierEpisodeDoesNotReEvaluateTheLatestOne() {
        ClosureCase file = closedWithFollowUps();
        file.evaluate(CLOSED);
        FollowUp ofAnotherEpisode = new FollowUp("follow-up-x", 2, 1, CLOSED, FollowUpStatus.COMPLETED, null, null,
                HOUSED, WORKER, CLOSED);

        assertThat(file.reevaluateAfterFollowUp(ofAnotherEpisode, CLOSED)).isEmpty();
        assertThat(file.currentEpisode().evaluation().revision()).isEqualTo(1);
    }

    // re-opening

    @Test
    void onlyAClosedCaseIsReopened() {
        assertThat(slugOf(() -> opened().reopen("NEW_NEEDS", null, WORKER, REOPENED, GRACE))).isEqualTo("case-open");
        assertThat(slugOf(() -> requested(true).reopen("NEW_NEEDS", null, WORKER, REOPENED, GRACE)))
                .isEqualTo("closure-requested");
    }

    @Test
    void reopeningStartsANewEpisodeCancelsPendingFollowUpsAndClearsTheTransitionPlan() {
        ClosureCase file = closedWithFollowUps();
        file.evaluate(CLOSED);

        List<String> cancelled = file.reopen("SAME_NEEDS_RETURNED", "Lost her tenancy", WORKER, REOPENED, GRACE);

        assertThat(cancelled).containsExactly("follow-up-1", "follow-up-2");
        assertThat(file.getFollowUps().all()).extracting(FollowUp::status)
                .containsOnly(FollowUpStatus.CANCELLED);
        assertThat(file.getStatus()).isEqualTo(ClosureCase.Status.OPEN);
        assertThat(file.currentEpisode()).isEqualTo(new Episode(2, REOPENED, WORKER, "SAME_NEEDS_RETURNED",
                "Lost her tenancy", null, null, null));
        assertThat(file.getEpisodes()).hasSize(2);
        assertThat(file.lastClosedEpisode()).hasValueSatisfying(closed -> {
            assertThat(closed.number()).isEqualTo(1);
            assertThat(closed.evaluation().revision()).isEqualTo(1);
        });
        assertThat(file.getTransition()).isEmpty();
        assertThat(file.getTimer()).isNull();
        assertThat(slugOf(() -> file.requestClosure("closure-2", "OTHER", ClosureOutcome.OTHER, "override",
                CRITERIA, WORKER, REOPENED))).as("the new episode needs its own destination")
                .isEqualTo("destination-not-recorded");
        assertThat(slugOf(() -> file.evaluate(REOPENED))).isEqualTo("episode-not-closed");
    }

    @Test
    void aMissedFollowUpSurvivesTheReopeningAndMayStillBeRecordedLate() {
        ClosureCase file = closedWithFollowUps();
        file.followUpsDue(CLOSED.plus(Duration.ofDays(30)).plus(GRACE), GRACE);

        List<String> cancelled = file.reopen("CRISIS", null, WORKER, REOPENED, GRACE);

        assertThat(cancelled).containsExactly("follow-up-2");
        assertThat(file.getFollowUps().find("follow-up-1").status()).isEqualTo(FollowUpStatus.MISSED);
        FollowUp late = file.recordFollowUp("follow-up-1", HOUSED, WORKER, REOPENED.plusSeconds(60), GRACE);
        assertThat(late.status()).isEqualTo(FollowUpStatus.COMPLETED);
        assertThat(file.reevaluateAfterFollowUp(late, REOPENED.plusSeconds(60)))
                .as("the episode it follows is re-evaluated, though the case is open again")
                .hasValueSatisfying(outcome -> assertThat(outcome.episode()).isEqualTo(1));
    }

    @Test
    void theSecondEpisodeClosesAndIsFollowedUpAndEvaluatedOnItsOwn() {
        ClosureCase file = closedWithFollowUps();
        file.reopen("NEW_NEEDS", null, WORKER, REOPENED, GRACE);
        file.planTransition(ExitDestination.FAMILY_PERMANENT, true, null, null, List.of(), WORKER, REOPENED);
        Instant closedAgain = REOPENED.plus(Duration.ofDays(10));

        ClosureRequest request = file.requestClosure("closure-2", "GOALS_ACHIEVED", ClosureOutcome.GOALS_ACHIEVED,
                null, CRITERIA, WORKER, closedAgain);
        file.approve("closure-2", SUPERVISOR, true, closedAgain);
        List<FollowUp> scheduled = file.scheduleFollowUps(POLICY, newId);
        EpisodeOutcome outcome = file.evaluate(closedAgain);

        assertThat(request.episode()).isEqualTo(2);
        assertThat(request.destinationCode()).isEqualTo(422);
        assertThat(scheduled).extracting(FollowUp::episode).containsOnly(2);
        assertThat(file.getTimer().dueAt()).isEqualTo(closedAgain.plus(Duration.ofDays(30)));
        assertThat(outcome.episode()).isEqualTo(2);
        assertThat(outcome.revision()).as("the new episode's first evaluation").isEqualTo(1);
        assertThat(outcome.daysOpen()).isEqualTo(10);
        assertThat(outcome.followUpsScheduled()).as("the first episode's cancelled ones do not count").isEqualTo(2);
        assertThat(file.lastClosedEpisode()).hasValueSatisfying(e -> assertThat(e.number()).isEqualTo(2));
    }

    @Test
    void aLateResultForTheLatestClosedEpisodeOfAReopenedCaseReEvaluatesThatEpisode() {
        ClosureCase file = closedWithFollowUps();
        file.evaluate(CLOSED);
        file.followUpsDue(CLOSED.plus(Duration.ofDays(30)).plus(GRACE), GRACE);
        file.reopen("CRISIS", null, WORKER, REOPENED, GRACE);

        FollowUp late = file.recordFollowUp("follow-up-1", HOUSED, WORKER, REOPENED.plusSeconds(60), GRACE);

        assertThat(file.reevaluateAfterFollowUp(late, REOPENED.plusSeconds(60))).hasValueSatisfying(outcome -> {
            assertThat(outcome.episode()).isEqualTo(1);
            assertThat(outcome.revision()).isEqualTo(2);
            assertThat(outcome.followUpsReached()).isEqualTo(1);
        });
    }

    // what else the file keeps

    @Test
    void theFileKeepsTheReturnItCameFromAndTheEventsStillToPublish() {
        ClosureCase file = opened();
        ReturnLink link = new ReturnLink(ReturnLink.NEW_CASE, "case-0", 1, "program-1", OPENED.minus(
                Duration.ofDays(60)), "PERMANENT", OPENED, 60, 6);
        PendingEvent event = new PendingEvent("event-1", "closure.requested", "type", "closure-service", "case-1",
                null, OPENED, "{}", null, null);

        file.returnedFrom(link);
        file.publish(event);

        assertThat(file.getReturnedFrom()).isEqualTo(link);
        assertThat(file.getOutbox()).containsExactly(event);
        assertThat(file.getCaseId()).isEqualTo("case-1");
        assertThat(file.getProgramId()).isEqualTo("program-1");
    }
}
