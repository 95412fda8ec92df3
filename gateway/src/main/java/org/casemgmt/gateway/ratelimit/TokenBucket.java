package org.casemgmt.gateway.ratelimit;

/**
 * A token bucket holding at most {@code burst} tokens and regaining one every {@link Limit#nanosPerToken()}; each
 * request takes one. Its whole state is the time at which it will be full again, so refilling is arithmetic on the
 * clock rather than a background task, and a bucket whose full-again time has passed is as good as a new one.
 * Not thread-safe: {@link ClientBuckets} changes a bucket only while holding the map entry it lives in.
 */
final class TokenBucket {

    private final Limit limit;
    private long fullAgainAt;

    TokenBucket(Limit limit, long now) {
        this.limit = limit;
        this.fullAgainAt = now;
    }

    Decision take(long now) {
        long perToken = limit.nanosPerToken();
        long capacity = Math.multiplyExact(perToken, (long) limit.burst());
        // The tokens missing, expressed as the time it takes to regain them.
        long missing = Math.max(0, fullAgainAt - now);
        long missingAfterThisRequest = missing + perToken;
        if (missingAfterThisRequest > capacity) {
            return new Decision(false, limit.burst(), 0, missingAfterThisRequest - capacity);
        }
        fullAgainAt = now + missingAfterThisRequest;
        return new Decision(true, limit.burst(), (capacity - missingAfterThisRequest) / perToken, 0);
    }

    boolean isFullAt(long now) {
        return fullAgainAt - now <= 0;
    }

    /**
     * The answer to one request, and what the client is told about its bucket: {@code limit} is the burst, the most
     * requests it may send at once; {@code remaining} the whole tokens left; when refused, how long until the next.
     */
    record Decision(boolean allowed, int limit, long remaining, long nanosUntilNextToken) {

        private static final long NANOS_PER_SECOND = 1_000_000_000L;

        /** For {@code Retry-After}, which counts whole seconds: rounded up, so a client that waits is served. */
        long secondsUntilNextToken() {
            return Math.ceilDiv(nanosUntilNextToken, NANOS_PER_SECOND);
        }
    }
}
