package org.casemgmt.events.closure.v1;

import java.time.Instant;
import java.util.List;

/**
 * A case worker asked to close a case; a supervisor other than them approves or rejects it (Primero's closure approval,
 * {@code pending}). The words of an override's reason stay in closure-service, on its audit trail.
 *
 * @param closureId           the request
 * @param caseId              the case
 * @param agencyId            the agency that owns it
 * @param episode             the episode it would close
 * @param reason              the closure reason, from the agency's configured list
 * @param outcome             GOALS_ACHIEVED, PARTIALLY_ACHIEVED, DISENGAGED, TRANSFERRED, INELIGIBLE, DECEASED,
 *                            LOST_CONTACT or OTHER
 * @param destinationCode     the exit destination (HUD HMIS 3.12 living situation code)
 * @param destinationCategory HOMELESS, INSTITUTIONAL, TEMPORARY, PERMANENT or OTHER
 * @param unmetCriteria       the completion criteria not met when it was requested; empty when the case was ready
 * @param overridden          whether the worker asked to close despite unmet criteria (with a reason on file)
 * @param requestedBy         the case worker
 * @param requestedAt         when
 */
public record ClosureRequested(String closureId, String caseId, String agencyId, Integer episode, String reason,
                               String outcome, Integer destinationCode, String destinationCategory,
                               List<String> unmetCriteria, Boolean overridden, String requestedBy,
                               Instant requestedAt) {
}
