package org.casemgmt.referral.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;

/**
 * What a list of referrals is narrowed to. Providers always see those addressed to their agency, by status;
 * the case's agency sees its own, by case or only the escalated ones (a supervisor's work list).
 */
record ReferralFilter(
        @Schema(description = "Only this case's referrals (case's agency)") String caseId,
        @Schema(description = "Only referrals in this FHIR Task status (providers)")
        @Pattern(regexp = "requested|accepted|rejected|in-progress|on-hold|completed|failed|cancelled|entered-in-error")
        String status,
        @Schema(description = "Only referrals escalated for not being answered in time and not re-routed yet")
        Boolean escalated) {
}
