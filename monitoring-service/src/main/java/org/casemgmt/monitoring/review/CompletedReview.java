package org.casemgmt.monitoring.review;

import java.time.Instant;
import java.util.List;

/**
 * A review that was held.
 *
 * @param notes the reviewer's words (personal: encrypted)
 */
public record CompletedReview(String reviewId, Instant dueAt, ReviewOutcome outcome, String notes,
                              List<Adjustment> adjustments, String completedBy, Instant completedAt) {

    public CompletedReview {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }
}
