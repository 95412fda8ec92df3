package org.casemgmt.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * bin/bench-audit's command line.
 *
 * @param store     which embedded MongoDB store the trail is written to
 * @param instances service instances sharing the trail, one point per number
 * @param writers   threads appending at once, spread over the instances, one point per number
 * @param warmup    the unmeasured start of every point
 * @param window    each point's measured window
 */
record AuditBenchArguments(Store store, List<Integer> instances, List<Integer> writers, Duration warmup,
                           Duration window, boolean help) {

    static final String USAGE = """
            usage: bin/bench-audit [OPTION]...
              --store h2|memory      the launcher's store, kept in an H2 file as bin/run's (default), or the
                                     in-memory one the services' tests use
              --instances LIST       service instances sharing the trail, each with its own connection (default 1,2)
              --writers LIST         threads appending at once, spread over the instances (default 1,4,16)
              --warmup SECONDS       unmeasured start of each point (default 2)
              --window SECONDS       each point's measured window (default 5)
            """;

    /** The embedded MongoDB stores the platform uses. */
    enum Store {
        /** The launcher's, behind bin/run and bin/bench: one H2 MVStore file. */
        H2("H2 file, as bin/run's launcher"),
        /** The one the services' tests start. */
        MEMORY("in memory, as the services' tests");

        private final String label;

        Store(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** A mistyped command line: answered with the usage and exit code 2. */
    static final class UsageError extends Exception {

        UsageError(String problem) {
            super(problem);
        }
    }

    AuditBenchArguments {
        instances = List.copyOf(instances);
        writers = List.copyOf(writers);
    }

    static AuditBenchArguments parse(String... args) throws UsageError {
        Store store = Store.H2;
        List<Integer> instances = List.of(1, 2);
        List<Integer> writers = List.of(1, 4, 16);
        Duration warmup = Duration.ofSeconds(2);
        Duration window = Duration.ofSeconds(5);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--help", "-h" -> {
                    return new AuditBenchArguments(store, instances, writers, warmup, window, true);
                }
                case "--store" -> store = store(value(args, ++i, option));
                case "--instances" -> instances = counts(option, value(args, ++i, option));
                case "--writers" -> writers = counts(option, value(args, ++i, option));
                case "--warmup" -> warmup = seconds(option, value(args, ++i, option), true);
                case "--window" -> window = seconds(option, value(args, ++i, option), false);
                default -> throw new UsageError("unknown option " + option);
            }
        }
        return new AuditBenchArguments(store, instances, writers, warmup, window, false);
    }

    private static String value(String[] args, int index, String option) throws UsageError {
        if (index >= args.length) {
            throw new UsageError(option + " needs a value");
        }
        return args[index];
    }

    private static Store store(String text) throws UsageError {
        return switch (text) {
            case "h2" -> Store.H2;
            case "memory" -> Store.MEMORY;
            default -> throw new UsageError("--store is h2 or memory, not " + text);
        };
    }

    private static List<Integer> counts(String option, String text) throws UsageError {
        List<Integer> counts = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                int count = Integer.parseInt(part.strip());
                if (count < 1) {
                    throw new UsageError(option + " takes counts of 1 or more, not " + count);
                }
                counts.add(count);
            } catch (NumberFormatException e) {
                throw new UsageError(option + " takes numbers separated by commas, not " + text);
            }
        }
        return counts;
    }

    private static Duration seconds(String option, String text, boolean zeroAllowed) throws UsageError {
        double seconds;
        try {
            seconds = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageError(option + " takes seconds, not " + text);
        }
        if (seconds < 0 || seconds == 0 && !zeroAllowed || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            throw new UsageError(option + " takes " + (zeroAllowed ? "0 or more" : "more than 0") + " seconds, not "
                    + text);
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
