package org.casemgmt.monitoring.review;

import java.time.Instant;

/**
 * The case's next review: scheduled → due (announced a few days before) → overdue (its time passed) → completed.
 *
 * @param reason         PLAN_APPROVED, CADENCE or THRESHOLD_CROSSED: what set its time
 * @param dueNoticedAt   when review.due was announced; null before
 * @param overdueNotedAt when review.overdue was announced; null before
 */
public record ScheduledReview(String reviewId, Instant dueAt, String reason, Instant scheduledAt,
                              Instant dueNoticedAt, Instant overdueNotedAt) {

    static ScheduledReview at(String reviewId, Instant dueAt, String reason, Instant scheduledAt) {
        return new ScheduledReview(reviewId, dueAt, reason, scheduledAt, null, null);
    }

    ScheduledReview dueNoticed(Instant at) {
        return new ScheduledReview(reviewId, dueAt, reason, scheduledAt, at, overdueNotedAt);
    }

    ScheduledReview overdueNoted(Instant at) {
        return new ScheduledReview(reviewId, dueAt, reason, scheduledAt, dueNoticedAt, at);
    }

    public String state() {
        return overdueNotedAt != null ? "OVERDUE" : dueNoticedAt != null ? "DUE" : "SCHEDULED";
    }
}
