package org.casemgmt.intake.caseopening;

import java.time.Instant;
import java.util.List;

import org.casemgmt.intake.assessment.Assessment;
import org.casemgmt.intake.assessment.RiskLevel;
import org.casemgmt.intake.consent.Consent;
import org.casemgmt.intake.eligibility.FailedRule;

/**
 * An intake as the API shows it; its id is the case id once opened, {@code version} goes back in updates. With
 * {@code clientErased} the client was erased: what was written about them is null (strengths empty), the rest stays.
 */
record IntakeResponse(String id, Long version, String clientId, String agencyId, String programId,
                      String caseManager, IntakeStatus status, Instant startedAt, String startedBy,
                      Assessment assessment, Eligibility eligibility, List<Consent> consents,
                      CasePriority priority, RiskLevel riskLevel, String openedUnderConsentId,
                      List<FailedRule> declineReasons, Instant decidedAt, String decidedBy, Instant closedAt,
                      String closureReason, boolean clientErased) {

    static IntakeResponse of(Intake intake) {
        return new IntakeResponse(intake.getId(), intake.getVersion(), intake.getClientId(), intake.getAgencyId(),
                intake.getProgramId(), intake.getCaseManager(), intake.getStatus(), intake.getStartedAt(),
                intake.getStartedBy(), intake.getAssessment(), Eligibility.of(intake), intake.getConsents(),
                intake.getPriority(), intake.getRiskLevel(), intake.getOpenedUnderConsentId(),
                intake.getDeclineReasons(), intake.getDecidedAt(), intake.getDecidedBy(), intake.getClosedAt(),
                intake.getClosureReason(), intake.isClientErased());
    }

    /** The latest eligibility evaluation: eligible, or every rule that failed with its explanation. */
    record Eligibility(String programId, boolean eligible, List<FailedRule> failedRules, Instant evaluatedAt) {

        static Eligibility of(Intake intake) {
            if (intake.getEligibility() == null) {
                return null;
            }
            return new Eligibility(intake.getProgramId(), intake.getEligibility().eligible(),
                    intake.getEligibility().failedRules(), intake.getEligibilityEvaluatedAt());
        }
    }
}
