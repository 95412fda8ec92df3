package org.casemgmt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.casemgmt.launcher.ServiceModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * {@code bin/bench --quick} against the platform the launcher starts from this repository's jars: every section
 * comes out, with figures that were really measured. Not how fast anything is: that is never asserted.
 */
class BenchQuickIT {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aQuickRunMeasuresEverySection() throws Exception {
        Path repo = Path.of(System.getProperty("casemgmt.repo.dir", "..")).toAbsolutePath().normalize();
        Path file = dir.resolve("bench.json");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        BenchMain.bench(BenchArguments.parse("--quick", "--json", file.toString()), repo,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        String table = printed.toString(StandardCharsets.UTF_8);
        System.out.print(table); // the figures, in the test's report
        assertThat(table).contains("(a) Gateway vs direct", "(b) Event path vs raw Kafka", "(c) Sustained load",
                "(d) Start-up and memory", "History:", "knee:");
        JsonNode json = TimedGateway.JSON.readTree(Files.readString(file));
        assertThat(json.path("quick").asBoolean()).isTrue();
        gatewayVersusDirect(json.path("gatewayVersusDirect"));
        eventPath(json.path("eventPath"));
        sustainedLoad(json.path("sustainedLoad"));
        startup(json.path("startup"));
        history(json.path("history"));
    }

    private static void gatewayVersusDirect(JsonNode section) {
        // What the failsafe configuration gives the gateway, as bin/bench does: its environment reached it.
        assertThat(section.path("rateLimit").path("burst").asInt()).isEqualTo(100_000);
        assertThat(section.path("rows").values()).hasSize(4).allSatisfy(row -> {
            assertThat(row.path("request").asString()).isIn("read-client", "list-programs");
            for (JsonNode route : List.of(row.path("gateway"), row.path("direct"))) {
                assertThat(route.path("errorCount").asLong()).as("errors in %s", row).isZero();
                positive(route, "requestsPerSecond", "p50Ms", "p99Ms");
            }
            positive(row, "throughputRatio");
        });
    }

    private static void eventPath(JsonNode section) {
        for (String figure : List.of("register-client", "read-client", "full-intake", "case-opened",
                "plan-drafted")) {
            JsonNode distribution = section.path("figures").path(figure);
            assertThat(distribution.path("count").asInt()).as(figure).isEqualTo(5);
            if (figure.equals("case-opened")) {
                // Timed from the decision's answer: the relay, woken by intake's save, may well publish before that
                // answer is back through the gateway, and then the figure is below zero.
                numbers(distribution, "p50Ms", "p99Ms", "maxMs");
            } else {
                positive(distribution, "p50Ms", "p99Ms", "maxMs");
            }
        }
        positive(section, "caseOpenedRecordBytes");
        JsonNode raw = section.path("rawKafka");
        assertThat(raw.path("recordBytes").asInt()).as("a copy of a case.opened record")
                .isEqualTo(section.path("caseOpenedRecordBytes").asInt());
        assertThat(raw.path("sendToPolled").path("count").asInt()).isEqualTo(100);
        positive(raw.path("sendToPolled"), "p50Ms", "p99Ms");
        assertThat(section.path("eventMinusRawP50Ms").isNumber()).isTrue();
    }

    private static void sustainedLoad(JsonNode section) {
        assertThat(section.path("consumerGroups").values()).extracting(JsonNode::asString)
                .contains("planning-service", "referral-service", "monitoring-service", "closure-service");
        assertThat(section.path("steps").values()).isNotEmpty().allSatisfy(step -> {
            assertThat(step.path("errorCount").asLong()).as("errors in %s", step).isZero();
            positive(step, "workers", "casesPerSecond", "p50Ms", "p99Ms");
            assertThat(step.path("maxLag").asLong()).isNotNegative();
            assertThat(step.path("lagDrainedMs").isNumber()).as("lag back to zero in %s", step).isTrue();
        });
        assertThat(section.has("kneeWorkers")).isTrue();
    }

    private static void startup(JsonNode section) {
        List<String> everyModule = ServiceModule.all().stream().map(ServiceModule::name).toList();
        assertThat(section.path("readyMs").propertyNames()).contains("mongodb", "kafka").containsAll(everyModule);
        section.path("readyMs").properties().forEach(ready -> positive(section.path("readyMs"), ready.getKey()));
        positive(section, "totalMs", "benchHeapUsedAfterRunMiB");
        for (String moment : List.of("rssAfterStartMiB", "rssAfterRunMiB")) {
            assertThat(section.path(moment).propertyNames()).contains("kafka", ProcessMemory.THIS_JVM)
                    .containsAll(everyModule);
            section.path(moment).properties().forEach(process -> positive(section.path(moment), process.getKey()));
        }
    }

    private static void history(JsonNode section) {
        assertThat(section.path("points").values()).hasSize(1).allSatisfy(point -> {
            assertThat(point.path("entries").asLong()).isGreaterThanOrEqualTo(1_000);
            positive(point, "idleCpuPercent", "readsPerSecond");
        });
    }

    private static void numbers(JsonNode node, String... keys) {
        for (String key : keys) {
            assertThat(node.path(key).isNumber()).as("%s in %s", key, node).isTrue();
        }
    }

    private static void positive(JsonNode node, String... keys) {
        for (String key : keys) {
            assertThat(node.path(key).isNumber()).as("%s in %s", key, node).isTrue();
            assertThat(node.path(key).asDouble()).as("%s in %s", key, node).isPositive();
        }
    }
}
