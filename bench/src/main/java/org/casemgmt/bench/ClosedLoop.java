package org.casemgmt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * A closed loop: each worker, on its own connection, starts its next iteration (a request, or a whole intake) when
 * the last one has answered, for a warm-up and then a measured window. Only what finished inside the measured window
 * counts; an iteration still running at its end is let finish and not counted.
 */
final class ClosedLoop {

    /** One worker's connection and what it repeats. */
    interface Worker extends AutoCloseable {

        /** One iteration; an error answer is an {@link UnexpectedStatus}, no answer an {@link IOException}. */
        void runOnce() throws Exception;

        @Override
        void close();
    }

    private ClosedLoop() {
    }

    static LoadResult run(int workers, Duration warmup, Duration window, Supplier<Worker> newWorker)
            throws InterruptedException {
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long measureUntil = measureFrom + window.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Tally>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(threads.submit(() -> loop(newWorker, measureFrom, measureUntil)));
            }
            List<Long> nanos = new ArrayList<>();
            Map<String, Long> errors = new TreeMap<>();
            for (Future<Tally> worker : running) {
                Tally tally = worker.get();
                nanos.addAll(tally.nanos);
                tally.errors.forEach((error, count) -> errors.merge(error, count, Long::sum));
            }
            return new LoadResult(workers, window, Samples.Distribution.of(nanos), errors);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker of the load failed: " + e.getCause(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private static Tally loop(Supplier<Worker> newWorker, long measureFrom, long measureUntil) throws Exception {
        Tally tally = new Tally();
        try (Worker worker = newWorker.get()) {
            while (System.nanoTime() < measureUntil) {
                long start = System.nanoTime();
                String error = null;
                try {
                    worker.runOnce();
                } catch (UnexpectedStatus e) {
                    error = String.valueOf(e.status());
                } catch (IOException | UncheckedIOException e) {
                    error = e instanceof HttpTimeoutException || e.getCause() instanceof HttpTimeoutException
                            ? "timeout" : "no answer";
                }
                long end = System.nanoTime();
                if (end >= measureFrom && end < measureUntil) {
                    if (error == null) {
                        tally.nanos.add(end - start);
                    } else {
                        tally.errors.merge(error, 1L, Long::sum);
                    }
                }
            }
        }
        return tally;
    }

    private static final class Tally {

        private final List<Long> nanos = new ArrayList<>();
        private final Map<String, Long> errors = new TreeMap<>();
    }
}
