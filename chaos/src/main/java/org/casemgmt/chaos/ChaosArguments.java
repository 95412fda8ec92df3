package org.casemgmt.chaos;

import java.time.Duration;
import java.util.Random;

/**
 * bin/chaos's command line: a number of cases (the short run) or a duration (the long run), the clients driving them,
 * the instances of each stage, the seed of the kills and the pauses between them.
 *
 * @param cases        cases to drive at least (and on until every component died once); 0 with a duration
 * @param duration     how long to drive cases and kill components; null with a number of cases
 * @param clients      clients driving cases at once
 * @param instances    instances of each stage service
 * @param seed         of the kills' order and pauses
 * @param shortestPause between two kills
 * @param longestPause  between two kills
 * @param oneInstanceOfEachService kill one instance of each stage service, not every one
 * @param keepData      leave the platform's data directory (its logs among it) once stopped
 */
record ChaosArguments(int cases, Duration duration, int clients, int instances, long seed, Duration shortestPause,
                      Duration longestPause, boolean oneInstanceOfEachService, boolean keepData, boolean help) {

    static final String USAGE = """
            usage: bin/chaos [--cases N | --duration TIME] [OPTION]...
              --cases N          the short run: drive at least N cases, intake to closure, and on until every
                                 component has been killed once (default 200)
              --duration TIME    the long run: drive cases and kill components for TIME (e.g. 10m, 600s)
              --clients N        clients driving cases at once (default 6)
              --instances N      instances of each stage service (default 2)
              --seed N           the seed of which component dies when (default: random, printed)
              --pauses MIN-MAX   seconds between two kills (default 3-8 for --cases, 10-30 for --duration)
              --one-instance-each
                                 kill one instance of each stage service (the seed's pick), not every instance:
                                 its others serve on, and the short run is over sooner (the build's)
              --keep-data        leave the platform's data directory, with every component's log, once stopped
            Prints the verdicts and exits 0 when every one holds, 1 when one does not.
            """;

    /** A mistyped command line: answered with the usage and exit code 2. */
    static final class UsageError extends Exception {

        UsageError(String problem) {
            super(problem);
        }
    }

    ChaosRun.Settings settings() {
        return new ChaosRun.Settings(cases, duration, clients, seed, shortestPause, longestPause,
                oneInstanceOfEachService);
    }

    static ChaosArguments parse(String... args) throws UsageError {
        int cases = 200;
        Duration duration = null;
        int clients = 6;
        int instances = 2;
        long seed = new Random().nextLong(1_000_000);
        Duration[] pauses = null;
        boolean oneInstanceOfEachService = false;
        boolean keepData = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--help", "-h" -> help = true;
                case "--keep-data" -> keepData = true;
                case "--one-instance-each" -> oneInstanceOfEachService = true;
                case "--cases" -> {
                    cases = positive(option, value(args, ++i, option));
                    duration = null;
                }
                case "--duration" -> {
                    duration = duration(value(args, ++i, option));
                    cases = 0;
                }
                case "--clients" -> clients = positive(option, value(args, ++i, option));
                case "--instances" -> instances = positive(option, value(args, ++i, option));
                case "--seed" -> seed = number(option, value(args, ++i, option));
                case "--pauses" -> pauses = pauses(value(args, ++i, option));
                default -> throw new UsageError("unknown option " + option);
            }
        }
        if (pauses == null) {
            pauses = duration == null ? new Duration[] {Duration.ofSeconds(3), Duration.ofSeconds(8)}
                    : new Duration[] {Duration.ofSeconds(10), Duration.ofSeconds(30)};
        }
        return new ChaosArguments(cases, duration, clients, instances, seed, pauses[0], pauses[1],
                oneInstanceOfEachService, keepData, help);
    }

    private static String value(String[] args, int index, String option) throws UsageError {
        if (index >= args.length) {
            throw new UsageError(option + " needs a value");
        }
        return args[index];
    }

    private static int positive(String option, String text) throws UsageError {
        long value = number(option, text);
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw new UsageError(option + " must be a positive number, not " + text);
        }
        return (int) value;
    }

    private static long number(String option, String text) throws UsageError {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageError(option + " must be a number, not " + text);
        }
    }

    /** {@code 10m}, {@code 600s}, {@code 1h} or plain seconds. */
    static Duration duration(String text) throws UsageError {
        try {
            Duration duration;
            if (text.endsWith("h")) {
                duration = Duration.ofHours(Long.parseLong(text.substring(0, text.length() - 1)));
            } else if (text.endsWith("m")) {
                duration = Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
            } else if (text.endsWith("s")) {
                duration = Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
            } else {
                duration = Duration.ofSeconds(Long.parseLong(text));
            }
            if (duration.isZero() || duration.isNegative()) {
                throw new UsageError("--duration must be positive, not " + text);
            }
            return duration;
        } catch (NumberFormatException e) {
            throw new UsageError("--duration takes a time such as 10m, 600s or 1h, not " + text);
        }
    }

    private static Duration[] pauses(String text) throws UsageError {
        String[] bounds = text.split("-");
        if (bounds.length != 2) {
            throw new UsageError("--pauses takes MIN-MAX seconds, e.g. 3-8, not " + text);
        }
        long shortest = number("--pauses", bounds[0]);
        long longest = number("--pauses", bounds[1]);
        if (shortest < 0 || longest < shortest) {
            throw new UsageError("--pauses takes MIN-MAX seconds with 0 <= MIN <= MAX, not " + text);
        }
        return new Duration[] {Duration.ofSeconds(shortest), Duration.ofSeconds(longest)};
    }
}
