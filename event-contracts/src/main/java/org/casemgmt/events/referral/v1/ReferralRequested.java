package org.casemgmt.events.referral.v1;

import java.time.Instant;

/**
 * A case worker referred the client to a provider's service (a FHIR Task with code {@code fulfill} and status
 * {@code requested}, whose focus is the ServiceRequest this body describes). One unit of the service's capacity is
 * held for it until it is accepted, declined, expires or is cancelled. Carries ids and codes only: what the case worker
 * wrote for the provider is read from referral's API by the provider, and only while the client's consent covers
 * the provider's agency.
 *
 * @param referralId          the referral (the FHIR Task id)
 * @param caseId              the case
 * @param goalId              the goal of the approved plan the referral serves (Gravity's {@code pertainsToGoal})
 * @param needDomain          the life domain of the goal's need (HOUSING, INCOME, ...)
 * @param serviceId           the HSDS service referred to
 * @param organizationId      the HSDS organization that provides it (the Task's {@code owner})
 * @param receivingAgencyId   the platform agency whose PROVIDER staff answer for that organization
 * @param requestingAgencyId  the agency that owns the case (the Task's {@code requester})
 * @param requestedBy         the staff member who made the referral
 * @param priority            the case's priority (LOW, MEDIUM, HIGH, URGENT), which set the deadline
 * @param respondBy           when the provider must have answered (the Task's {@code restriction.period.end})
 * @param consentId           the client's consent under which the provider's agency may receive the referral
 * @param replacesReferralId  the unanswered or declined referral this one re-routes, or null
 * @param requestedAt         when
 */
public record ReferralRequested(String referralId, String caseId, String goalId, String needDomain, String serviceId,
                                String organizationId, String receivingAgencyId, String requestingAgencyId,
                                String requestedBy, String priority, Instant respondBy, String consentId,
                                String replacesReferralId, Instant requestedAt) {
}
