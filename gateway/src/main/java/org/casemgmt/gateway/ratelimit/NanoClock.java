package org.casemgmt.gateway.ratelimit;

/**
 * The rate limiter's time, in nanoseconds from an arbitrary origin: {@link System#nanoTime()} in production, because
 * a wall clock set back or forward would take tokens from clients or hand them out; a hand-moved value in tests.
 */
@FunctionalInterface
public interface NanoClock {

    long nanoTime();
}
