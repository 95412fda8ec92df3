package org.casemgmt.events.closure.v1;

import java.time.Instant;

/**
 * A case was closed. Published by closure-service; intake marks its case closed and planning closes the plan.
 *
 * @param caseId   the case
 * @param reason   GOALS_ACHIEVED, CLIENT_WITHDREW, TRANSFERRED, LOST_CONTACT, INELIGIBLE, DECEASED or OTHER
 * @param closedBy the staff member who closed it
 * @param closedAt when
 */
public record CaseClosed(String caseId, String reason, String closedBy, Instant closedAt) {
}
