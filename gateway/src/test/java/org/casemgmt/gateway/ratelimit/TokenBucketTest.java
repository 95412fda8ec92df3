package org.casemgmt.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long START = 5_000_000_000L;
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void aNewBucketServesAWholeBurstThenRefuses() {
        TokenBucket bucket = new TokenBucket(new Limit(1, 3), START);

        assertThat(bucket.take(START)).isEqualTo(new TokenBucket.Decision(true, 3, 2, 0));
        assertThat(bucket.take(START)).isEqualTo(new TokenBucket.Decision(true, 3, 1, 0));
        assertThat(bucket.take(START)).isEqualTo(new TokenBucket.Decision(true, 3, 0, 0));
        assertThat(bucket.take(START)).isEqualTo(new TokenBucket.Decision(false, 3, 0, SECOND));
    }

    @Test
    void aTokenComesBackOneIntervalAfterTheBucketRanDryAndNotBefore() {
        TokenBucket bucket = emptied(new Limit(1, 2));

        TokenBucket.Decision early = bucket.take(START + SECOND - 1);
        assertThat(early.allowed()).isFalse();
        assertThat(early.nanosUntilNextToken()).isEqualTo(1);
        assertThat(bucket.take(START + SECOND)).isEqualTo(new TokenBucket.Decision(true, 2, 0, 0));
        assertThat(bucket.take(START + SECOND).allowed()).isFalse();
    }

    @Test
    void aRefusedRequestTakesNothingFromTheBucket() {
        TokenBucket bucket = emptied(new Limit(1, 2));

        for (int refused = 0; refused < 5; refused++) {
            assertThat(bucket.take(START + refused).allowed()).isFalse();
        }
        assertThat(bucket.take(START + SECOND).allowed()).isTrue();
    }

    @Test
    void anIdleBucketRefillsNoFurtherThanTheBurst() {
        TokenBucket bucket = emptied(new Limit(10, 2));
        long anHourLater = START + Duration.ofHours(1).toNanos();

        assertThat(bucket.take(anHourLater).remaining()).isEqualTo(1);
        assertThat(bucket.take(anHourLater).remaining()).isZero();
        assertThat(bucket.take(anHourLater).allowed()).isFalse();
    }

    @Test
    void remainingCountsWholeTokensOnly() {
        TokenBucket bucket = emptied(new Limit(10, 2));
        long oneAndAHalfTokensLater = START + Duration.ofMillis(150).toNanos();

        assertThat(bucket.take(oneAndAHalfTokensLater)).isEqualTo(new TokenBucket.Decision(true, 2, 0, 0));
        assertThat(bucket.take(oneAndAHalfTokensLater).nanosUntilNextToken())
                .isEqualTo(Duration.ofMillis(50).toNanos());
    }

    @Test
    void theWaitInWholeSecondsIsRoundedUpSoThatAClientWhoWaitsIsServed() {
        TokenBucket bucket = emptied(new Limit(0.4, 1));

        TokenBucket.Decision refused = bucket.take(START);
        assertThat(refused.nanosUntilNextToken()).isEqualTo(Duration.ofMillis(2500).toNanos());
        assertThat(refused.secondsUntilNextToken()).isEqualTo(3);
        assertThat(bucket.take(START + 3 * SECOND).allowed()).isTrue();
    }

    @Test
    void aBucketIsFullAgainOnlyOnceEveryTakenTokenCameBack() {
        TokenBucket bucket = new TokenBucket(new Limit(1, 5), START);
        assertThat(bucket.isFullAt(START)).isTrue();

        bucket.take(START);
        bucket.take(START);

        assertThat(bucket.isFullAt(START + 2 * SECOND - 1)).isFalse();
        assertThat(bucket.isFullAt(START + 2 * SECOND)).isTrue();
    }

    @Test
    void aLimitThatWouldRefuseEverythingIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Limit(0, 10)).withMessageContaining("rate");
        assertThatIllegalArgumentException().isThrownBy(() -> new Limit(5, 0)).withMessageContaining("burst");
    }

    private static TokenBucket emptied(Limit limit) {
        TokenBucket bucket = new TokenBucket(limit, START);
        for (int token = 0; token < limit.burst(); token++) {
            assertThat(bucket.take(START).allowed()).isTrue();
        }
        return bucket;
    }
}
