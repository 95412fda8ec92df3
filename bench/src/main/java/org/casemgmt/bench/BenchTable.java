package org.casemgmt.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The figures as one plain-text table on stdout: sections (a) to (d), then the history. Times in ms. */
final class BenchTable {

    private static final String DISTRIBUTION_ROW = "  %-64s %6d %8.1f %8.1f %8.1f %8.1f%n";
    private static final String DISTRIBUTION_HEADER = "%-66s %6s %8s %8s %8s %8s%n";

    private final PrintStream out;

    BenchTable(PrintStream out) {
        this.out = out;
    }

    void print(BenchReport report) {
        out.printf("%nBenchmark: every service, started by the launcher on free ports; all on loopback, %d cores. "
                + "Times in ms.%n", Runtime.getRuntime().availableProcessors());
        if (report.arguments().quick()) {
            out.println("--quick: short windows, to see that every figure comes out; not figures to compare.");
        }
        gatewayVersusDirect(report.gatewayVersusDirect());
        eventPath(report.eventPath());
        sustainedLoad(report.sustainedLoad());
        startup(report.startup());
        report.history().ifPresent(this::history);
        out.printf("%nThe whole run, start-up included: %.0f s%n", report.runTime().toMillis() / 1000.0);
    }

    private void gatewayVersusDirect(GatewayVersusDirect.Result result) {
        out.printf("%n(a) Gateway vs direct: the same GET through the gateway and on intake-service itself, each "
                + "connection sending%n    its next request when the last is answered; each window %s warm-up, "
                + "then %s measured; the gateway's%n    limit per user (all the bench's connections are one): "
                + "%,.0f requests/s, burst %,d (its X-RateLimit-Limit)%n",
                seconds(result.warmup()), seconds(result.window()), result.rateLimit().ratePerSecond(),
                result.rateLimit().burst());
        String columns = "  %-11s %10s %7s %7s %10s %7s %7s %9s %8s %s%n";
        Figure request = null;
        List<String> errors = new ArrayList<>();
        for (GatewayVersusDirect.Comparison row : result.comparisons()) {
            if (!row.request().equals(request)) {
                request = row.request();
                out.printf("  %s%n", request.label());
                out.printf(columns, "connections", "gw req/s", "p50", "p99", "direct/s", "p50", "p99", "gw/direct",
                        "p50 +ms", "errors gw/direct");
            }
            out.printf("  %11d %10.1f %7.1f %7.1f %10.1f %7.1f %7.1f %9.2f %+8.1f %d/%d%n", row.connections(),
                    row.gateway().perSecond(), row.gateway().latency().p50Millis(),
                    row.gateway().latency().p99Millis(), row.direct().perSecond(),
                    row.direct().latency().p50Millis(), row.direct().latency().p99Millis(), row.throughputRatio(),
                    row.p50DifferenceMillis(), row.gateway().errorCount(), row.direct().errorCount());
            errorsOf(row.request().key() + ", " + row.connections() + " connections, gateway", row.gateway(), errors);
            errorsOf(row.request().key() + ", " + row.connections() + " connections, direct", row.direct(), errors);
        }
        errors.forEach(error -> out.printf("  errors: %s%n", error));
        out.printf("  CPU ms per request (from /proc): gateway + intake-service + the bench itself, through the gateway"
                + " and direct;%n  the last column is the ratio the %d cores allow once they are the limit%n",
                Runtime.getRuntime().availableProcessors());
        String cpuColumns = "  %-40s %11s %8s %8s %8s %8s %8s %8s%n";
        out.printf(cpuColumns, "", "connections", "gw", "service", "bench", "direct:", "service", "bench");
        for (GatewayVersusDirect.Comparison row : result.comparisons()) {
            out.printf("  %-40s %11d %8.2f %8.2f %8.2f %8s %8.2f %8.2f   cores allow %.2f%n", row.request().key(),
                    row.connections(), row.gatewayCpu().gatewayMillis(), row.gatewayCpu().serviceMillis(),
                    row.gatewayCpu().benchMillis(), "", row.directCpu().serviceMillis(),
                    row.directCpu().benchMillis(), row.cpuBoundRatio());
        }
    }

    private void eventPath(EventPath.Result result) {
        Map<Figure, Samples.Distribution> figures = result.figures();
        out.printf("%n(b) Event path vs raw Kafka: one case at a time through the gateway (%d warm-up cases, then "
                + "the %d measured)%n", result.warmup(), figures.get(EventPath.CASE_OPENED).count());
        out.printf(DISTRIBUTION_HEADER, "", "count", "p50", "p95", "p99", "max");
        figures.forEach((figure, distribution) -> distributionRow(figure.label(), distribution));
        distributionRow(String.format("raw Kafka: send -> polled, bench topic, %,d-byte records",
                result.raw().recordBytes()), result.raw().sendToPolled());
        out.printf("  event p50 - raw p50: %+.1f ms (target: within 10 ms); a case.opened record: %,d bytes (key, "
                + "value, headers)%n", result.eventMinusRawP50Millis(), result.eventRecordBytes());
    }

    private void sustainedLoad(SustainedLoad.Result result) {
        out.printf("%n(c) Sustained load: workers each taking new clients through the whole intake (6 requests) "
                + "through the gateway,%n    one after the other; each step %s warm-up, then %s measured; lag of "
                + "case.opened's consumer groups,%n    sampled every %d ms: %s%n", seconds(result.warmup()),
                seconds(result.window()), SustainedLoad.LAG_SAMPLE_INTERVAL.toMillis(),
                String.join(", ", result.groups()));
        out.printf("  %7s %8s %11s %11s %7s %8s  %-22s %15s%n", "workers", "cases/s", "intake p50", "intake p99",
                "errors", "max lag", "furthest behind", "lag back to 0");
        List<String> errors = new ArrayList<>();
        for (SustainedLoad.Step step : result.steps()) {
            LoadResult load = step.load();
            out.printf("  %7d %8.1f %11.1f %11.1f %7d %8d  %-22s %15s%n", load.workers(), load.perSecond(),
                    load.latency().p50Millis(), load.latency().p99Millis(), load.errorCount(), step.maxLag(),
                    step.maxLag() == 0 ? "-" : step.laggiestGroup(),
                    step.lagDrained().map(drained -> String.format("%.0f ms", drained.toNanos() / 1e6))
                            .orElse("> " + SustainedLoad.DRAIN_TIMEOUT.toSeconds() + " s"));
            errorsOf(load.workers() + " workers", load, errors);
        }
        errors.forEach(error -> out.printf("  errors: %s%n", error));
        out.printf("  knee: %s%n", knee(result));
    }

    private static String knee(SustainedLoad.Result result) {
        List<SustainedLoad.Step> steps = result.steps();
        Optional<KneeRule.Outcome> knee = result.knee();
        if (knee.isPresent()) {
            KneeRule.Outcome next = steps.stream().map(SustainedLoad.Step::outcome)
                    .filter(step -> step.workers() > knee.get().workers()).findFirst().orElseThrow();
            return String.format("%d workers, %.1f cases/s (%d workers: %.1f cases/s, %+.0f%%%s)",
                    knee.get().workers(), knee.get().perSecond(), next.workers(), next.perSecond(),
                    (next.perSecond() / knee.get().perSecond() - 1) * 100,
                    next.errors() > 0 ? ", with errors" : "");
        }
        if (steps.getFirst().outcome().errors() > 0) {
            return "none: the first step already had errors";
        }
        return String.format("not reached: each step up to %d workers added %.0f%% or more",
                steps.getLast().load().workers(), KneeRule.MIN_GROWTH * 100);
    }

    private void startup(ProcessMemory.Result result) {
        out.printf("%n(d) Start-up and memory, every service: from the launcher's start to each component ready; "
                + "resident memory%n    (VmRSS) once started, before any load, and after the whole run%n");
        out.printf("  %-52s %9s %16s %14s%n", "", "ready ms", "RSS start MiB", "RSS end MiB");
        Set<String> components = new LinkedHashSet<>(result.readyAfter().keySet());
        components.addAll(result.rssAfterStartMiB().keySet());
        for (String component : components) {
            Duration ready = result.readyAfter().get(component);
            Double atStart = result.rssAfterStartMiB().get(component);
            Double atEnd = result.rssAfterRunMiB().get(component);
            out.printf("  %-52s %9s %16s %14s%n", component.equals(ProcessMemory.THIS_JVM)
                            ? "launcher + bench (this JVM)" : component,
                    ready == null ? "" : String.format("%.0f", ready.toNanos() / 1e6),
                    atStart == null ? "" : String.format("%.0f", atStart),
                    atEnd == null ? "" : String.format("%.0f", atEnd));
        }
        out.printf("  %-52s %9.0f %16.0f %14.0f%n", "total: PlatformLauncher.start returned; all processes",
                result.launch().toNanos() / 1e6, sum(result.rssAfterStartMiB()), sum(result.rssAfterRunMiB()));
        out.printf("  %-52s %9s %16s %14.0f%n", "this JVM's heap in use after a GC", "", "",
                result.heapUsedAfterRunMiB());
    }

    private void history(HistoryCost.Result result) {
        out.printf("%n%-66s %10s %10s%n", "History: intake's audit trail holding", "idle CPU", "reads/s");
        for (HistoryCost.Point point : result.points()) {
            out.printf("  %-64s %9.1f%% %10.0f%n", String.format("%,d entries (%,d synthetic)", point.entries(),
                    point.synthetic()), point.idleCpuPercent(), point.readsPerSecond());
        }
        out.printf("  idle CPU: all the platform's processes over %s with no request, in %% of one core; reads/s: GET "
                + "one client%n  on intake-service with %d connections for %s; measured first, on a trail only the "
                + "start had written to,%n  once the relay has published everything, with the store's JVM at %d MiB "
                + "of heap%n", seconds(result.idleWindow()), HistoryCost.READERS, seconds(result.readWindow()),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private void distributionRow(String label, Samples.Distribution distribution) {
        out.printf(DISTRIBUTION_ROW, label, distribution.count(), distribution.p50Millis(), distribution.p95Millis(),
                distribution.p99Millis(), distribution.maxMillis());
    }

    private static void errorsOf(String where, LoadResult load, List<String> errors) {
        if (load.errorCount() > 0) {
            errors.add(where + ": " + load.errors().entrySet().stream()
                    .map(error -> error.getKey() + " x " + error.getValue()).collect(Collectors.joining(", ")));
        }
    }

    private static double sum(Map<String, Double> mebibytes) {
        return mebibytes.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
