package org.casemgmt.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The figures as JSON, to compare two runs: keys are written here by hand, never derived from the Java names, so
 * they stay put when the code changes. Times in ms, rates per second, memory in MiB; a figure that does not exist
 * (history skipped, no knee reached, lag never back to zero) is null, its key still there.
 */
final class BenchJson {

    /** Raised when a key changes meaning or goes away, so that a comparison can refuse two runs it cannot match. */
    static final int SCHEMA = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BenchJson() {
    }

    static void write(BenchReport report, Path file) throws IOException {
        Files.writeString(file, TimedGateway.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(of(report))
                + System.lineSeparator());
    }

    static ObjectNode of(BenchReport report) {
        ObjectNode json = NODES.objectNode();
        json.put("schema", SCHEMA);
        json.put("quick", report.arguments().quick());
        json.put("runSeconds", round(seconds(report.runTime())));
        json.set("options", options(report.arguments()));
        json.set("gatewayVersusDirect", gatewayVersusDirect(report.gatewayVersusDirect()));
        json.set("eventPath", eventPath(report.eventPath()));
        json.set("sustainedLoad", sustainedLoad(report.sustainedLoad()));
        json.set("startup", startup(report.startup()));
        if (report.history().isPresent()) {
            json.set("history", history(report.history().get()));
        } else {
            json.putNull("history");
        }
        return json;
    }

    private static ObjectNode options(BenchArguments arguments) {
        ObjectNode options = NODES.objectNode();
        options.put("cases", arguments.cases());
        options.put("warmupCases", arguments.warmup());
        options.put("rawRecords", arguments.rawRecords());
        options.set("concurrencies", numbers(arguments.concurrencies()));
        options.put("windowWarmupSeconds", seconds(arguments.windowWarmup()));
        options.put("httpWindowSeconds", seconds(arguments.httpWindow()));
        options.set("loadSteps", numbers(arguments.loadSteps()));
        options.put("loadWindowSeconds", seconds(arguments.loadWindow()));
        options.set("historySizes", numbers(arguments.history()));
        return options;
    }

    private static ObjectNode gatewayVersusDirect(GatewayVersusDirect.Result result) {
        ObjectNode section = NODES.objectNode();
        ObjectNode rateLimit = section.putObject("rateLimit");
        rateLimit.put("ratePerSecond", result.rateLimit().ratePerSecond());
        rateLimit.put("burst", result.rateLimit().burst());
        section.put("warmupSeconds", seconds(result.warmup()));
        section.put("windowSeconds", seconds(result.window()));
        ArrayNode rows = section.putArray("rows");
        for (GatewayVersusDirect.Comparison comparison : result.comparisons()) {
            ObjectNode row = rows.addObject();
            row.put("request", comparison.request().key());
            row.put("connections", comparison.connections());
            row.set("gateway", load(comparison.gateway(), "requestsPerSecond"));
            row.set("direct", load(comparison.direct(), "requestsPerSecond"));
            row.put("throughputRatio", round(comparison.throughputRatio()));
            row.put("p50DifferenceMs", round(comparison.p50DifferenceMillis()));
            row.set("gatewayCpuMsPerRequest", cpu(comparison.gatewayCpu()));
            row.set("directCpuMsPerRequest", cpu(comparison.directCpu()));
            row.put("cpuBoundRatio", round(comparison.cpuBoundRatio()));
        }
        return section;
    }

    private static ObjectNode cpu(GatewayVersusDirect.CpuPerRequest cpu) {
        ObjectNode millis = NODES.objectNode();
        millis.put("gateway", round(cpu.gatewayMillis()));
        millis.put("service", round(cpu.serviceMillis()));
        millis.put("bench", round(cpu.benchMillis()));
        return millis;
    }

    private static ObjectNode eventPath(EventPath.Result result) {
        ObjectNode section = NODES.objectNode();
        section.put("warmupCases", result.warmup());
        ObjectNode figures = section.putObject("figures");
        result.figures().forEach((figure, distribution) -> figures.set(figure.key(), distribution(distribution)));
        section.put("caseOpenedRecordBytes", result.eventRecordBytes());
        ObjectNode raw = section.putObject("rawKafka");
        raw.put("records", result.raw().records());
        raw.put("recordBytes", result.raw().recordBytes());
        raw.set("sendToPolled", distribution(result.raw().sendToPolled()));
        section.put("eventMinusRawP50Ms", round(result.eventMinusRawP50Millis()));
        return section;
    }

    private static ObjectNode sustainedLoad(SustainedLoad.Result result) {
        ObjectNode section = NODES.objectNode();
        section.put("warmupSeconds", seconds(result.warmup()));
        section.put("windowSeconds", seconds(result.window()));
        ArrayNode groups = section.putArray("consumerGroups");
        result.groups().forEach(groups::add);
        ArrayNode steps = section.putArray("steps");
        for (SustainedLoad.Step step : result.steps()) {
            ObjectNode row = steps.addObject();
            row.put("workers", step.load().workers());
            row.setAll(load(step.load(), "casesPerSecond"));
            row.put("maxLag", step.maxLag());
            ObjectNode byGroup = row.putObject("maxLagByGroup");
            step.maxLagByGroup().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(group -> byGroup.put(group.getKey(), group.getValue()));
            putMillis(row, "lagDrainedMs", step.lagDrained());
        }
        Optional<KneeRule.Outcome> knee = result.knee();
        if (knee.isPresent()) {
            section.put("kneeWorkers", knee.get().workers());
        } else {
            section.putNull("kneeWorkers");
        }
        return section;
    }

    private static ObjectNode startup(ProcessMemory.Result result) {
        ObjectNode section = NODES.objectNode();
        ObjectNode ready = section.putObject("readyMs");
        result.readyAfter().forEach((component, after) -> ready.put(component, round(millis(after))));
        section.put("totalMs", round(millis(result.launch())));
        section.set("rssAfterStartMiB", mebibytes(result.rssAfterStartMiB()));
        section.set("rssAfterRunMiB", mebibytes(result.rssAfterRunMiB()));
        section.put("benchHeapUsedAfterRunMiB", round(result.heapUsedAfterRunMiB()));
        return section;
    }

    private static ObjectNode history(HistoryCost.Result result) {
        ObjectNode section = NODES.objectNode();
        section.put("idleWindowSeconds", seconds(result.idleWindow()));
        section.put("readWindowSeconds", seconds(result.readWindow()));
        section.put("readers", HistoryCost.READERS);
        ArrayNode points = section.putArray("points");
        for (HistoryCost.Point point : result.points()) {
            ObjectNode row = points.addObject();
            row.put("entries", point.entries());
            row.put("synthetic", point.synthetic());
            row.put("idleCpuPercent", round(point.idleCpuPercent()));
            row.put("readsPerSecond", round(point.readsPerSecond()));
        }
        return section;
    }

    private static ObjectNode load(LoadResult load, String rateKey) {
        ObjectNode json = NODES.objectNode();
        json.put(rateKey, round(load.perSecond()));
        json.setAll(distribution(load.latency()));
        json.put("errorCount", load.errorCount());
        ObjectNode errors = json.putObject("errors");
        load.errors().forEach(errors::put);
        return json;
    }

    private static ObjectNode distribution(Samples.Distribution distribution) {
        ObjectNode json = NODES.objectNode();
        json.put("count", distribution.count());
        json.put("p50Ms", round(distribution.p50Millis()));
        json.put("p95Ms", round(distribution.p95Millis()));
        json.put("p99Ms", round(distribution.p99Millis()));
        json.put("maxMs", round(distribution.maxMillis()));
        return json;
    }

    private static ObjectNode mebibytes(Map<String, Double> byProcess) {
        ObjectNode json = NODES.objectNode();
        byProcess.forEach((process, mebibytes) -> json.put(process, round(mebibytes)));
        return json;
    }

    private static void putMillis(ObjectNode json, String key, Optional<Duration> duration) {
        if (duration.isPresent()) {
            json.put(key, round(millis(duration.get())));
        } else {
            json.putNull(key);
        }
    }

    private static ArrayNode numbers(List<Integer> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /** Three decimals: a microsecond in ms, more than the figures are worth, and a diff stays readable. */
    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
