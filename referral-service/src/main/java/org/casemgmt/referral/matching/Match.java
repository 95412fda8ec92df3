package org.casemgmt.referral.matching;

import java.util.List;

import org.casemgmt.referral.directory.Capacity;

/**
 * One candidate service for a goal, with where it ranks and why.
 *
 * @param rank             1 for the best fit
 * @param serviceId        the HSDS service
 * @param serviceName      its name
 * @param organizationId   the HSDS organization providing it
 * @param organizationName its name
 * @param agencyId         the platform agency answering for it
 * @param matchedServiceTypes the goal's service types it offers
 * @param eligible         false when a known fact of the client fails one of its eligibility rules
 * @param consentCovers    whether the client's consent lets a referral go to its agency now
 * @param canTakeReferral  active, eligible as far as known, consent covers it and a unit can be held (or capacity is
 *                         not tracked): a referral to it would be accepted now
 * @param capacity         its live capacity, null when the provider never reported one
 * @param reasons          the facts that placed it here, best first, in words a case worker reads
 */
public record Match(int rank, String serviceId, String serviceName, String organizationId, String organizationName,
                    String agencyId, List<String> matchedServiceTypes, boolean eligible, boolean consentCovers,
                    boolean canTakeReferral, Capacity capacity, List<String> reasons) {
}
