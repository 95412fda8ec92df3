package org.casemgmt.events.closure.v1;

import java.time.Instant;

/**
 * A supervisor decided a closure request: on closure.approved the case closes (case.closed follows), on
 * closure.rejected it stays open. The supervisor's comment stays in closure-service's API.
 *
 * @param closureId   the request
 * @param caseId      the case
 * @param agencyId    the agency that owns it
 * @param requestedBy the case worker who requested it
 * @param decidedBy   the supervisor
 * @param decidedAt   when
 */
public record ClosureDecided(String closureId, String caseId, String agencyId, String requestedBy, String decidedBy,
                             Instant decidedAt) {
}
