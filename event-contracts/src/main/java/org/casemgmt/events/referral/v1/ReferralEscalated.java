package org.casemgmt.events.referral.v1;

import java.time.Instant;

/**
 * A referral that nobody answered by its deadline expired and was handed to the supervisors of the agency that owns
 * the case, who can re-route it to the next provider with capacity.
 *
 * @param referralId  the expired referral
 * @param caseId      the case
 * @param agencyId    the agency that owns the case, whose supervisors now hold the referral
 * @param escalatedTo the role that must act: SUPERVISOR
 * @param requestedBy the case worker who made the referral
 * @param reason      why: {@code no-response-by-deadline}
 * @param respondBy   the deadline that passed
 * @param escalatedAt when
 */
public record ReferralEscalated(String referralId, String caseId, String agencyId, String escalatedTo,
                                String requestedBy, String reason, Instant respondBy, Instant escalatedAt) {
}
