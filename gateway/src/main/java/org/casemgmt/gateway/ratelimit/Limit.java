package org.casemgmt.gateway.ratelimit;

/**
 * What one client may send: {@code burst} requests at once, then {@code rate} requests per second as its bucket
 * refills. Checked when the configuration is bound, so a limit that would refuse everything stops the start.
 */
record Limit(double rate, int burst) {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    Limit {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("A rate limit's rate must be above 0 requests per second, not " + rate);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("A rate limit's burst must be at least 1 request, not " + burst);
        }
    }

    /** How long the bucket takes to regain one token. */
    long nanosPerToken() {
        return Math.max(1, Math.round(NANOS_PER_SECOND / rate));
    }
}
