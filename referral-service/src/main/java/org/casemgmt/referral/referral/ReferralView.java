package org.casemgmt.referral.referral;

import java.time.Instant;
import java.util.List;

/**
 * A referral as the API shows it. The case's agency sees all of it. The provider sees the request and its own
 * answers, and what the case worker wrote only while the client's consent covers the provider's agency; never the
 * client id or the history of other agencies' steps.
 */
record ReferralView(String id, Long version, String caseId, String clientId, String agencyId, String goalId,
                    String needDomain, String serviceId, String serviceName, String organizationId,
                    String organizationName, String receivingAgencyId, String requestedBy, String priority,
                    String consentId, String note, String status, String statusReason, String outcome,
                    Instant requestedAt, Instant respondBy, Instant remindedAt, boolean escalated,
                    Instant escalatedAt, String replacesReferralId, String reroutedToReferralId,
                    List<Step> history, boolean sharedUnderConsent, boolean clientErased) {

    record Step(String from, String to, String reason, String note, String by, Instant at) {
        static Step of(StatusChange change) {
            return new Step(change.from() == null ? null : change.from().code(), change.to().code(), change.reason(),
                    change.note(), change.by(), change.at());
        }
    }

    static ReferralView forRequester(Referral referral) {
        return of(referral, referral.getClientId(), referral.getNote(), true);
    }

    static ReferralView forProvider(Referral referral, boolean consentCovers) {
        return of(referral, null, consentCovers ? referral.getNote() : null, consentCovers);
    }

    private static ReferralView of(Referral referral, String clientId, String note, boolean shared) {
        return new ReferralView(referral.getId(), referral.getVersion(), referral.getCaseId(), clientId,
                referral.getAgencyId(), referral.getGoalId(), referral.getNeedDomain(), referral.getServiceId(),
                referral.getServiceName(), referral.getOrganizationId(), referral.getOrganizationName(),
                referral.getReceivingAgencyId(), referral.getRequestedBy(), referral.getPriority(),
                referral.getConsentId(), note, referral.getStatus().code(), referral.getStatusReason(),
                referral.getOutcome() == null ? null : referral.getOutcome().code(), referral.getRequestedAt(),
                referral.getRespondBy(), referral.getRemindedAt(), referral.isEscalated(),
                referral.getEscalatedAt(), referral.getReplacesReferralId(), referral.getReroutedToReferralId(),
                referral.getHistory().stream().map(Step::of).toList(), shared, referral.isClientErased());
    }
}
