package org.casemgmt.events.intake.v1;

import java.time.Instant;
import java.util.List;

/**
 * An intake could not become a case: every failed rule is listed, so the client can be told why and
 * referred elsewhere. Keyed by the intake's id.
 *
 * @param caseId     the intake's id (no case was opened under it)
 * @param clientId   the client
 * @param agencyId   the agency that ran the intake
 * @param programId  the program applied for
 * @param reasons    every rule that failed
 * @param declinedBy the staff member who recorded the decision
 * @param declinedAt when
 */
public record IntakeDeclined(String caseId, String clientId, String agencyId, String programId,
                             List<DeclineReason> reasons, String declinedBy, Instant declinedAt) {
}
