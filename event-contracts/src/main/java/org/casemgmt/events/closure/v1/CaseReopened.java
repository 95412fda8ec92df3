package org.casemgmt.events.closure.v1;

import java.time.Instant;
import java.util.List;

/**
 * A closed case was re-opened because the client came back: a new episode of the same case, linked to the one that
 * closed. Intake marks the case open again, planning re-opens the plan, referral and monitoring resume.
 *
 * @param caseId                the case
 * @param reason                why, as a code: NEW_NEEDS, SAME_NEEDS_RETURNED, CRISIS, CLOSED_IN_ERROR or OTHER
 *                              (tolerate others); the case worker's words stay in closure-service's API
 * @param reopenedBy            the staff member who re-opened it
 * @param reopenedAt            when
 * @param episode               the new episode's number (2 after the first re-opening)
 * @param previousClosedAt      when the previous episode closed
 * @param cancelledFollowUpIds  the previous episode's follow-ups still pending, cancelled by the re-opening
 */
public record CaseReopened(String caseId, String reason, String reopenedBy, Instant reopenedAt, Integer episode,
                           Instant previousClosedAt, List<String> cancelledFollowUpIds) {
}
