package org.casemgmt.closure.progress;

import java.time.Instant;

/** One standardized instrument's administrations on the case: the first and the last total, and how many. */
public record TrackedInstrument(String instrumentId, int firstScore, Instant firstAt, int lastScore, Instant lastAt,
                                int administrations) {

    static TrackedInstrument first(String instrumentId, int score, Instant at) {
        return new TrackedInstrument(instrumentId, score, at, score, at, 1);
    }

    /** Administrations may be delivered out of order: the earliest stays first and the latest last. */
    TrackedInstrument administered(int score, Instant at) {
        boolean earlier = at.isBefore(firstAt);
        boolean later = !at.isBefore(lastAt);
        return new TrackedInstrument(instrumentId, earlier ? score : firstScore, earlier ? at : firstAt,
                later ? score : lastScore, later ? at : lastAt, administrations + 1);
    }

    /** An exit assessment is a later administration than the first, so that first and last can be compared. */
    public boolean reassessed() {
        return administrations > 1;
    }

    public int change() {
        return lastScore - firstScore;
    }
}
