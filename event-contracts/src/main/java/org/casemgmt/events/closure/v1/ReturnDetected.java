package org.casemgmt.events.closure.v1;

import java.time.Instant;

/**
 * A client whose case the agency closed came back within 24 months: a new case was opened for them (case.opened with
 * the same client id) or the closed case was re-opened. HUD SPM Measure 2 as it happens, not as an annual batch.
 * Keyed by the case the client came back to.
 *
 * @param caseId                      the case the client came back to (the new one, or the re-opened one)
 * @param clientId                    the client
 * @param agencyId                    the agency
 * @param via                         NEW_CASE or REOPENED
 * @param previousCaseId              the case that had closed
 * @param previousEpisode             its episode that had closed
 * @param previousProgramId           its program
 * @param previousClosedAt            when it closed
 * @param previousDestinationCategory where the client went on that exit; null when not known
 * @param returnedAt                  when the client came back
 * @param daysSinceExit               whole days between the exit and the return
 * @param withinMonths                the smallest of 6, 12 and 24 months the return falls within
 */
public record ReturnDetected(String caseId, String clientId, String agencyId, String via, String previousCaseId,
                             Integer previousEpisode, String previousProgramId, Instant previousClosedAt,
                             String previousDestinationCategory, Instant returnedAt, Long daysSinceExit,
                             Integer withinMonths) {
}
