package org.casemgmt.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casemgmt.launcher.Platform;

/**
 * {@code bin/bench}: starts the whole platform on free ports with a data directory of its own (so it runs beside a
 * {@code bin/run} platform), measures it, prints the figures (and writes them as JSON if asked), then stops the
 * platform and deletes the directory. Measures; asserts nothing.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        // Before any logger exists: the launcher's progress stays; the Kafka clients' configuration dumps and the MongoDB
        // driver's settings do not.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
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
        long launchStart = System.nanoTime();
        try (ThrowawayPlatform throwaway = ThrowawayPlatform.start(repo, "bench", options -> options)) {
            Platform platform = throwaway.platform();
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
        }
    }
}
