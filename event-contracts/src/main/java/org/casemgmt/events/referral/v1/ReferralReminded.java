package org.casemgmt.events.referral.v1;

import java.time.Instant;

/**
 * A requested referral is still unanswered and its deadline is near: the provider is reminded.
 *
 * @param referralId        the referral
 * @param caseId            the case
 * @param serviceId         the HSDS service referred to
 * @param organizationId    the HSDS organization that must answer
 * @param receivingAgencyId the platform agency that answers for the organization
 * @param respondBy         the deadline
 * @param remindedAt        when the reminder was sent
 */
public record ReferralReminded(String referralId, String caseId, String serviceId, String organizationId,
                               String receivingAgencyId, Instant respondBy, Instant remindedAt) {
}
