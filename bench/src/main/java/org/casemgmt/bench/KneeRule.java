package org.casemgmt.bench;

import java.util.List;
import java.util.Optional;

/**
 * When more concurrency stops paying: a step is worth its workers if it opened at least 10% more cases per second
 * than the step before, with no errors. The knee is the last step that was, followed by one that was not: the
 * platform's useful capacity on this machine, reached with the fewest workers.
 */
final class KneeRule {

    static final double MIN_GROWTH = 0.10;

    /** One step of rising load: its workers, what it achieved, and how many of its iterations failed. */
    record Outcome(int workers, double perSecond, long errors) {
    }

    private KneeRule() {
    }

    /** Whether to stop rising after the last of these steps: it failed, or it showed the knee. */
    static boolean stop(List<Outcome> steps) {
        return !steps.isEmpty() && (steps.getLast().errors() > 0 || knee(steps).isPresent());
    }

    /**
     * The step before the first one that had errors or grew less than {@link #MIN_GROWTH}; empty while every step
     * still paid, and when the first step already failed (no knee below it to name).
     */
    static Optional<Outcome> knee(List<Outcome> steps) {
        if (steps.isEmpty() || steps.getFirst().errors() > 0) {
            return Optional.empty();
        }
        for (int i = 1; i < steps.size(); i++) {
            Outcome previous = steps.get(i - 1);
            Outcome step = steps.get(i);
            if (step.errors() > 0 || step.perSecond() < previous.perSecond() * (1 + MIN_GROWTH)) {
                return Optional.of(previous);
            }
        }
        return Optional.empty();
    }
}
