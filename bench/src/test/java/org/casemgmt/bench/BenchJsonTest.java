package org.casemgmt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

class BenchJsonTest {

    private static final Samples.Distribution TEN_MS = new Samples.Distribution(50, 10_000_000, 12_000_000,
            15_123_456, 20_000_000);
    private static final Samples.Distribution TWO_MS = new Samples.Distribution(500, 2_000_000, 3_000_000,
            4_000_000, 9_000_000);

    @TempDir
    Path dir;

    @Test
    void writesEverySectionUnderKeysOfItsOwnInMillisecondsPerSecondAndMebibytes() throws Exception {
        Path file = dir.resolve("bench.json");

        BenchJson.write(report(Optional.of(new HistoryCost.Result(Duration.ofSeconds(10), Duration.ofSeconds(5),
                List.of(new HistoryCost.Point(1_000, 990, 7.14, 280.5))))), file);

        JsonNode json = TimedGateway.JSON.readTree(Files.readString(file));
        assertThat(json.propertyNames()).containsExactly("schema", "quick", "runSeconds", "options",
                "gatewayVersusDirect", "eventPath", "sustainedLoad", "startup", "history");
        assertThat(json.path("schema").asInt()).isEqualTo(BenchJson.SCHEMA);
        assertThat(json.path("runSeconds").asDouble()).isEqualTo(412.5);
        assertThat(json.path("options").path("loadSteps").values()).extracting(JsonNode::asInt)
                .containsExactly(1, 2, 4, 8, 16, 32);

        JsonNode gateway = json.path("gatewayVersusDirect");
        assertThat(gateway.path("rateLimit").path("burst").asInt()).isEqualTo(100_000);
        JsonNode row = gateway.path("rows").get(0);
        assertThat(row.path("request").asString()).isEqualTo("read-client");
        assertThat(row.path("connections").asInt()).isEqualTo(4);
        assertThat(row.path("gateway").path("requestsPerSecond").asDouble()).isEqualTo(10.0);
        assertThat(row.path("direct").path("requestsPerSecond").asDouble()).isEqualTo(100.0);
        assertThat(row.path("gateway").path("p99Ms").asDouble()).isEqualTo(15.123);
        assertThat(row.path("gateway").path("errors").path("429").asLong()).isEqualTo(3);
        assertThat(row.path("gateway").path("errorCount").asLong()).isEqualTo(3);
        assertThat(row.path("throughputRatio").asDouble()).isEqualTo(0.1);
        assertThat(row.path("p50DifferenceMs").asDouble()).isEqualTo(8.0);
        assertThat(row.path("gatewayCpuMsPerRequest").path("gateway").asDouble()).isEqualTo(1.5);
        assertThat(row.path("directCpuMsPerRequest").path("service").asDouble()).isEqualTo(2.5);
        assertThat(row.path("cpuBoundRatio").asDouble()).isEqualTo(0.7);

        JsonNode events = json.path("eventPath");
        assertThat(events.path("figures").propertyNames()).containsExactly("case-opened");
        assertThat(events.path("figures").path("case-opened").path("p50Ms").asDouble()).isEqualTo(10.0);
        assertThat(events.path("rawKafka").path("sendToPolled").path("count").asInt()).isEqualTo(500);
        assertThat(events.path("rawKafka").path("recordBytes").asInt()).isEqualTo(1_234);
        assertThat(events.path("eventMinusRawP50Ms").asDouble()).isEqualTo(8.0);

        JsonNode load = json.path("sustainedLoad");
        assertThat(load.path("consumerGroups").values()).extracting(JsonNode::asString)
                .containsExactly("planning-service", "referral-service");
        JsonNode step = load.path("steps").get(0);
        assertThat(step.path("workers").asInt()).isEqualTo(4);
        assertThat(step.path("casesPerSecond").asDouble()).isEqualTo(10.0);
        assertThat(step.path("maxLag").asLong()).isEqualTo(7);
        assertThat(step.path("maxLagByGroup").path("referral-service").asLong()).isEqualTo(7);
        assertThat(step.path("lagDrainedMs").asDouble()).isEqualTo(250.0);
        assertThat(load.path("kneeWorkers").isNull()).as("one step: no knee").isTrue();

        JsonNode startup = json.path("startup");
        assertThat(startup.path("readyMs").path("gateway").asDouble()).isEqualTo(25_483.0);
        assertThat(startup.path("totalMs").asDouble()).isEqualTo(25_546.0);
        assertThat(startup.path("rssAfterStartMiB").path("bench").asDouble()).isEqualTo(224.5);
        assertThat(startup.path("rssAfterRunMiB").path("gateway").asDouble()).isEqualTo(300.0);

        JsonNode history = json.path("history").path("points").get(0);
        assertThat(history.path("entries").asLong()).isEqualTo(1_000);
        assertThat(history.path("idleCpuPercent").asDouble()).isEqualTo(7.14);
        assertThat(history.path("readsPerSecond").asDouble()).isEqualTo(280.5);
    }

    @Test
    void whatWasNotMeasuredIsNullUnderTheSameKey() throws Exception {
        JsonNode json = BenchJson.of(report(Optional.empty()));

        assertThat(json.has("history")).isTrue();
        assertThat(json.path("history").isNull()).isTrue();
    }

    private static BenchReport report(Optional<HistoryCost.Result> history) throws Exception {
        Duration window = Duration.ofSeconds(5);
        LoadResult throughGateway = new LoadResult(4, window, TEN_MS, Map.of("429", 3L));
        LoadResult direct = new LoadResult(4, window, TWO_MS, Map.of());
        GatewayVersusDirect.Result gatewayVersusDirect = new GatewayVersusDirect.Result(
                new GatewayVersusDirect.RateLimit(100_000, 100_000), Duration.ofSeconds(2), window,
                List.of(new GatewayVersusDirect.Comparison(GatewayVersusDirect.READ_CLIENT, 4, throughGateway,
                        direct, new GatewayVersusDirect.CpuPerRequest(1.5, 2.5, 1.0),
                        new GatewayVersusDirect.CpuPerRequest(0, 2.5, 1.0))));
        EventPath.Result eventPath = new EventPath.Result(10, Map.of(EventPath.CASE_OPENED, TEN_MS), 1_234,
                new RawKafkaBaseline.Result(500, 1_234, TWO_MS));
        SustainedLoad.Result sustainedLoad = new SustainedLoad.Result(Duration.ofSeconds(2), window,
                List.of("planning-service", "referral-service"),
                List.of(new SustainedLoad.Step(new LoadResult(4, window, TEN_MS, Map.of()),
                        Map.of("planning-service", 2L, "referral-service", 7L),
                        Optional.of(Duration.ofMillis(250)))));
        Map<String, Duration> ready = new LinkedHashMap<>();
        ready.put("mongodb", Duration.ofMillis(571));
        ready.put("gateway", Duration.ofMillis(25_483));
        ProcessMemory.Result startup = new ProcessMemory.Result(ready, Duration.ofMillis(25_546),
                Map.of("gateway", 282.0, "bench", 224.5), Map.of("gateway", 300.0, "bench", 250.0), 120.0);
        return new BenchReport(BenchArguments.parse(), gatewayVersusDirect, eventPath, sustainedLoad, startup,
                history, Duration.ofMillis(412_500));
    }
}
