package org.casemgmt.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Durations by figure, in the order the figures were first measured; read as count, p50, p95 and max. */
final class Samples {

    private final Map<String, List<Long>> nanosByFigure = new LinkedHashMap<>();

    void add(String figure, long nanos) {
        nanosByFigure.computeIfAbsent(figure, name -> new ArrayList<>()).add(nanos);
    }

    /** Forgets what the warm-up measured. */
    void clear() {
        nanosByFigure.clear();
    }

    Map<String, Distribution> distributions() {
        Map<String, Distribution> distributions = new LinkedHashMap<>();
        nanosByFigure.forEach((figure, nanos) -> distributions.put(figure, Distribution.of(nanos)));
        return distributions;
    }

    /** Nearest-rank percentiles: each is a duration that was really measured, not an interpolation. */
    record Distribution(int count, long p50Nanos, long p95Nanos, long maxNanos) {

        static Distribution of(List<Long> nanos) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return new Distribution(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.95), sorted.getLast());
        }

        private static long rank(List<Long> sorted, double percentile) {
            return sorted.get((int) Math.ceil(percentile * sorted.size()) - 1);
        }
    }
}
