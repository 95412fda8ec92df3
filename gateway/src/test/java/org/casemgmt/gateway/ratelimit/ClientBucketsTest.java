package org.casemgmt.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ClientBucketsTest {

    private static final Limit ONE_PER_SECOND = new Limit(1, 1);

    private final AtomicLong now = new AtomicLong(-7_000_000_000L);
    private final NanoClock clock = now::get;

    @Test
    void eachClientDrawsOnItsOwnBucket() {
        ClientBuckets buckets = new ClientBuckets(100, clock);

        assertThat(buckets.take("", ONE_PER_SECOND, "client:a").allowed()).isTrue();
        assertThat(buckets.take("", ONE_PER_SECOND, "client:a").allowed()).isFalse();
        assertThat(buckets.take("", ONE_PER_SECOND, "client:b").allowed()).isTrue();
    }

    @Test
    void aClientHasASeparateBucketInEachScope() {
        ClientBuckets buckets = new ClientBuckets(100, clock);

        assertThat(buckets.take("", ONE_PER_SECOND, "client:a").allowed()).isTrue();
        assertThat(buckets.take("intake", ONE_PER_SECOND, "client:a").allowed()).isTrue();
        assertThat(buckets.take("intake", ONE_PER_SECOND, "client:a").allowed()).isFalse();
    }

    @Test
    void clientsBeyondTheTablesRoomShareOneBucketSoNewKeysCannotEscapeTheLimit() {
        ClientBuckets buckets = new ClientBuckets(2, clock);
        buckets.take("", ONE_PER_SECOND, "client:a");
        buckets.take("", ONE_PER_SECOND, "client:b");

        assertThat(buckets.take("", ONE_PER_SECOND, "client:c").allowed()).isTrue();
        for (int invented = 0; invented < 1000; invented++) {
            assertThat(buckets.take("", ONE_PER_SECOND, "client:invented-" + invented).allowed()).isFalse();
        }
        assertThat(buckets.take("", ONE_PER_SECOND, "client:a").allowed()).isFalse();
    }

    @Test
    void bucketsThatRefilledAreDroppedAtTheNextSweepSoNewClientsGetTheirOwnAgain() {
        ClientBuckets buckets = new ClientBuckets(2, clock);
        buckets.take("", ONE_PER_SECOND, "client:a");
        buckets.take("", ONE_PER_SECOND, "client:b");

        advance(Duration.ofSeconds(5));
        assertThat(buckets.take("", ONE_PER_SECOND, "client:c").allowed()).isTrue();
        assertThat(buckets.take("", ONE_PER_SECOND, "client:d").allowed())
                .as("a and b are full again but not yet swept, so c and d share the overflow bucket").isFalse();

        advance(ClientBuckets.SWEEP_INTERVAL.minusSeconds(5));
        assertThat(buckets.take("", ONE_PER_SECOND, "client:c").allowed()).isTrue();
        assertThat(buckets.take("", ONE_PER_SECOND, "client:d").allowed()).isTrue();
    }

    @Test
    void aBucketStillRefillingSurvivesTheSweepWithWhatItOwes() {
        ClientBuckets buckets = new ClientBuckets(100, clock);
        Limit tenSecondsPerToken = new Limit(0.1, 2);
        buckets.take("", tenSecondsPerToken, "client:a");
        buckets.take("", tenSecondsPerToken, "client:a");

        advance(ClientBuckets.SWEEP_INTERVAL);

        assertThat(buckets.take("", tenSecondsPerToken, "client:a").allowed()).isTrue();
        assertThat(buckets.take("", tenSecondsPerToken, "client:a").allowed())
                .as("one token came back in ten seconds, not a new bucket's two").isFalse();
    }

    @Test
    void concurrentRequestsOfOneClientGetNoMoreThanItsBurst() {
        ClientBuckets buckets = new ClientBuckets(100, clock);
        Limit burstOf50 = new Limit(1, 50);
        AtomicInteger allowed = new AtomicInteger();

        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int request = 0; request < 400; request++) {
                threads.execute(() -> {
                    if (buckets.take("", burstOf50, "client:a").allowed()) {
                        allowed.incrementAndGet();
                    }
                });
            }
        }

        assertThat(allowed).hasValue(50);
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
