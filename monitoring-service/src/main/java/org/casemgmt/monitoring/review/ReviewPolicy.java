package org.casemgmt.monitoring.review;

import java.time.Duration;

/**
 * A program's rhythm of reviews.
 *
 * @param reviewEvery           from one review (or the plan's approval) to the next
 * @param reviewDueNotice       how long before a review it is announced as due
 * @param staleAfter            how long without any contact a case goes stale
 * @param thresholdReviewWithin how soon after a crossed threshold the next review comes at the latest
 */
public record ReviewPolicy(Duration reviewEvery, Duration reviewDueNotice, Duration staleAfter,
                           Duration thresholdReviewWithin) {

    public ReviewPolicy {
        for (Duration duration : new Duration[] {reviewEvery, reviewDueNotice, staleAfter, thresholdReviewWithin}) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("Every review period must be positive: " + duration);
            }
        }
    }

    ReviewPolicy overriddenBy(ProgramReviewPolicy program) {
        return program == null ? this : new ReviewPolicy(
                program.reviewEvery() == null ? reviewEvery : program.reviewEvery(),
                program.reviewDueNotice() == null ? reviewDueNotice : program.reviewDueNotice(),
                program.staleAfter() == null ? staleAfter : program.staleAfter(),
                program.thresholdReviewWithin() == null ? thresholdReviewWithin : program.thresholdReviewWithin());
    }

    /** What a program sets of its own; what it leaves out is the default. */
    public record ProgramReviewPolicy(Duration reviewEvery, Duration reviewDueNotice, Duration staleAfter,
                                      Duration thresholdReviewWithin) {
    }
}
