package org.casemgmt.events.referral.v1;

import java.time.Instant;

/**
 * A referral moved to another FHIR Task status. The same body travels on the topic of each transition
 * (referral.accepted, referral.declined, referral.started, referral.paused, referral.completed, referral.failed,
 * referral.cancelled, referral.expired, referral.entered-in-error), so a partner that follows every topic reads one
 * shape.
 *
 * @param referralId        the referral
 * @param caseId            the case
 * @param serviceId         the HSDS service referred to
 * @param organizationId    the HSDS organization that provides it
 * @param receivingAgencyId the platform agency that answers for the organization
 * @param previousStatus    the FHIR Task status before: requested, accepted, in-progress, on-hold, ...
 * @param status            the FHIR Task status now: accepted, rejected, in-progress, on-hold, completed, failed,
 *                          cancelled or entered-in-error
 * @param statusReason      a code for why (the Task's {@code statusReason}): a decline reason such as
 *                          {@code no-capacity}, a cancellation reason such as {@code consent-withdrawn} or
 *                          {@code expired}; null when the transition needs none
 * @param outcome           on completion, the loop's result: got-help, not-eligible, no-capacity, could-not-contact,
 *                          no-longer-interested, referred-elsewhere, could-not-get-help; otherwise null
 * @param changedBy         the staff member, or {@code referral-service} for a deadline or a withdrawn consent
 * @param changedAt         when
 */
public record ReferralStatusChanged(String referralId, String caseId, String serviceId, String organizationId,
                                    String receivingAgencyId, String previousStatus, String status,
                                    String statusReason, String outcome, String changedBy, Instant changedAt) {
}
