package org.casemgmt.partner.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How long to wait after each failed attempt before the next: after the n-th failure, the n-th pause; after the last
 * pause's attempt fails too, the delivery is dead-lettered. The default spans more than a day, so a receiver that is
 * down over a night and a day still gets everything.
 */
record RetrySchedule(List<Duration> pauses) {

    RetrySchedule {
        pauses = List.copyOf(pauses);
        if (pauses.stream().anyMatch(pause -> pause.isNegative() || pause.isZero())) {
            throw new IllegalArgumentException("Every pause of the retry schedule is positive: " + pauses);
        }
    }

    /** The pause before the next attempt after {@code failures} failed ones; none when it is time to give up. */
    Optional<Duration> after(int failures) {
        return failures >= 1 && failures <= pauses.size() ? Optional.of(pauses.get(failures - 1)) : Optional.empty();
    }

    /** How long after the first attempt the last is made. */
    Duration span() {
        return pauses.stream().reduce(Duration.ZERO, Duration::plus);
    }

    int attempts() {
        return pauses.size() + 1;
    }
}
