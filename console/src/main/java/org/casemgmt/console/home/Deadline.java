package org.casemgmt.console.home;

import java.time.Duration;
import java.time.Instant;

/**
 * How long is left until a deadline, as a case worker reads it at a glance: "3 h 59 min left", "2 d 4 h left",
 * "overdue by 15 min". Urgent when less than {@link #SOON} is left or it has passed.
 */
public record Deadline(Instant due, Instant now) {

    static final Duration SOON = Duration.ofHours(24);

    public boolean passed() {
        return !now.isBefore(due);
    }

    public boolean soon() {
        return passed() || Duration.between(now, due).compareTo(SOON) < 0;
    }

    /** The time left, or past, in the two largest units that matter. */
    public String amount() {
        Duration left = Duration.between(now, due).abs();
        long days = left.toDays();
        long hours = left.toHoursPart();
        long minutes = left.toMinutesPart();
        if (days > 0) {
            return hours > 0 ? days + " d " + hours + " h" : days + " d";
        }
        if (hours > 0) {
            return minutes > 0 ? hours + " h " + minutes + " min" : hours + " h";
        }
        return Math.max(minutes, 1) + " min";
    }
}
