package org.casemgmt.events.monitoring.v1;

import java.time.Instant;

/**
 * A scheduled review is due soon (review.due, a few days before) or overdue (review.overdue, its due time passed
 * without it being completed). The same body travels on both topics.
 *
 * @param reviewId    the review
 * @param caseId      the case
 * @param agencyId    the agency that owns the case
 * @param caseManager the case worker responsible
 * @param dueAt       when the review is due
 * @param noticedAt   when monitoring announced it
 */
public record ReviewDeadline(String reviewId, String caseId, String agencyId, String caseManager, Instant dueAt,
                             Instant noticedAt) {
}
