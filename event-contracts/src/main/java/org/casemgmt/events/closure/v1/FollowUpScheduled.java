package org.casemgmt.events.closure.v1;

import java.time.Instant;

/**
 * A post-closure follow-up contact was scheduled (from case.closed, at the program's intervals: 30, 90 and 180 days
 * by default).
 *
 * @param followUpId  the follow-up
 * @param caseId      the case
 * @param agencyId    the agency that owns it
 * @param caseManager who is to make the contact
 * @param episode     the closed episode it follows
 * @param sequence    1 for the first follow-up of the episode, 2 for the second, ...
 * @param dueAt       when it falls due
 * @param scheduledAt when it was scheduled
 */
public record FollowUpScheduled(String followUpId, String caseId, String agencyId, String caseManager,
                                Integer episode, Integer sequence, Instant dueAt, Instant scheduledAt) {
}
