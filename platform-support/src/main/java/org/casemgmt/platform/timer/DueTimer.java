package org.casemgmt.platform.timer;

import java.time.Instant;

import org.springframework.data.mongodb.core.index.Indexed;

/**
 * The next moment something is due on an aggregate (a referral's reminder or deadline, a review, a follow-up), kept
 * in the aggregate's own document under {@link #FIELD}: it is written in the same save as the change that set it, so
 * a restart forgets nothing, and {@link DueTimerPoller} claims it with a lease, so two instances never act on it
 * together. An aggregate with nothing due has no timer.
 *
 * @param dueAt       when it is due
 * @param leasedUntil while an instance is acting on it, until when the others leave it alone; a save of the
 *                    aggregate with a new timer clears it
 */
public record DueTimer(@Indexed Instant dueAt, Instant leasedUntil) {

    /** The field of the aggregate's document that holds its timer. */
    public static final String FIELD = "timer";

    public static DueTimer at(Instant dueAt) {
        return new DueTimer(dueAt, null);
    }
}
