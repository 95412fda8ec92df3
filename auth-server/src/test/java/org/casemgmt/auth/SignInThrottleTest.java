package org.casemgmt.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String HOME = "10.0.0.1";
    private static final String ELSEWHERE = "10.0.0.2";

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(new AuthProperties.SignInLimits(5, 20,
            Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1)), clock);

    @Test
    void fiveFailuresForAUsernameLockItFromEveryAddressForAMinute() {
        fail("worker.alex", HOME, 4);
        assertThat(throttle.refusal("worker.alex", HOME)).isEmpty();

        fail("worker.alex", HOME, 1);

        assertThat(throttle.refusal("worker.alex", HOME)).contains(Duration.ofMinutes(1));
        assertThat(throttle.refusal("Worker.Alex", ELSEWHERE)).contains(Duration.ofMinutes(1));
        assertThat(throttle.refusal("worker.bo", HOME)).as("the address has failed only five times").isEmpty();
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.refusal("worker.alex", HOME)).isEmpty();
    }

    @Test
    void eachLockoutSoonAfterAnotherLastsTwiceAsLongUpToAnHour() {
        for (Duration expected : new Duration[] {Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1),
                Duration.ofHours(1)}) {
            // From a new address each time: this is the username's count, not an address's.
            fail("admin.ada", "10.1.0." + expected.toMinutes(), 5);
            assertThat(throttle.refusal("admin.ada", ELSEWHERE)).contains(expected);
            clock.advance(expected.plusSeconds(1));
        }
    }

    @Test
    void aQuietWindowAfterALockoutStartsAgainFromTheFirstLockout() {
        fail("admin.ada", HOME, 5);
        clock.advance(Duration.ofMinutes(1).plus(Duration.ofMinutes(16)));

        fail("admin.ada", HOME, 5);

        assertThat(throttle.refusal("admin.ada", HOME)).contains(Duration.ofMinutes(1));
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        fail("worker.bo", HOME, 4);
        clock.advance(Duration.ofMinutes(16));

        fail("worker.bo", HOME, 4);

        assertThat(throttle.refusal("worker.bo", HOME)).isEmpty();
    }

    @Test
    void anUnknownUsernameIsCountedExactlyAsAKnownOne() {
        fail("no.such.user", HOME, 5);

        assertThat(throttle.refusal("no.such.user", ELSEWHERE)).contains(Duration.ofMinutes(1));
    }

    @Test
    void twentyFailuresFromOneAddressLockItForEveryUsername() {
        for (int i = 0; i < 20; i++) {
            fail("guess-" + i, HOME, 1);
        }

        assertThat(throttle.refusal("supervisor.sam", HOME)).contains(Duration.ofMinutes(1));
        assertThat(throttle.refusal("supervisor.sam", ELSEWHERE)).isEmpty();
    }

    @Test
    void aSuccessClearsTheUsernamesCountButNotTheAddresss() {
        fail("auditor.ari", HOME, 4);
        throttle.succeeded("auditor.ari");
        fail("auditor.ari", HOME, 4);

        assertThat(throttle.refusal("auditor.ari", ELSEWHERE)).isEmpty();
        for (int i = 0; i < 12; i++) {
            fail("guess-" + i, HOME, 1);
        }
        assertThat(throttle.refusal("auditor.ari", HOME)).as("20 failures from HOME, whoever succeeded there")
                .contains(Duration.ofMinutes(1));
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.refusal(username, address)).isEqualTo(Optional.empty());
            throttle.failed(username, address);
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
