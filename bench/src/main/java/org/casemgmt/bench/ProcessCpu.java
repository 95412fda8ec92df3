package org.casemgmt.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The CPU time some processes spend during a load's measured window, read from {@code /proc/<pid>/stat}: what one
 * request costs each of them, and so how many requests the machine's cores can carry at most, whatever the
 * latencies.
 */
final class ProcessCpu {

    private static final double MILLIS_PER_TICK = 10; // USER_HZ = 100 on Linux

    private final List<Long> processIds;

    ProcessCpu(List<Long> processIds) {
        this.processIds = List.copyOf(processIds);
    }

    /**
     * Starts counting now, on a thread of its own, for a load that starts now too: skips its warm-up, then answers
     * each process's CPU milliseconds over the window, in the order the processes were given.
     */
    CompletableFuture<double[]> during(Duration warmup, Duration window) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(warmup.toMillis());
                long[] before = ticks();
                Thread.sleep(window.toMillis());
                long[] after = ticks();
                double[] millis = new double[after.length];
                for (int i = 0; i < after.length; i++) {
                    millis[i] = (after[i] - before[i]) * MILLIS_PER_TICK;
                }
                return millis;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while counting CPU time", e);
            }
        });
    }

    private long[] ticks() {
        long[] ticks = new long[processIds.size()];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = HistoryCost.cpuTicks(Path.of("/proc", String.valueOf(processIds.get(i)), "stat"));
        }
        return ticks;
    }
}
