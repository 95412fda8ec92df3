package org.casemgmt.events.closure.v1;

import java.time.Instant;

/**
 * A case was closed: a supervisor approved the closure a case worker requested. Published by closure-service; intake
 * marks its case closed, planning closes the plan, referral and monitoring stop their work on it.
 *
 * @param caseId              the case
 * @param reason              a closure reason from the agency's configured list (GOALS_ACHIEVED, CLIENT_WITHDREW,
 *                            TRANSFERRED, LOST_CONTACT, INELIGIBLE, DECEASED, OTHER by default; tolerate others)
 * @param closedBy            the supervisor who approved the closure
 * @param closedAt            when
 * @param closureId           the approved closure request; null from producers before it was added
 * @param episode             the episode of the case that closed (1 for the first, one more for each re-opening)
 * @param outcome             GOALS_ACHIEVED, PARTIALLY_ACHIEVED, DISENGAGED, TRANSFERRED, INELIGIBLE, DECEASED,
 *                            LOST_CONTACT or OTHER
 * @param destinationCode     the client's exit destination as a HUD HMIS 3.12 living situation code (410, 101, ...)
 * @param destinationCategory the code's category: HOMELESS, INSTITUTIONAL, TEMPORARY, PERMANENT or OTHER
 * @param requestedBy         the case worker who requested the closure
 */
public record CaseClosed(String caseId, String reason, String closedBy, Instant closedAt, String closureId,
                         Integer episode, String outcome, Integer destinationCode, String destinationCategory,
                         String requestedBy) {
}
