package org.casemgmt.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing on the sign-in form. After {@code perUser} failed sign-ins for one username, or
 * {@code perAddress} from one address, within the window, further attempts for that username or from that address
 * are refused for a while, the correct password included; each lockout that follows soon after another lasts twice
 * as long, up to the longest. Failures are counted by the username as typed, whether or not such a user exists, so
 * the answers tell nothing about which users exist. A successful sign-in clears its username's count, not its
 * address's: one valid account must not buy an address more guesses at others.
 */
final class SignInThrottle {

    /** Beyond this many remembered usernames and addresses, the forgettable ones are dropped at the next failure. */
    private static final int PRUNE_ABOVE = 10_000;

    private final AuthProperties.SignInLimits limits;
    private final Clock clock;
    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    SignInThrottle(AuthProperties.SignInLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Empty when an attempt may go ahead, otherwise how long until it may. */
    Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (Failures failures : new Failures[] {byUser.get(key(username)), byAddress.get(address)}) {
            if (failures != null && failures.lockedUntil != null && failures.lockedUntil.isAfter(now)) {
                Duration remaining = Duration.between(now, failures.lockedUntil);
                wait = remaining.compareTo(wait) > 0 ? remaining : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        byUser.compute(key(username), (key, failures) -> count(failures, limits.perUser(), now));
        byAddress.compute(address, (key, failures) -> count(failures, limits.perAddress(), now));
        if (byUser.size() + byAddress.size() > PRUNE_ABOVE) {
            byUser.values().removeIf(failures -> failures.forgettable(now, limits.window()));
            byAddress.values().removeIf(failures -> failures.forgettable(now, limits.window()));
        }
    }

    void succeeded(String username) {
        byUser.remove(key(username));
    }

    private Failures count(Failures previous, int limit, Instant now) {
        Failures failures = previous == null || previous.forgettable(now, limits.window()) ? new Failures() : previous;
        if (failures.windowStart == null || failures.windowStart.plus(limits.window()).isBefore(now)) {
            failures.windowStart = now;
            failures.count = 0;
        }
        failures.count++;
        failures.lastFailure = now;
        if (failures.count >= limit) {
            failures.lockouts++;
            failures.lockedUntil = now.plus(lockout(failures.lockouts));
            failures.windowStart = null;
        }
        return failures;
    }

    /** The first lockout, doubled for each one before it, at most the longest. */
    private Duration lockout(int lockouts) {
        Duration lockout = limits.firstLockout();
        for (int i = 1; i < lockouts && lockout.compareTo(limits.longestLockout()) < 0; i++) {
            lockout = lockout.multipliedBy(2);
        }
        return lockout.compareTo(limits.longestLockout()) < 0 ? lockout : limits.longestLockout();
    }

    /** As the user store compares names: {@code Worker.Alex} is worker.alex's count too. */
    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Changed only inside the map's compute, one key at a time. */
    private static final class Failures {

        private Instant windowStart;
        private int count;
        private Instant lastFailure;
        private int lockouts;
        private Instant lockedUntil;

        /** A window without failures after the last lockout ended: it starts again from the first lockout. */
        boolean forgettable(Instant now, Duration window) {
            Instant quietSince = lockedUntil != null && lockedUntil.isAfter(lastFailure) ? lockedUntil : lastFailure;
            return quietSince.plus(window).isBefore(now);
        }
    }
}
