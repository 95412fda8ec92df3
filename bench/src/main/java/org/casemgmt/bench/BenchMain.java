package org.casemgmt.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.launcher.LaunchOptions;
import org.casemgmt.launcher.Platform;
import org.casemgmt.launcher.PlatformLauncher;
import org.casemgmt.launcher.Tokens;

/**
 * {@code bin/bench}: starts the platform on free ports with a data directory of its own (so it runs beside a
 * {@code bin/run} platform), drives cases through the gateway on loopback, prints the figures, then stops the
 * platform and deletes the directory. Measures; asserts nothing.
 */
public final class BenchMain {

    private static final String USAGE = """
            usage: bin/bench [--cases N] [--warmup N] [--history SIZES]
              --cases N          cases measured, one after the other (default 50)
              --warmup N         cases run first and not measured, while the JVMs compile the hot paths (default 10)
              --history SIZES    then fill intake's audit trail to each size (e.g. 1000,100000) and measure the
                                 idle platform's CPU and direct reads per second at each (default: not measured)
            """;
    private static final List<String> MODULES = List.of("intake-service", "planning-service", "gateway");
    private static final Pattern VM_RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB$", Pattern.MULTILINE);
    private static final long MIB = 1024 * 1024;
    private static final String DEMO_PASSWORD = "demo";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        // Before any logger exists: the launcher's progress stays; the Kafka clients' configuration dumps and the
        // store's line per connection do not.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.de.bwaldvogel", "warn");
        try {
            Arguments arguments = Arguments.parse(args);
            if (arguments.help()) {
                System.out.print(USAGE);
            } else {
                bench(arguments.cases(), arguments.warmup(), arguments.history());
            }
        } catch (UsageError e) {
            System.err.print("bin/bench: " + e.getMessage() + "\n" + USAGE);
            System.exit(2);
        }
    }

    private static void bench(int cases, int warmup, List<Integer> history) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Path dataDir = Files.createTempDirectory("casemgmt-bench-");
        LaunchOptions options = LaunchOptions.defaults(repo).withFreePorts().withDataDir(dataDir)
                .withSelectedModules(MODULES);
        AtomicReference<Platform> started = new AtomicReference<>();
        // Ctrl-C: the platform's own hook stops it too, but only this one knows the directory is a throwaway, and it
        // must delete it after the broker and the store have stopped writing there.
        Thread cleanUpOnExit = new Thread(() -> stopAndDelete(started.get(), dataDir), "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanUpOnExit);
        try {
            long launchStart = System.nanoTime();
            Platform platform = PlatformLauncher.start(options);
            started.set(platform);
            Duration launch = Duration.ofNanos(System.nanoTime() - launchStart);

            Samples measured = run(platform, warmup, cases);
            report(System.out, cases, warmup, launch, platform, measured);
            if (!history.isEmpty()) {
                List<Long> processes = new ArrayList<>(platform.processIds().values());
                processes.add(ProcessHandle.current().pid());
                new HistoryCost(platform.mongoUri("intake"), processes,
                        platform.serviceUrls().get("intake-service"),
                        Tokens.forUser(platform.issuerUri(), CaseWorkload.CASE_WORKER, DEMO_PASSWORD))
                        .measure(System.out, history);
            }
        } finally {
            stopAndDelete(started.get(), dataDir);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUpOnExit);
            } catch (IllegalStateException alreadyExiting) {
                // stopped by a signal: the hook is running, and finds nothing left to do
            }
        }
    }

    private static void stopAndDelete(Platform platform, Path dataDir) {
        if (platform != null) {
            platform.close();
        }
        deleteRecursively(dataDir);
    }

    private static Samples run(Platform platform, int warmup, int cases) throws Exception {
        Samples measured = new Samples();
        try (TopicArrivals caseOpened = new TopicArrivals(platform,
                EventCatalog.CASE_OPENED.topic())) {
            caseOpened.awaitAssigned(Duration.ofSeconds(60));
            TimedGateway gateway = new TimedGateway(platform.gatewayUrl().orElseThrow(),
                    () -> Tokens.forUser(platform.issuerUri(), CaseWorkload.CASE_WORKER, DEMO_PASSWORD), measured);
            CaseWorkload workload = new CaseWorkload(gateway, caseOpened, measured);
            for (int i = 0; i < warmup; i++) {
                workload.runOneCase();
            }
            measured.clear();
            for (int i = 0; i < cases; i++) {
                workload.runOneCase();
            }
        }
        return measured;
    }

    private static void report(PrintStream out, int cases, int warmup, Duration launch, Platform platform,
                               Samples measured) throws IOException {
        out.printf("%nBenchmark: %d cases measured after %d warm-up cases, one at a time, on loopback. Times in ms.%n",
                cases, warmup);

        out.printf("%n%-64s %8s%n", "Start-up: launcher start -> ready", "ms");
        platform.readyAfter().forEach((component, after) -> out.printf("  %-62s %8.0f%n", component, millis(after)));
        out.printf("  %-62s %8.0f%n", "PlatformLauncher.start returned", millis(launch));

        String columns = "%-64s %6s %8s %8s %8s%n";
        out.printf("%n" + columns, "HTTP through the gateway", "count", "p50", "p95", "max");
        Map<String, Samples.Distribution> figures = measured.distributions();
        for (String figure : List.of(CaseWorkload.REGISTER, CaseWorkload.READ, CaseWorkload.INTAKE,
                CaseWorkload.ASSESSMENT, CaseWorkload.CONSENT, CaseWorkload.ELIGIBILITY, CaseWorkload.DECISION,
                CaseWorkload.FULL_INTAKE)) {
            row(out, figure, figures.get(figure));
        }
        out.printf("%n" + columns, "Events", "count", "p50", "p95", "max");
        row(out, CaseWorkload.CASE_OPENED, figures.get(CaseWorkload.CASE_OPENED));
        row(out, CaseWorkload.PLAN_DRAFTED, figures.get(CaseWorkload.PLAN_DRAFTED));

        out.printf("%n%-64s %8s%n", "Memory after the workload", "MiB");
        for (Map.Entry<String, Long> child : platform.processIds().entrySet()) {
            out.printf("  %-62s %8.0f%n", child.getKey() + " (RSS, pid " + child.getValue() + ")",
                    residentBytes(Path.of("/proc", String.valueOf(child.getValue()), "status")) / (double) MIB);
        }
        Runtime self = Runtime.getRuntime();
        System.gc(); // the heap's live size, not the garbage the workload left
        out.printf("  %-62s %8.0f%n", "launcher + bench + MongoDB store (RSS, this JVM)",
                residentBytes(Path.of("/proc/self/status")) / (double) MIB);
        out.printf("  %-62s %8.0f%n", "  its heap used after a GC", (self.totalMemory() - self.freeMemory()) / (double) MIB);
        out.printf("  %-62s %8.0f%n", "  its heap committed", self.totalMemory() / (double) MIB);
    }

    private static void row(PrintStream out, String figure, Samples.Distribution distribution) {
        out.printf("  %-62s %6d %8.1f %8.1f %8.1f%n", figure, distribution.count(),
                distribution.p50Nanos() / 1e6, distribution.p95Nanos() / 1e6, distribution.maxNanos() / 1e6);
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    /** VmRSS of /proc/<pid>/status: the pages of the process in memory now, heap or not. */
    private static long residentBytes(Path status) throws IOException {
        Matcher rss = VM_RSS.matcher(Files.readString(status));
        if (!rss.find()) {
            throw new IllegalStateException("no VmRSS line in " + status);
        }
        return Long.parseLong(rss.group(1)) * 1024;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("bin/bench: could not delete " + dir + ": " + e.getMessage());
        }
    }

    private record Arguments(int cases, int warmup, List<Integer> history, boolean help) {

        static Arguments parse(String[] args) throws UsageError {
            int cases = 50;
            int warmup = 10;
            List<Integer> history = List.of();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--cases" -> cases = count(args, ++i);
                    case "--warmup" -> warmup = count(args, ++i);
                    case "--history" -> history = sizes(args, ++i);
                    case "--help", "-h" -> {
                        return new Arguments(cases, warmup, history, true);
                    }
                    default -> throw new UsageError("unknown option " + args[i]);
                }
            }
            if (cases < 1) {
                throw new UsageError("--cases must be at least 1");
            }
            return new Arguments(cases, warmup, history, false);
        }

        private static List<Integer> sizes(String[] args, int index) throws UsageError {
            if (index >= args.length) {
                throw new UsageError("--history needs sizes, e.g. 1000,100000");
            }
            List<Integer> sizes = new ArrayList<>();
            for (String size : args[index].split(",")) {
                sizes.add(count(new String[] {"--history", size}, 1));
            }
            if (!sizes.equals(sizes.stream().sorted().toList())) {
                throw new UsageError("--history sizes grow: the trail is filled up to each in turn");
            }
            return sizes;
        }

        private static int count(String[] args, int index) throws UsageError {
            if (index >= args.length) {
                throw new UsageError(args[index - 1] + " needs a number");
            }
            try {
                int value = Integer.parseInt(args[index]);
                if (value < 0) {
                    throw new UsageError(args[index - 1] + " cannot be negative");
                }
                return value;
            } catch (NumberFormatException e) {
                throw new UsageError(args[index - 1] + " needs a number, not " + args[index]);
            }
        }
    }

    /** A mistyped command line: answered with the usage and exit code 2. */
    private static final class UsageError extends Exception {

        UsageError(String problem) {
            super(problem);
        }
    }
}
