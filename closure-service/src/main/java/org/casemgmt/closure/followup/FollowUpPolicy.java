package org.casemgmt.closure.followup;

import java.time.Duration;
import java.util.List;

/**
 * When a program's follow-ups fall due after closure, and how long after its due date one without a result counts as
 * missed.
 */
public record FollowUpPolicy(List<Duration> intervals, Duration missedAfter) {

    public static final FollowUpPolicy DEFAULT = new FollowUpPolicy(
            List.of(Duration.ofDays(30), Duration.ofDays(90), Duration.ofDays(180)), Duration.ofDays(14));
}
