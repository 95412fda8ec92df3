package org.casemgmt.bench;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a closed loop measured in its window: the successful iterations' latencies, and the errors by status
 * ({@code 429}, {@code 503}...), {@code timeout} or {@code no answer}.
 */
record LoadResult(int workers, Duration window, Samples.Distribution latency, Map<String, Long> errors) {

    LoadResult {
        errors = Collections.unmodifiableMap(new TreeMap<>(errors));
    }

    /** Successful iterations per second of the window. */
    double perSecond() {
        return latency.count() / (window.toNanos() / 1e9);
    }

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }
}
