package org.casemgmt.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.launcher.Platform;

/**
 * Opened cases per second through the gateway at rising concurrency: each worker, on its own connection, takes one
 * new client after the other through the whole intake, for a window per step, while the lag of case.opened's
 * consumers is sampled. It rises until a step adds less than 10% or fails ({@link KneeRule}).
 */
final class SustainedLoad {

    static final Duration LAG_SAMPLE_INTERVAL = Duration.ofMillis(500);
    /** After a step: finer, since how long the consumers take to catch up is itself a figure. */
    static final Duration DRAIN_SAMPLE_INTERVAL = Duration.ofMillis(100);
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    /**
     * @param maxLagByGroup the most each group was behind at one sample during the step
     * @param lagDrained    from the step's end until every group was at the end of the topic; empty if not within
     *                      {@link #DRAIN_TIMEOUT}
     */
    record Step(LoadResult load, Map<String, Long> maxLagByGroup, Optional<Duration> lagDrained) {

        long maxLag() {
            return maxLagByGroup.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }

        /** The group that was furthest behind; the first of them on a tie. */
        String laggiestGroup() {
            return maxLagByGroup.entrySet().stream().filter(group -> group.getValue() == maxLag()).findFirst()
                    .orElseThrow().getKey();
        }

        KneeRule.Outcome outcome() {
            return new KneeRule.Outcome(load.workers(), load.perSecond(), load.errorCount());
        }
    }

    record Result(Duration warmup, Duration window, List<String> groups, List<Step> steps) {

        Optional<KneeRule.Outcome> knee() {
            return KneeRule.knee(steps.stream().map(Step::outcome).toList());
        }
    }

    private final Platform platform;
    private final URI gateway;
    private final BearerToken token;

    SustainedLoad(Platform platform, BearerToken token) {
        this.platform = platform;
        this.gateway = platform.gatewayUrl().orElseThrow();
        this.token = token;
    }

    Result measure(List<Integer> workerSteps, Duration warmup, Duration window) throws Exception {
        List<Step> steps = new ArrayList<>();
        try (ConsumerLag lag = new ConsumerLag(platform, EventCatalog.CASE_OPENED)) {
            for (int workers : workerSteps) {
                steps.add(step(lag, workers, warmup, window));
                if (KneeRule.stop(steps.stream().map(Step::outcome).toList())) {
                    break;
                }
            }
            return new Result(warmup, window, lag.groups(), steps);
        }
    }

    private Step step(ConsumerLag lag, int workers, Duration warmup, Duration window) throws Exception {
        Map<String, Long> maxLag = new ConcurrentHashMap<>();
        lag.groups().forEach(group -> maxLag.put(group, 0L));
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        LoadResult load;
        try {
            sampler.scheduleAtFixedRate(() -> sample(lag, maxLag), 0, LAG_SAMPLE_INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
            load = ClosedLoop.run(workers, warmup, window, () -> new IntakeWorker(gateway, token));
        } finally {
            sampler.shutdownNow();
            sampler.awaitTermination(10, TimeUnit.SECONDS);
        }
        return new Step(load, Map.copyOf(maxLag), untilCaughtUp(lag));
    }

    /** A failed look is skipped: an exception let out of a scheduleAtFixedRate task cancels every later look. */
    private static void sample(ConsumerLag lag, Map<String, Long> maxLag) {
        try {
            lag.lagByGroup().forEach((group, behind) -> maxLag.merge(group, behind, Math::max));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.err.println("bin/bench: one look at the consumer lag failed: " + e);
        }
    }

    private static Optional<Duration> untilCaughtUp(ConsumerLag lag) throws Exception {
        long stepEnd = System.nanoTime();
        while (System.nanoTime() - stepEnd < DRAIN_TIMEOUT.toNanos()) {
            if (lag.lagByGroup().values().stream().allMatch(behind -> behind == 0)) {
                return Optional.of(Duration.ofNanos(System.nanoTime() - stepEnd));
            }
            Thread.sleep(DRAIN_SAMPLE_INTERVAL);
        }
        return Optional.empty();
    }

    /** One connection taking new clients through the intake, one after the other. */
    private static final class IntakeWorker implements ClosedLoop.Worker {

        private final TimedGateway gateway;
        private final CaseWorkload workload;

        IntakeWorker(URI gateway, BearerToken token) {
            // Each request's own timing is not reported here: the loop times the whole intake.
            this.gateway = new TimedGateway(gateway, token, new Samples());
            this.workload = new CaseWorkload(this.gateway);
        }

        @Override
        public void runOnce() {
            workload.openCase(workload.registerClient());
        }

        @Override
        public void close() {
            gateway.close();
        }
    }
}
