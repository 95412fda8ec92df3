package org.casemgmt.console.home;

import java.time.Instant;
import java.util.List;

/**
 * One case of a caseload, as the home screen shows it.
 *
 * @param daysOpen whole days since the case opened
 * @param lastContactAt the last contact recorded, null if none yet
 * @param stale no contact for longer than the console's stale-after, or none since the case opened that long ago
 * @param nextReview when the next review is due, null if none is scheduled
 * @param reviewOverdue whether it is past due
 * @param openReferrals the referrals waiting for a provider's answer or being served
 * @param scoreBand the latest standardized assessment's band, with its instrument
 */
public record CaseloadRow(String caseId, String clientName, String programId, String caseManager, String riskLevel,
        String priority, CaseStage stage, long daysOpen, Instant lastContactAt, boolean stale, Deadline nextReview,
        boolean reviewOverdue, List<OpenReferral> openReferrals, String scoreInstrument, String scoreBand,
        Integer score, ScoreTrend scoreTrend) {

    /** A referral still open, with the time the provider has left to answer while it waits for one. */
    public record OpenReferral(String referralId, String organizationName, String status, Deadline respondBy) {
    }
}
