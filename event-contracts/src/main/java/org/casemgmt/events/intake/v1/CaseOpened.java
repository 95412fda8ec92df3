package org.casemgmt.events.intake.v1;

import java.time.Instant;
import java.util.List;

/**
 * An eligible, consented intake became an open case. Planning drafts the service plan from
 * {@code assessedNeeds}; referral keeps {@code consentScope} to decide which agencies may be sent the client.
 *
 * @param caseId        the case (same id as the intake it came from)
 * @param clientId      the client
 * @param agencyId      the agency that owns the case
 * @param programId     the program the client was found eligible for
 * @param priority      LOW, MEDIUM, HIGH or URGENT, derived from the highest need severity and the risks
 * @param riskLevel     LOW, MEDIUM or HIGH: the highest risk recorded at assessment
 * @param assessedNeeds every need recorded, with its severity
 * @param consentScope  the consent in force when the case opened
 * @param caseManager   the staff member responsible for the case
 * @param openedAt      when the case was opened
 */
public record CaseOpened(String caseId, String clientId, String agencyId, String programId, String priority,
                         String riskLevel, List<AssessedNeed> assessedNeeds, ConsentScope consentScope,
                         String caseManager, Instant openedAt) {
}
