package org.casemgmt.monitoring.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The schedule of reviews and the contact clock, as the events and the timer move them. */
class CaseReviewsTest {

    private static final Instant OPENED = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant APPROVED = OPENED.plus(Duration.ofDays(2));
    private static final ReviewPolicy POLICY = new ReviewPolicy(Duration.ofDays(30), Duration.ofDays(3),
            Duration.ofDays(14), Duration.ofDays(2));

    private final AtomicInteger ids = new AtomicInteger();
    private final Supplier<String> newId = () -> "review-" + ids.incrementAndGet();

    private CaseReviews opened() {
        CaseReviews reviews = CaseReviews.of("case-1");
        reviews.caseKnown("client-1", "agency-north", "worker.alex", "program-1", OPENED);
        return reviews;
    }

    @Test
    void theFirstReviewComesOneCadenceAfterThePlansApprovalOnce() {
        CaseReviews reviews = opened();

        ScheduledReview first = reviews.planApproved(APPROVED, POLICY, newId, APPROVED).orElseThrow();

        assertThat(first.dueAt()).isEqualTo(APPROVED.plus(Duration.ofDays(30)));
        assertThat(first.reason()).isEqualTo(CaseReviews.PLAN_APPROVED);
        assertThat(first.state()).isEqualTo("SCHEDULED");
        assertThat(reviews.planApproved(APPROVED.plusSeconds(60), POLICY, newId, APPROVED)).isEmpty();
        assertThat(reviews.getNext()).isEqualTo(first);
    }

    @Test
    void aCrossedThresholdBringsTheReviewForwardButNeverPutsItBack() {
        CaseReviews reviews = opened();
        reviews.planApproved(APPROVED, POLICY, newId, APPROVED);
        Instant crossed = APPROVED.plus(Duration.ofDays(5));

        ScheduledReview forward = reviews.thresholdCrossed(crossed, POLICY, newId, crossed).orElseThrow();

        assertThat(forward.reviewId()).isEqualTo("review-1");
        assertThat(forward.dueAt()).isEqualTo(crossed.plus(Duration.ofDays(2)));
        assertThat(forward.reason()).isEqualTo(CaseReviews.THRESHOLD_CROSSED);
        assertThat(reviews.thresholdCrossed(crossed.plusSeconds(3600), POLICY, newId, crossed)).isEmpty();
    }

    @Test
    void aThresholdBeforeAnyPlanSchedulesAReviewOfItsOwn() {
        CaseReviews reviews = opened();

        ScheduledReview review = reviews.thresholdCrossed(OPENED, POLICY, newId, OPENED).orElseThrow();

        assertThat(review.dueAt()).isEqualTo(OPENED.plus(Duration.ofDays(2)));
        assertThat(reviews.planApproved(APPROVED, POLICY, newId, APPROVED)).isEmpty();
    }

    @Test
    void aReviewIsDueAFewDaysBeforeOverdueAtItsTimeAndEachIsAnnouncedOnce() {
        CaseReviews reviews = opened();
        reviews.contactRecorded(APPROVED);
        reviews.planApproved(APPROVED, POLICY, newId, APPROVED);
        Instant dueAt = reviews.getNext().dueAt();
        reviews.rearm(POLICY);
        assertThat(reviews.getTimer().dueAt()).as("first the stale clock, 14 days after the last contact")
                .isEqualTo(APPROVED.plus(Duration.ofDays(14)));

        assertThat(reviews.due(dueAt.minus(Duration.ofDays(3)).minusSeconds(1), POLICY))
                .containsExactly(CaseReviews.Due.STALE);
        reviews.staleNoticed();
        reviews.rearm(POLICY);
        assertThat(reviews.getTimer().dueAt()).isEqualTo(dueAt.minus(Duration.ofDays(3)));
        assertThat(reviews.due(dueAt.minus(Duration.ofDays(3)), POLICY)).containsExactly(CaseReviews.Due.REVIEW_DUE);

        reviews.reviewDueNoticed(dueAt.minus(Duration.ofDays(3)));
        reviews.rearm(POLICY);
        assertThat(reviews.getNext().state()).isEqualTo("DUE");
        assertThat(reviews.getTimer().dueAt()).isEqualTo(dueAt);
        assertThat(reviews.due(dueAt, POLICY)).containsExactly(CaseReviews.Due.REVIEW_OVERDUE);

        reviews.reviewOverdueNoted(dueAt);
        reviews.rearm(POLICY);
        assertThat(reviews.getNext().state()).isEqualTo("OVERDUE");
        assertThat(reviews.due(dueAt.plus(Duration.ofDays(10)), POLICY)).isEmpty();
        assertThat(reviews.getTimer()).isNull();
    }

    @Test
    void aTimerMissedWhileDownAnnouncesEverythingThatCameDueAtOnce() {
        CaseReviews reviews = opened();
        reviews.planApproved(APPROVED, POLICY, newId, APPROVED);

        assertThat(reviews.due(APPROVED.plus(Duration.ofDays(60)), POLICY)).containsExactly(
                CaseReviews.Due.REVIEW_DUE, CaseReviews.Due.REVIEW_OVERDUE, CaseReviews.Due.STALE);
    }

    @Test
    void aNewContactRestartsTheStaleClockAndAnOlderOneDoesNot() {
        CaseReviews reviews = opened();
        Instant contact = OPENED.plus(Duration.ofDays(10));

        reviews.contactRecorded(contact);
        reviews.contactRecorded(contact.minus(Duration.ofDays(5)));

        assertThat(reviews.getLastContactAt()).isEqualTo(contact);
        assertThat(reviews.due(contact.plus(Duration.ofDays(14)).minusSeconds(1), POLICY)).isEmpty();
        assertThat(reviews.due(contact.plus(Duration.ofDays(14)), POLICY)).containsExactly(CaseReviews.Due.STALE);
        reviews.staleNoticed();
        assertThat(reviews.due(contact.plus(Duration.ofDays(40)), POLICY)).as("announced once per clock").isEmpty();
    }

    @Test
    void completingTheReviewRecordsItsOutcomeAndSchedulesTheNextOneCadenceLater() {
        CaseReviews reviews = opened();
        reviews.planApproved(APPROVED, POLICY, newId, APPROVED);
        Instant held = APPROVED.plus(Duration.ofDays(29));

        ScheduledReview next = reviews.complete("review-1", ReviewOutcome.REVISE_PLAN, "She wants to work",
                List.of(new Adjustment("ADD_GOAL", null, "EDUCATION_EMPLOYMENT", "A job")), "worker.alex", held,
                POLICY, newId);

        assertThat(reviews.getCompleted()).singleElement().satisfies(review -> {
            assertThat(review.outcome()).isEqualTo(ReviewOutcome.REVISE_PLAN);
            assertThat(review.completedBy()).isEqualTo("worker.alex");
            assertThat(review.dueAt()).isEqualTo(APPROVED.plus(Duration.ofDays(30)));
        });
        assertThat(next.reviewId()).isEqualTo("review-2");
        assertThat(next.dueAt()).isEqualTo(held.plus(Duration.ofDays(30)));
        assertThat(next.reason()).isEqualTo(CaseReviews.CADENCE);
    }

    @Test
    void onlyARevisionNamesAdjustmentsAndOnlyTheScheduledReviewIsCompletedOnce() {
        CaseReviews reviews = opened();
        reviews.planApproved(APPROVED, POLICY, newId, APPROVED);

        assertThatThrownBy(() -> reviews.complete("review-1", ReviewOutcome.REVISE_PLAN, null, List.of(),
                "worker.alex", APPROVED, POLICY, newId)).isInstanceOfSatisfying(RuleViolationException.class,
                refusal -> assertThat(refusal.slug()).isEqualTo("adjustments-and-outcome-disagree"));
        assertThatThrownBy(() -> reviews.complete("review-1", ReviewOutcome.CONTINUE, null,
                List.of(new Adjustment("ADD_GOAL", null, null, "x")), "worker.alex", APPROVED, POLICY, newId))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> reviews.complete("review-9", ReviewOutcome.CONTINUE, null, List.of(),
                "worker.alex", APPROVED, POLICY, newId)).isInstanceOf(ResourceNotFoundException.class);

        reviews.complete("review-1", ReviewOutcome.CONTINUE, null, null, "worker.alex", APPROVED, POLICY, newId);

        assertThatThrownBy(() -> reviews.complete("review-1", ReviewOutcome.CONTINUE, null, List.of(),
                "worker.alex", APPROVED, POLICY, newId)).isInstanceOfSatisfying(RuleViolationException.class,
                refusal -> assertThat(refusal.slug()).isEqualTo("review-already-completed"));
    }

    @Test
    void theScheduleIsFiledUnderItsCaseAndAgency() {
        CaseReviews reviews = opened();

        assertThat(reviews).extracting(CaseReviews::getCaseId, CaseReviews::getClientId, CaseReviews::getAgencyId,
                CaseReviews::getCaseManager, CaseReviews::getProgramId, CaseReviews::getVersion, CaseReviews::isClosed)
                .containsExactly("case-1", "client-1", "agency-north", "worker.alex", "program-1", null, false);
        assertThat(reviews.recordOnFile().resourceType()).isEqualTo("case reviews");
        assertThat(reviews.recordOnFile().agencyId()).isEqualTo("agency-north");
        assertThat(reviews.processedEvents().firstDelivery("e-1")).isTrue();
        assertThat(reviews.getOutbox()).isEmpty();
    }

    @Test
    void aReviewWithAnEmptyListOfAdjustmentsAsksForNone() {
        CaseReviews reviews = opened();
        reviews.planApproved(APPROVED, POLICY, newId, APPROVED);

        reviews.complete("review-1", ReviewOutcome.ESCALATE, null, List.of(), "worker.alex", APPROVED, POLICY, newId);

        assertThat(reviews.getCompleted().getFirst().adjustments()).isEmpty();
    }

    @Test
    void aClosedCaseHasNothingDueUntilItIsReopened() {
        CaseReviews reviews = opened();
        reviews.planApproved(APPROVED, POLICY, newId, APPROVED);

        reviews.closed();
        reviews.rearm(POLICY);

        assertThat(reviews.isClosed()).isTrue();
        assertThat(reviews.getTimer()).isNull();
        assertThat(reviews.due(APPROVED.plus(Duration.ofDays(90)), POLICY)).isEmpty();
        reviews.reopened();
        reviews.rearm(POLICY);
        assertThat(reviews.getTimer()).isNotNull();
    }

    @Test
    void aProgramsOwnRhythmReplacesTheDefaultsItSets() {
        ReviewPolicies policies = new ReviewPolicies(Duration.ofDays(30), Duration.ofDays(3), Duration.ofDays(30),
                Duration.ofDays(2), java.util.Map.of("youth", new ReviewPolicy.ProgramReviewPolicy(
                        Duration.ofDays(14), null, Duration.ofDays(7), null)));

        assertThat(policies.of("youth")).isEqualTo(new ReviewPolicy(Duration.ofDays(14), Duration.ofDays(3),
                Duration.ofDays(7), Duration.ofDays(2)));
        assertThat(policies.of("adults")).isEqualTo(policies.of(null));
        assertThatThrownBy(() -> new ReviewPolicy(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(1),
                Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
