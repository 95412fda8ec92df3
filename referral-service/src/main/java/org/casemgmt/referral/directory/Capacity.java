package org.casemgmt.referral.directory;

import java.time.Instant;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A service's capacity as matching and referrals read it: HSDS 3.1 {@code service_capacity} with Gravity's status.
 *
 * @param unit      what is counted, e.g. Bed
 * @param available units free as the provider last reported them, less those occupied by accepted referrals since
 * @param maximum   units the service has at most; null when the provider did not say
 * @param held      units held by referrals waiting for the provider's answer
 * @param offerable units a new referral may still take: available less held, never below zero
 * @param status    capacity, no-capacity, waitlist or additional-assessment-required, as the provider declares it
 * @param notes     the provider's words, e.g. the length of the waitlist
 * @param updated   when the capacity last changed
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Capacity(String unit, int available, Integer maximum, int held, int offerable, String status,
                       String notes, Instant updated) {

    static Capacity of(ServiceCapacity capacity) {
        return capacity == null ? null : new Capacity(capacity.unit(), capacity.available(), capacity.maximum(),
                capacity.held().size(), capacity.offerable(), capacity.status().code(), capacity.notes(),
                capacity.updated());
    }
}
