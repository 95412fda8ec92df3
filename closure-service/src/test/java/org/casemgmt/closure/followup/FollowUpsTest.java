package org.casemgmt.closure.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.casemgmt.closure.destination.DestinationCategory;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Follow-up contacts after closure: when they fall due, when they are missed, and what the worker records. */
class FollowUpsTest {

    private static final Instant CLOSED = Instant.parse("2026-04-15T10:00:00Z");
    private static final Duration GRACE = Duration.ofDays(14);
    private static final FollowUpPolicy POLICY = new FollowUpPolicy(
            List.of(Duration.ofDays(30), Duration.ofDays(90)), GRACE);
    private static final Instant FIRST_DUE = CLOSED.plus(Duration.ofDays(30));
    private static final Instant SECOND_DUE = CLOSED.plus(Duration.ofDays(90));
    private static final FollowUpOutcome HOUSED = new FollowUpOutcome(FollowUpResult.COMPLETED, ContactMethod.PHONE,
            true, true, DestinationCategory.PERMANENT, "Still in her flat");
    private static final FollowUpOutcome NO_ANSWER = new FollowUpOutcome(FollowUpResult.UNABLE_TO_CONTACT,
            ContactMethod.PHONE, false, null, null, "Three calls, no answer");

    private final AtomicInteger ids = new AtomicInteger();
    private final Supplier<String> newId = () -> "follow-up-" + ids.incrementAndGet();
    private final FollowUps followUps = new FollowUps();

    private FollowUps scheduled() {
        followUps.schedule(1, CLOSED, POLICY, newId);
        return followUps;
    }

    @Test
    void theDefaultPolicyFollowsUpAt30_90And180DaysAndCountsOneMissedTwoWeeksAfter() {
        assertThat(FollowUpPolicy.DEFAULT.intervals())
                .containsExactly(Duration.ofDays(30), Duration.ofDays(90), Duration.ofDays(180));
        assertThat(FollowUpPolicy.DEFAULT.missedAfter()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void aClosureSchedulesOneFollowUpPerIntervalInOrder() {
        List<FollowUp> scheduled = followUps.schedule(1, CLOSED, POLICY, newId);

        assertThat(scheduled).containsExactly(
                new FollowUp("follow-up-1", 1, 1, FIRST_DUE, FollowUpStatus.SCHEDULED, null, null, null, null, null),
                new FollowUp("follow-up-2", 1, 2, SECOND_DUE, FollowUpStatus.SCHEDULED, null, null, null, null, null));
        assertThat(followUps.all()).isEqualTo(scheduled);
        assertThat(followUps.of(1)).isEqualTo(scheduled);
        assertThat(followUps.of(2)).isEmpty();
    }

    @Test
    void aProgramWithoutIntervalsSchedulesNoFollowUp() {
        assertThat(followUps.schedule(1, CLOSED, new FollowUpPolicy(List.of(), GRACE), newId)).isEmpty();
        assertThat(followUps.nextMoment(GRACE)).isEmpty();
    }

    @Test
    void eachEpisodeKeepsItsOwnFollowUps() {
        followUps.schedule(1, CLOSED, POLICY, newId);
        Instant secondClosure = CLOSED.plus(Duration.ofDays(200));

        followUps.schedule(2, secondClosure, POLICY, newId);

        assertThat(followUps.of(2)).extracting(FollowUp::followUpId, FollowUp::sequence, FollowUp::dueAt)
                .containsExactly(tuple("follow-up-3", 1,
                        secondClosure.plus(Duration.ofDays(30))), tuple("follow-up-4",
                        2, secondClosure.plus(Duration.ofDays(90))));
        assertThat(followUps.all()).hasSize(4);
    }

    @Test
    void nothingIsDueBeforeItsDayAndAtItsMomentItIsDueOnce() {
        scheduled();

        assertThat(followUps.due(FIRST_DUE.minusSeconds(1), GRACE)).isEmpty();
        List<FollowUps.Transition> due = followUps.due(FIRST_DUE, GRACE);

        assertThat(due).singleElement().satisfies(transition -> {
            assertThat(transition.kind()).isEqualTo(FollowUps.Transition.Kind.DUE);
            assertThat(transition.followUp().followUpId()).isEqualTo("follow-up-1");
            assertThat(transition.followUp().status()).isEqualTo(FollowUpStatus.DUE);
            assertThat(transition.followUp().dueNoticedAt()).isEqualTo(FIRST_DUE);
        });
        assertThat(followUps.due(FIRST_DUE, GRACE)).as("a second call at the same moment announces nothing")
                .isEmpty();
        assertThat(followUps.find("follow-up-2").status()).isEqualTo(FollowUpStatus.SCHEDULED);
    }

    @Test
    void aDueFollowUpWithoutResultIsMissedWhenItsGracePeriodEndsOnce() {
        scheduled();
        followUps.due(FIRST_DUE, GRACE);
        Instant graceEnds = FIRST_DUE.plus(GRACE);

        assertThat(followUps.due(graceEnds.minusSeconds(1), GRACE)).isEmpty();
        List<FollowUps.Transition> missed = followUps.due(graceEnds, GRACE);

        assertThat(missed).singleElement().satisfies(transition -> {
            assertThat(transition.kind()).isEqualTo(FollowUps.Transition.Kind.MISSED);
            assertThat(transition.followUp().status()).isEqualTo(FollowUpStatus.MISSED);
            assertThat(transition.followUp().dueNoticedAt()).isEqualTo(FIRST_DUE);
            assertThat(transition.followUp().missedAt()).isEqualTo(graceEnds);
            assertThat(transition.followUp().notReached()).isTrue();
            assertThat(transition.followUp().reached()).isFalse();
        });
        assertThat(followUps.due(graceEnds, GRACE)).isEmpty();
        assertThat(followUps.due(graceEnds.plus(Duration.ofDays(10)), GRACE)).isEmpty();
    }

    @Test
    void aTimerThatFiresLateAnnouncesTheFollowUpDueBeforeMissedAndEveryOneThatCameDue() {
        scheduled();

        List<FollowUps.Transition> transitions = followUps.due(SECOND_DUE, GRACE);

        assertThat(transitions).extracting(t -> t.followUp().followUpId(), FollowUps.Transition::kind)
                .containsExactly(tuple("follow-up-1", FollowUps.Transition.Kind.DUE),
                        tuple("follow-up-1", FollowUps.Transition.Kind.MISSED),
                        tuple("follow-up-2", FollowUps.Transition.Kind.DUE));
        assertThat(followUps.find("follow-up-1")).extracting(FollowUp::dueNoticedAt, FollowUp::missedAt)
                .containsExactly(SECOND_DUE, SECOND_DUE);
    }

    @Test
    void aResultRecordedWhileDueCompletesTheFollowUpWithWhoAndWhen() {
        scheduled();
        followUps.due(FIRST_DUE, GRACE);
        Instant called = FIRST_DUE.plus(Duration.ofDays(2));

        FollowUp recorded = followUps.record("follow-up-1", HOUSED, "worker.alex", called);

        assertThat(recorded).isEqualTo(new FollowUp("follow-up-1", 1, 1, FIRST_DUE, FollowUpStatus.COMPLETED,
                FIRST_DUE, null, HOUSED, "worker.alex", called));
        assertThat(recorded.reached()).isTrue();
        assertThat(recorded.notReached()).isFalse();
        assertThat(followUps.find("follow-up-1")).isEqualTo(recorded);
        assertThat(followUps.due(FIRST_DUE.plus(GRACE), GRACE)).as("a recorded follow-up is never missed").isEmpty();
    }

    @Test
    void aMissedFollowUpMayStillBeRecordedLateAndKeepsWhenItWasMissed() {
        scheduled();
        followUps.due(FIRST_DUE.plus(GRACE), GRACE);
        Instant late = FIRST_DUE.plus(Duration.ofDays(20));

        FollowUp recorded = followUps.record("follow-up-1", HOUSED, "worker.alex", late);

        assertThat(recorded.status()).isEqualTo(FollowUpStatus.COMPLETED);
        assertThat(recorded.missedAt()).isEqualTo(FIRST_DUE.plus(GRACE));
        assertThat(recorded.recordedAt()).isEqualTo(late);
        assertThat(recorded.reached()).isTrue();
        assertThat(recorded.notReached()).isFalse();
    }

    @Test
    void aClientWhoCouldNotBeReachedIsRecordedAsUnableToContactAndCountsAsNotReached() {
        scheduled();

        FollowUp recorded = followUps.record("follow-up-1", NO_ANSWER, "worker.alex", FIRST_DUE);

        assertThat(recorded.status()).isEqualTo(FollowUpStatus.UNABLE_TO_CONTACT);
        assertThat(recorded.reached()).isFalse();
        assertThat(recorded.notReached()).isTrue();
    }

    @Test
    void aDeclineIsByAClientWhoWasReached() {
        scheduled();

        assertThatThrownBy(() -> followUps.record("follow-up-2", new FollowUpOutcome(FollowUpResult.DECLINED,
                ContactMethod.PHONE, false, null, null, null), "worker.alex", FIRST_DUE))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("declined-but-not-reached"));
    }

    @Test
    void aClientWhoDeclinedIsRecordedAsDeclined() {
        scheduled();
        FollowUpOutcome declined = new FollowUpOutcome(FollowUpResult.DECLINED, ContactMethod.IN_PERSON_INDIVIDUAL,
                true, null, null, null);

        FollowUp recorded = followUps.record("follow-up-2", declined, "worker.alex", FIRST_DUE);

        assertThat(recorded.status()).isEqualTo(FollowUpStatus.DECLINED);
        assertThat(recorded.reached()).isTrue();
    }

    @Test
    void unableToContactButReachedIsRefused() {
        scheduled();
        FollowUpOutcome contradictory = new FollowUpOutcome(FollowUpResult.UNABLE_TO_CONTACT, ContactMethod.PHONE,
                true, null, null, null);

        assertThatThrownBy(() -> followUps.record("follow-up-1", contradictory, "worker.alex", FIRST_DUE))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("unable-to-contact-but-reached"));
        assertThat(followUps.find("follow-up-1").status()).isEqualTo(FollowUpStatus.SCHEDULED);
    }

    @Test
    void aResultIsRecordedOnceAndTheSecondIsRefusedNamingWhatItIs() {
        scheduled();
        followUps.record("follow-up-1", HOUSED, "worker.alex", FIRST_DUE);
        followUps.record("follow-up-2", NO_ANSWER, "worker.alex", SECOND_DUE);

        assertThatThrownBy(() -> followUps.record("follow-up-1", NO_ANSWER, "worker.sam", SECOND_DUE))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("follow-up-completed"));
        assertThatThrownBy(() -> followUps.record("follow-up-2", HOUSED, "worker.sam", SECOND_DUE))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("follow-up-unable-to-contact"));
        assertThat(followUps.find("follow-up-1").recordedBy()).isEqualTo("worker.alex");
    }

    @Test
    void aDeclinedFollowUpRefusesAnotherResult() {
        scheduled();
        followUps.record("follow-up-1", new FollowUpOutcome(FollowUpResult.DECLINED, ContactMethod.PHONE, true,
                null, null, null), "worker.alex", FIRST_DUE);

        assertThatThrownBy(() -> followUps.record("follow-up-1", HOUSED, "worker.alex", FIRST_DUE))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("follow-up-declined"));
    }

    @Test
    void anUnknownFollowUpIsNotFound() {
        scheduled();

        assertThatThrownBy(() -> followUps.record("follow-up-9", HOUSED, "worker.alex", FIRST_DUE))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.kind()).isEqualTo("follow-up");
                    assertThat(e.id()).isEqualTo("follow-up-9");
                });
    }

    @Test
    void aReopeningCancelsScheduledAndDueFollowUpsButLeavesMissedAndRecordedOnes() {
        followUps.schedule(1, CLOSED, new FollowUpPolicy(List.of(Duration.ofDays(10), Duration.ofDays(30),
                Duration.ofDays(45), Duration.ofDays(90)), GRACE), newId);
        followUps.record("follow-up-1", HOUSED, "worker.alex", CLOSED.plus(Duration.ofDays(10)));
        followUps.due(CLOSED.plus(Duration.ofDays(45)), GRACE);

        List<String> cancelled = followUps.cancelPending();

        assertThat(followUps.all()).extracting(FollowUp::status).containsExactly(FollowUpStatus.COMPLETED,
                FollowUpStatus.MISSED, FollowUpStatus.CANCELLED, FollowUpStatus.CANCELLED);
        assertThat(cancelled).containsExactly("follow-up-3", "follow-up-4");
        assertThat(followUps.find("follow-up-3").dueNoticedAt()).as("when it came due stays on file")
                .isEqualTo(CLOSED.plus(Duration.ofDays(45)));
        assertThat(followUps.cancelPending()).as("nothing left to cancel").isEmpty();
    }

    @Test
    void aCancelledFollowUpNeverFallsDueAndRefusesAResult() {
        scheduled();
        followUps.cancelPending();

        assertThat(followUps.due(SECOND_DUE.plus(GRACE), GRACE)).isEmpty();
        assertThatThrownBy(() -> followUps.record("follow-up-1", HOUSED, "worker.alex", FIRST_DUE))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("follow-up-cancelled"));
        assertThat(followUps.find("follow-up-1").notReached()).isFalse();
        assertThat(followUps.nextMoment(GRACE)).isEmpty();
    }

    @Test
    void aMissedFollowUpRecordedLateAfterAReopeningStillCounts() {
        scheduled();
        followUps.due(FIRST_DUE.plus(GRACE), GRACE);
        followUps.cancelPending();

        FollowUp recorded = followUps.record("follow-up-1", HOUSED, "worker.alex", SECOND_DUE);

        assertThat(recorded.status()).isEqualTo(FollowUpStatus.COMPLETED);
    }

    @Test
    void theNextMomentIsTheEarliestDueDateOrEndOfGraceStillToCome() {
        scheduled();
        assertThat(followUps.nextMoment(GRACE)).contains(FIRST_DUE);

        followUps.due(FIRST_DUE, GRACE);
        assertThat(followUps.nextMoment(GRACE)).as("the first one's grace ends before the second is due")
                .contains(FIRST_DUE.plus(GRACE));
        assertThat(followUps.nextMoment(Duration.ofDays(70))).as("unless the grace is longer")
                .contains(SECOND_DUE);

        followUps.due(FIRST_DUE.plus(GRACE), GRACE);
        assertThat(followUps.nextMoment(GRACE)).contains(SECOND_DUE);

        followUps.record("follow-up-2", HOUSED, "worker.alex", SECOND_DUE);
        assertThat(followUps.nextMoment(GRACE)).as("nothing is left to fall due or be missed").isEmpty();
    }

    @Test
    void aScheduledFollowUpIsNeitherReachedNorNotReachedYet() {
        FollowUp waiting = scheduled().find("follow-up-1");

        assertThat(waiting.reached()).isFalse();
        assertThat(waiting.notReached()).isFalse();
    }

    @Test
    void aCompletedContactThatDidNotReachTheClientCountsAsNotReached() {
        scheduled();
        FollowUpOutcome leftMessage = new FollowUpOutcome(FollowUpResult.COMPLETED, ContactMethod.EMAIL_OR_SOCIAL,
                false, null, null, null);

        FollowUp recorded = followUps.record("follow-up-1", leftMessage, "worker.alex", FIRST_DUE);

        assertThat(recorded.reached()).isFalse();
        assertThat(recorded.notReached()).isTrue();
    }

    @Test
    void onlyScheduledDueAndMissedFollowUpsAwaitAResult() {
        assertThat(FollowUpStatus.values()).filteredOn(FollowUpStatus::awaitsResult)
                .containsExactly(FollowUpStatus.SCHEDULED, FollowUpStatus.DUE, FollowUpStatus.MISSED);
    }

    @Test
    void eachResultGivesTheFollowUpTheStatusOfTheSameName() {
        assertThat(FollowUpResult.COMPLETED.status()).isEqualTo(FollowUpStatus.COMPLETED);
        assertThat(FollowUpResult.UNABLE_TO_CONTACT.status()).isEqualTo(FollowUpStatus.UNABLE_TO_CONTACT);
        assertThat(FollowUpResult.DECLINED.status()).isEqualTo(FollowUpStatus.DECLINED);
    }

    @Test
    void allFollowUpsCannotBeChangedFromOutside() {
        assertThat(scheduled().all()).isUnmodifiable();
    }
}
