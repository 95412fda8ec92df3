package org.casemgmt.closure.outcome;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Whether a client who came back did so within 6, 12 or 24 months of the exit (HUD SPM Measure 2's windows), counted
 * in calendar months in UTC.
 */
public final class ReturnWindow {

    public static final List<Integer> MONTHS = List.of(6, 12, 24);

    private ReturnWindow() {
    }

    /** The smallest window the return falls within; empty for a return after 24 months or before the exit. */
    public static Optional<Integer> of(Instant exitAt, Instant returnedAt) {
        if (returnedAt.isBefore(exitAt)) {
            return Optional.empty();
        }
        return MONTHS.stream().filter(months -> !returnedAt.isAfter(exitAt.atOffset(ZoneOffset.UTC)
                .plusMonths(months).toInstant())).findFirst();
    }
}
