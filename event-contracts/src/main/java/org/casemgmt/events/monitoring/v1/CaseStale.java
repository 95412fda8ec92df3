package org.casemgmt.events.monitoring.v1;

import java.time.Instant;

/**
 * Nobody reached or tried to reach the client for longer than the program allows ("no contact in N days").
 *
 * @param caseId         the case
 * @param agencyId       the agency that owns the case
 * @param caseManager    the case worker responsible
 * @param lastContactAt  the last contact recorded; null when there was none since the case opened
 * @param staleAfterDays the program's limit, in whole days (part of a day counts as one)
 * @param detectedAt     when
 */
public record CaseStale(String caseId, String agencyId, String caseManager, Instant lastContactAt, int staleAfterDays,
                        Instant detectedAt) {
}
