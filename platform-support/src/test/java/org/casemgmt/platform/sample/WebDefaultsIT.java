package org.casemgmt.platform.sample;

import java.util.UUID;

import org.casemgmt.platform.testing.TopicProbe;
import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SampleServiceTest
class WebDefaultsIT {

    private static final String WORKER = TestIssuer.shared().bearer("worker-5", "agency-1", "CASE_WORKER");

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    @Test
    void aPostRetriedWithItsIdempotencyKeyOpensOneCaseAndPublishesOneEvent() {
        String key = UUID.randomUUID().toString();
        ResponseEntity<JsonNode> first = openCase(key);
        ResponseEntity<JsonNode> retry = openCase(key);

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        String caseId = first.getBody().get("caseId").asString();
        assertThat(retry.getBody().get("caseId").asString()).isEqualTo(caseId);
        assertThat(first.getBody().get("openedBy").asString()).isEqualTo("worker-5");

        TopicProbe.Received event = new TopicProbe(bootstrapServers).awaitRecords("case.opened", caseId, 1).getFirst();
        assertThat(event.header("correlation-id")).isEqualTo("corr-" + key);
    }

    @Test
    void anUnknownCaseIsA404ProblemCarryingTheCorrelationId() {
        ResponseEntity<JsonNode> response = http().get().uri("/api/sample/cases/nope").header("Authorization", WORKER)
                .header("X-Correlation-Id", "corr-404").retrieve().toEntity(JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst("X-Correlation-Id")).isEqualTo("corr-404");
        assertThat(response.getBody().get("type").asString()).isEqualTo("urn:casemgmt:problem:not-found");
        assertThat(response.getBody().get("correlationId").asString()).isEqualTo("corr-404");
    }

    @Test
    void readinessReportsMongoAndTheKafkaBinder() {
        JsonNode readiness = http().get().uri("/actuator/health/readiness").retrieve().body(JsonNode.class);

        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").propertyNames()).contains("mongo", "binders", "readinessState");
        assertThat(readiness.get("components").get("mongo").get("status").asString()).isEqualTo("UP");
        assertThat(http().get().uri("/actuator/health/liveness").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void prometheusExposesTheOutboxMetrics() {
        String metrics = http().get().uri("/actuator/prometheus").header("Authorization", WORKER).retrieve().body(String.class);

        assertThat(metrics).contains("casemgmt_outbox_pending");
    }

    private ResponseEntity<JsonNode> openCase(String idempotencyKey) {
        return http().post().uri("/api/sample/cases")
                .header("Idempotency-Key", idempotencyKey)
                .header("Authorization", WORKER)
                .header("X-Correlation-Id", "corr-" + idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"agencyId\":\"agency-1\"}")
                .retrieve().toEntity(JsonNode.class);
    }
}
