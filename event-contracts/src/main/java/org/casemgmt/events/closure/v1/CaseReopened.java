package org.casemgmt.events.closure.v1;

import java.time.Instant;

/**
 * A closed case was re-opened (for example after a follow-up found new needs). Intake marks the case open again.
 *
 * @param caseId     the case
 * @param reason     why it was re-opened
 * @param reopenedBy the staff member who re-opened it
 * @param reopenedAt when
 */
public record CaseReopened(String caseId, String reason, String reopenedBy, Instant reopenedAt) {
}
