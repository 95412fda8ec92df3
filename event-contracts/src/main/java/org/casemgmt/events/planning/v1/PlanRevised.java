package org.casemgmt.events.planning.v1;

import java.time.Instant;

/**
 * A new version of an approved plan was opened for changes. The previous version stays in force (and readable)
 * until the new one is approved.
 *
 * @param planId          the plan
 * @param caseId          the case
 * @param previousVersion the version that was in force
 * @param planVersion     the new version, a draft
 * @param reason          deprecated, always null: free text about the client outlives no erasure on a topic; read it from planning's API
 * @param reviewId        the case review that asked for it (review.completed); null when a case worker started it
 * @param revisedBy       the staff member who opened the revision, or the reviewer
 * @param revisedAt       when
 */
public record PlanRevised(String planId, String caseId, int previousVersion, int planVersion, String reason,
                          String reviewId, String revisedBy, Instant revisedAt) {
}
