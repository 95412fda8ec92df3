package org.casemgmt.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Durations by figure, in the order the figures were first measured; read as count, p50, p95, p99 and max. */
final class Samples {

    private final Map<Figure, List<Long>> nanosByFigure = new LinkedHashMap<>();

    void add(Figure figure, long nanos) {
        nanosByFigure.computeIfAbsent(figure, name -> new ArrayList<>()).add(nanos);
    }

    /** Forgets what the warm-up measured. */
    void clear() {
        nanosByFigure.clear();
    }

    Map<Figure, Distribution> distributions() {
        Map<Figure, Distribution> distributions = new LinkedHashMap<>();
        nanosByFigure.forEach((figure, nanos) -> distributions.put(figure, Distribution.of(nanos)));
        return distributions;
    }

    /**
     * Nearest-rank percentiles: each is a duration that was really measured, not an interpolation. Nothing measured
     * (a window in which every request failed) reads as count 0 and zeros.
     */
    record Distribution(int count, long p50Nanos, long p95Nanos, long p99Nanos, long maxNanos) {

        static Distribution of(List<Long> nanos) {
            if (nanos.isEmpty()) {
                return new Distribution(0, 0, 0, 0, 0);
            }
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return new Distribution(sorted.size(), rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted.getLast());
        }

        /** The smallest duration at least {@code percent} % of the samples do not exceed: rank ceil(n * p / 100). */
        private static long rank(List<Long> sorted, int percent) {
            int rank = (sorted.size() * percent + 99) / 100;
            return sorted.get(rank - 1);
        }

        double p50Millis() {
            return p50Nanos / 1e6;
        }

        double p95Millis() {
            return p95Nanos / 1e6;
        }

        double p99Millis() {
            return p99Nanos / 1e6;
        }

        double maxMillis() {
            return maxNanos / 1e6;
        }
    }
}
