package org.casemgmt.events.closure.v1;

import java.time.Instant;

/**
 * A follow-up came due (followup.due, on its due date) or was missed (followup.missed, when the program's grace period
 * after it passed without a result). Fired once each, by a durable timer.
 *
 * @param followUpId  the follow-up
 * @param caseId      the case
 * @param agencyId    the agency that owns it
 * @param caseManager who is to make the contact
 * @param episode     the closed episode it follows
 * @param sequence    its place in the episode's follow-ups
 * @param dueAt       when it was due
 * @param at          when this was announced
 */
public record FollowUpDeadline(String followUpId, String caseId, String agencyId, String caseManager,
                               Integer episode, Integer sequence, Instant dueAt, Instant at) {
}
