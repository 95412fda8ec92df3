package org.casemgmt.events.monitoring.v1;

import java.time.Instant;

/**
 * The case's next review was scheduled, or moved: after the plan's approval, by the program's cadence after the
 * previous review, or brought forward by a crossed threshold.
 *
 * @param reviewId    the review
 * @param caseId      the case
 * @param agencyId    the agency that owns the case
 * @param caseManager the case worker responsible
 * @param dueAt       when the review is due
 * @param reason      PLAN_APPROVED, CADENCE, THRESHOLD_CROSSED (tolerate values added later)
 * @param scheduledAt when it was scheduled
 */
public record ReviewScheduled(String reviewId, String caseId, String agencyId, String caseManager, Instant dueAt,
                              String reason, Instant scheduledAt) {
}
