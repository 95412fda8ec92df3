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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.casemgmt.launcher.LaunchOptions;
import org.casemgmt.launcher.Platform;
import org.casemgmt.launcher.PlatformLauncher;
import org.casemgmt.launcher.ServiceModule;

/**
 * {@code bin/bench}: starts the whole platform on free ports with a data directory of its own (so it runs beside a
 * {@code bin/run} platform), measures it, prints the figures (and writes them as JSON if asked), then stops the
 * platform and deletes the directory. Measures; asserts nothing.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        // Before any logger exists: the launcher's progress stays; the Kafka clients' configuration dumps, the
        // store's line per connection and the MongoDB driver's settings do not.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.de.bwaldvogel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.mongodb.driver", "warn");
        try {
            BenchArguments arguments = BenchArguments.parse(args);
            if (arguments.help()) {
                System.out.print(BenchArguments.USAGE);
            } else {
                bench(arguments, Path.of("").toAbsolutePath(), System.out);
            }
        } catch (BenchArguments.UsageError e) {
            System.err.print("bin/bench: " + e.getMessage() + "\n" + BenchArguments.USAGE);
            System.exit(2);
        }
    }

    /** One run against the jars under {@code repo}: the table on {@code out}, the JSON where the arguments say. */
    static BenchReport bench(BenchArguments arguments, Path repo, PrintStream out) throws Exception {
        long runStart = System.nanoTime();
        Path dataDir = Files.createTempDirectory("casemgmt-bench-");
        // Every module, each required: the bench measures the platform bin/run starts, and fails on a missing jar
        // rather than measure less of it.
        LaunchOptions options = LaunchOptions.defaults(repo).withFreePorts().withDataDir(dataDir)
                .withSelectedModules(ServiceModule.all().stream().map(ServiceModule::name).toList());
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
            Map<String, Double> rssAfterStart = ProcessMemory.residentMiB(platform);
            BearerToken token = new BearerToken(platform.issuerUri(), CaseWorkload.CASE_WORKER);

            // History first: on a trail only the start has written to, the first size is the size it says.
            Optional<HistoryCost.Result> history = Optional.empty();
            if (!arguments.history().isEmpty()) {
                List<Long> processes = new ArrayList<>(platform.processIds().values());
                processes.add(ProcessHandle.current().pid());
                history = Optional.of(new HistoryCost(platform.mongoUri("intake"), processes,
                        platform.serviceUrls().get("intake-service"), token)
                        .measure(arguments.history(), arguments.historyIdleWindow(), arguments.historyReadWindow()));
            }
            GatewayVersusDirect.Result gatewayVersusDirect = new GatewayVersusDirect(
                    platform.gatewayUrl().orElseThrow(), platform.serviceUrls().get("intake-service"), token,
                    List.of(platform.processIds().get("gateway"), platform.processIds().get("intake-service"),
                            ProcessHandle.current().pid()))
                    .measure(arguments.concurrencies(), arguments.windowWarmup(), arguments.httpWindow());
            EventPath.Result eventPath = new EventPath(platform, token)
                    .measure(arguments.warmup(), arguments.cases(), arguments.rawRecords());
            SustainedLoad.Result sustainedLoad = new SustainedLoad(platform, token)
                    .measure(arguments.loadSteps(), arguments.windowWarmup(), arguments.loadWindow());
            ProcessMemory.Result startup = new ProcessMemory.Result(platform.readyAfter(), launch, rssAfterStart,
                    ProcessMemory.residentMiB(platform), ProcessMemory.heapUsedAfterGcMiB());

            BenchReport report = new BenchReport(arguments, gatewayVersusDirect, eventPath, sustainedLoad, startup,
                    history, Duration.ofNanos(System.nanoTime() - runStart));
            new BenchTable(out).print(report);
            if (arguments.json().isPresent()) {
                BenchJson.write(report, arguments.json().get());
            }
            return report;
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
}
