package org.casemgmt.events.monitoring.v1;

import java.time.Instant;

/**
 * The client reached a milestone on the way to a goal (moved in, started a job, first rent paid on time...).
 *
 * @param milestoneId the milestone
 * @param caseId      the case
 * @param goalId      the goal of the plan it marks progress towards; null when it concerns no single goal
 * @param kind        a code for what was reached, e.g. HOUSED, EMPLOYED, BENEFITS_AWARDED, OTHER (tolerate values
 *                    added later)
 * @param reachedAt   when the client reached it
 * @param recordedBy  the staff member who recorded it
 */
public record MilestoneReached(String milestoneId, String caseId, String goalId, String kind, Instant reachedAt,
                               String recordedBy) {
}
