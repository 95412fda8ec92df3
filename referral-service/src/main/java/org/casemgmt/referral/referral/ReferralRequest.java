package org.casemgmt.referral.referral;

/** Everything a new referral is made of, gathered from the case file, the goal, the service and the request. */
record ReferralRequest(String caseId, String clientId, String agencyId, String programId, String goalId,
                       String needDomain, String serviceId, String serviceName, String organizationId,
                       String organizationName, String receivingAgencyId, String requestedBy, String priority,
                       String consentId, String note, String replacesReferralId) {
}
