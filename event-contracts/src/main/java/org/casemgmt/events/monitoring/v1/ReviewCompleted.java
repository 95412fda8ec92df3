package org.casemgmt.events.monitoring.v1;

import java.time.Instant;
import java.util.List;

/**
 * A periodic case review was held and its outcome recorded. When it requests adjustments, planning opens a
 * revision of the service plan.
 *
 * @param reviewId             the review
 * @param caseId               the case
 * @param summary              the outcome in a few words, free of identifying details
 * @param requestedAdjustments the changes to the plan the review asks for; empty when the plan stays as it is
 * @param reviewedBy           the staff member who chaired the review
 * @param completedAt          when
 * @param outcome              CONTINUE, REVISE_PLAN, ESCALATE or RECOMMEND_CLOSURE; null from producers before it
 *                             was added (tolerate values added later)
 */
public record ReviewCompleted(String reviewId, String caseId, String summary,
                              List<RequestedAdjustment> requestedAdjustments, String reviewedBy, Instant completedAt,
                              String outcome) {
}
