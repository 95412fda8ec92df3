package org.casemgmt.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * bin/bench's command line. {@code --quick} changes the defaults, not what is given: {@code --quick --cases 20}
 * measures 20 cases with everything else short.
 *
 * @param cases             (b) cases measured one after the other
 * @param warmup            (b) cases run first and not measured
 * @param rawRecords        (b) records the raw Kafka baseline measures
 * @param concurrencies     (a) connections, gateway and direct each
 * @param windowWarmup      (a) and (c) the unmeasured start of every window
 * @param httpWindow        (a) each measured window
 * @param loadSteps         (c) workers per step, rising
 * @param loadWindow        (c) each step's measured window
 * @param history           intake's audit trail sizes; none: not measured
 * @param historyIdleWindow how long the idle platform's CPU is measured at each size
 * @param historyReadWindow how long reads per second are measured at each size
 * @param json              where to write the figures as JSON too
 */
record BenchArguments(int cases, int warmup, int rawRecords, List<Integer> concurrencies, Duration windowWarmup,
                      Duration httpWindow, List<Integer> loadSteps, Duration loadWindow, List<Integer> history,
                      Duration historyIdleWindow, Duration historyReadWindow, Optional<Path> json, boolean quick,
                      boolean help) {

    static final String USAGE = """
            usage: bin/bench [--quick] [--json FILE] [OPTION]...
              --quick                short windows, 1 and 4 connections, load steps 1 and 2, history 1000 only:
                                     checks that every figure comes out, in about 40 s after start-up
              --json FILE            also write the figures as JSON to FILE (ms, per second, MiB), to compare runs
            (a) gateway vs direct
              --concurrency LIST     connections, each through the gateway then directly (default 1,4,16)
              --window-warmup SECONDS  unmeasured start of each window of (a) and (c) (default 2)
              --http-window SECONDS  each measured window (default 5)
            (b) event path vs raw Kafka
              --cases N              cases measured, one after the other (default 50)
              --warmup N             cases run first and not measured (default 10)
              --raw-records N        records measured by the raw Kafka baseline (default 500)
            (c) sustained load
              --load-steps LIST      workers per step, rising, until a step adds < 10% or fails
                                     (default 1,2,4,8,16,32)
              --load-window SECONDS  each step's measured window (default 10)
            history
              --history SIZES|none   fill intake's audit trail to each size and measure the idle platform's CPU and
                                     direct reads per second at each (default 1000,100000); none: skip it
            """;

    /** A mistyped command line: answered with the usage and exit code 2. */
    static final class UsageError extends Exception {

        UsageError(String problem) {
            super(problem);
        }
    }

    BenchArguments {
        concurrencies = List.copyOf(concurrencies);
        loadSteps = List.copyOf(loadSteps);
        history = List.copyOf(history);
    }

    static BenchArguments parse(String... args) throws UsageError {
        boolean quick = Arrays.asList(args).contains("--quick");
        int cases = quick ? 5 : 50;
        int warmup = quick ? 2 : 10;
        int rawRecords = quick ? 100 : 500;
        List<Integer> concurrencies = quick ? List.of(1, 4) : List.of(1, 4, 16);
        Duration windowWarmup = quick ? Duration.ofMillis(500) : Duration.ofSeconds(2);
        Duration httpWindow = quick ? Duration.ofSeconds(1) : Duration.ofSeconds(5);
        List<Integer> loadSteps = quick ? List.of(1, 2) : List.of(1, 2, 4, 8, 16, 32);
        Duration loadWindow = quick ? Duration.ofSeconds(2) : Duration.ofSeconds(10);
        List<Integer> history = quick ? List.of(1_000) : List.of(1_000, 100_000);
        Duration historyIdleWindow = quick ? Duration.ofSeconds(2) : Duration.ofSeconds(10);
        Duration historyReadWindow = quick ? Duration.ofSeconds(1) : Duration.ofSeconds(5);
        Optional<Path> json = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--quick" -> {
                    // read above: it sets the defaults the other options change
                }
                case "--help", "-h" -> {
                    return new BenchArguments(cases, warmup, rawRecords, concurrencies, windowWarmup, httpWindow,
                            loadSteps, loadWindow, history, historyIdleWindow, historyReadWindow, json, quick, true);
                }
                case "--cases" -> cases = count(option, value(args, ++i, option), 1);
                case "--warmup" -> warmup = count(option, value(args, ++i, option), 0);
                case "--raw-records" -> rawRecords = count(option, value(args, ++i, option), 1);
                case "--concurrency" -> concurrencies = counts(option, value(args, ++i, option), false);
                case "--window-warmup" -> windowWarmup = seconds(option, value(args, ++i, option), true);
                case "--http-window" -> httpWindow = seconds(option, value(args, ++i, option), false);
                case "--load-steps" -> loadSteps = counts(option, value(args, ++i, option), true);
                case "--load-window" -> loadWindow = seconds(option, value(args, ++i, option), false);
                case "--history" -> {
                    String sizes = value(args, ++i, option);
                    history = sizes.equals("none") ? List.of() : counts(option, sizes, true);
                }
                case "--json" -> json = Optional.of(Path.of(value(args, ++i, option)));
                default -> throw new UsageError("unknown option " + option);
            }
        }
        return new BenchArguments(cases, warmup, rawRecords, concurrencies, windowWarmup, httpWindow, loadSteps,
                loadWindow, history, historyIdleWindow, historyReadWindow, json, quick, false);
    }

    private static String value(String[] args, int index, String option) throws UsageError {
        if (index >= args.length) {
            throw new UsageError(option + " needs a value");
        }
        return args[index];
    }

    private static int count(String option, String text, int least) throws UsageError {
        try {
            int value = Integer.parseInt(text);
            if (value < least) {
                throw new UsageError(option + " must be at least " + least + ", not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageError(option + " needs a number, not " + text);
        }
    }

    /** Comma-separated counts of at least 1; rising ones when each builds on the one before. */
    private static List<Integer> counts(String option, String text, boolean rising) throws UsageError {
        List<Integer> counts = new ArrayList<>();
        for (String count : text.split(",", -1)) {
            int value = count(option, count.strip(), 1);
            if (rising && !counts.isEmpty() && value <= counts.getLast()) {
                throw new UsageError(option + " rises, each value above the one before: " + text);
            }
            counts.add(value);
        }
        return counts;
    }

    /** Seconds, with a fraction if wanted (0.5); zero only where nothing is lost by it (a warm-up). */
    private static Duration seconds(String option, String text, boolean zeroAllowed) throws UsageError {
        try {
            Duration duration = Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
            if (duration.isNegative() || (duration.isZero() && !zeroAllowed)) {
                throw new UsageError(option + " must be " + (zeroAllowed ? "0 or more" : "more than 0")
                        + " seconds, not " + text);
            }
            return duration;
        } catch (NumberFormatException e) {
            throw new UsageError(option + " needs seconds, e.g. 5 or 0.5, not " + text);
        }
    }
}
