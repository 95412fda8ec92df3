package org.casemgmt.referral.referral;

import java.time.Duration;
import java.time.Instant;

/**
 * When a provider must have answered a referral and when they are reminded: the case's priority gives the time
 * allowed (Primero's response timeframes; FHIR's Task.restriction.period), the reminder comes when a share of it has
 * passed.
 *
 * @param respondBy the deadline
 * @param remindAt  when the provider is reminded, before the deadline
 */
public record ResponseDeadline(Instant respondBy, Instant remindAt) {

    static ResponseDeadline from(Instant requestedAt, Duration allowed, double reminderAtFraction) {
        if (allowed.isNegative() || allowed.isZero()) {
            throw new IllegalArgumentException("A response time must be positive: " + allowed);
        }
        if (reminderAtFraction <= 0 || reminderAtFraction >= 1) {
            throw new IllegalArgumentException("The reminder comes between the request and the deadline: "
                    + reminderAtFraction);
        }
        long reminderMillis = (long) (allowed.toMillis() * reminderAtFraction);
        return new ResponseDeadline(requestedAt.plus(allowed), requestedAt.plusMillis(reminderMillis));
    }
}
