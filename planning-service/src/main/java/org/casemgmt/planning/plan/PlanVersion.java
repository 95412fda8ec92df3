package org.casemgmt.planning.plan;

import java.time.Instant;
import java.util.List;

import org.casemgmt.planning.goal.Goal;

/**
 * One version of a plan as it stood: the current one, or an earlier one kept unchanged when a revision replaced it.
 *
 * @param supersededAt when a revision replaced it; null for the current version
 */
record PlanVersion(int planVersion, PlanStatus status, String revisionReason, String reviewId,
                   List<RequestedChange> requestedChanges, List<Goal> goals, Instant draftedAt, String draftedBy,
                   String submittedBy, Instant submittedAt, String approvedBy, Instant approvedAt,
                   boolean selfApproved, Instant supersededAt) {
}
