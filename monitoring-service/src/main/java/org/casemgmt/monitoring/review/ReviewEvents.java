package org.casemgmt.monitoring.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.monitoring.v1.CaseStale;
import org.casemgmt.events.monitoring.v1.RequestedAdjustment;
import org.casemgmt.events.monitoring.v1.ReviewCompleted;
import org.casemgmt.events.monitoring.v1.ReviewDeadline;
import org.casemgmt.events.monitoring.v1.ReviewScheduled;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.stereotype.Component;

/**
 * The review events, keyed by case id. review.completed's summary and each adjustment's description are required
 * words in its v1 contract; they are written from the outcome and the kind, never from what the reviewer wrote about
 * the client, which planning reads from monitoring's API (an event outlives the client's erasure on its topic).
 */
@Component
class ReviewEvents {

    private final EventRecorder recorder;

    ReviewEvents(EventRecorder recorder) {
        this.recorder = recorder;
    }

    PendingEvent scheduled(CaseReviews reviews, ScheduledReview review) {
        return recorder.record(EventCatalog.REVIEW_SCHEDULED, reviews.getCaseId(), new ReviewScheduled(
                review.reviewId(), reviews.getCaseId(), reviews.getAgencyId(), reviews.getCaseManager(),
                review.dueAt(), review.reason(), review.scheduledAt()));
    }

    PendingEvent deadline(EventType<ReviewDeadline> dueOrOverdue, CaseReviews reviews, Instant at) {
        ScheduledReview review = reviews.getNext();
        return recorder.record(dueOrOverdue, reviews.getCaseId(), new ReviewDeadline(review.reviewId(),
                reviews.getCaseId(), reviews.getAgencyId(), reviews.getCaseManager(), review.dueAt(), at));
    }

    PendingEvent stale(CaseReviews reviews, ReviewPolicy policy, Instant at) {
        return recorder.record(EventCatalog.CASE_STALE, reviews.getCaseId(), new CaseStale(reviews.getCaseId(),
                reviews.getAgencyId(), reviews.getCaseManager(), reviews.getLastContactAt(),
                wholeDaysRoundedUp(policy.staleAfter()), at));
    }

    PendingEvent completed(CaseReviews reviews, CompletedReview review) {
        List<RequestedAdjustment> adjustments = review.adjustments().stream()
                .map(adjustment -> new RequestedAdjustment(adjustment.kind(), adjustment.goalId(),
                        adjustment.needDomain(), words(adjustment.kind()) + " (review " + review.reviewId()
                        + "; details in monitoring's API)"))
                .toList();
        return recorder.record(EventCatalog.REVIEW_COMPLETED, reviews.getCaseId(), new ReviewCompleted(
                review.reviewId(), reviews.getCaseId(), "Review outcome: " + words(review.outcome().name()),
                adjustments, review.completedBy(), review.completedAt(), review.outcome().name()));
    }

    /** The contract counts whole days; a limit of part of a day (a test program's seconds) counts as one. */
    private static int wholeDaysRoundedUp(Duration limit) {
        long days = limit.toDays();
        return (int) (limit.equals(Duration.ofDays(days)) ? days : days + 1);
    }

    private static String words(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
