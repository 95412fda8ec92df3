package org.casemgmt.events.referral.v1;

import java.time.Instant;

/**
 * A service's capacity changed: the provider updated it, a referral took or released a held unit, or an accepted
 * referral occupied one. Keyed by service id, so the latest event per key is the capacity now (the topic can be
 * compacted). Field names are HSDS 3.1's {@code service_capacity}, with Gravity's capacity status.
 *
 * @param serviceId      the HSDS service
 * @param organizationId the HSDS organization that provides it
 * @param unit           what is counted, e.g. Bed, Place, Appointment slot
 * @param available      units free as the provider last reported them, less those occupied by accepted referrals since
 * @param maximum        units the service has at most, or null when the provider did not say
 * @param held           units held by referrals waiting for the provider's answer
 * @param offerable      units a new referral may still take: available less held, never below zero
 * @param status         capacity, no-capacity, waitlist or additional-assessment-required
 * @param updated        when the capacity last changed
 */
public record CapacityChanged(String serviceId, String organizationId, String unit, int available, Integer maximum,
                              int held, int offerable, String status, Instant updated) {
}
