package org.casemgmt.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The token bucket of every client seen lately, one per client and scope (a route with its own limit, or the
 * global limit), in bounded memory. A bucket that has refilled completely behaves exactly like a new one, so the
 * next sweep drops it: only clients active within their bucket's refill time (and the time since the last sweep)
 * take room. When {@code maxBuckets} are in use all the same, new clients of a scope share one overflow bucket until
 * room frees up: a caller inventing a new key per request can then neither grow the table nor escape the limit, at
 * the price of throttling other new clients with it.
 */
final class ClientBuckets {

    /** How often idle buckets are looked for: each look visits every bucket, so not on every request. */
    static final Duration SWEEP_INTERVAL = Duration.ofSeconds(10);

    // Client keys always name their kind ("principal:...", "address:..."), so none can be this.
    private static final String OVERFLOW_CLIENT = "*";

    private final ConcurrentHashMap<BucketKey, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int maxBuckets;
    private final NanoClock clock;
    private final AtomicLong nextSweepAt;

    ClientBuckets(int maxBuckets, NanoClock clock) {
        if (maxBuckets < 1) {
            throw new IllegalArgumentException("The rate limiter needs room for at least 1 client, not " + maxBuckets);
        }
        this.maxBuckets = maxBuckets;
        this.clock = clock;
        this.nextSweepAt = new AtomicLong(clock.nanoTime() + SWEEP_INTERVAL.toNanos());
    }

    TokenBucket.Decision take(String scope, Limit limit, String client) {
        long now = clock.nanoTime();
        sweepIfDue(now);
        BucketKey key = new BucketKey(scope, client);
        if (buckets.size() >= maxBuckets && !buckets.containsKey(key)) {
            key = new BucketKey(scope, OVERFLOW_CLIENT);
        }
        TokenBucket.Decision[] decision = new TokenBucket.Decision[1];
        // Taking inside compute keeps a bucket's changes and its removal by a sweep from crossing.
        buckets.compute(key, (unused, bucket) -> {
            TokenBucket taken = bucket != null ? bucket : new TokenBucket(limit, now);
            decision[0] = taken.take(now);
            return taken;
        });
        return decision[0];
    }

    private void sweepIfDue(long now) {
        long due = nextSweepAt.get();
        if (now - due >= 0 && nextSweepAt.compareAndSet(due, now + SWEEP_INTERVAL.toNanos())) {
            buckets.keySet().forEach(key -> buckets.computeIfPresent(key,
                    (unused, bucket) -> bucket.isFullAt(now) ? null : bucket));
        }
    }

    private record BucketKey(String scope, String client) {
    }
}
