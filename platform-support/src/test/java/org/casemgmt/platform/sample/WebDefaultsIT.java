package org.casemgmt.platform.sample;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.casemgmt.platform.testing.TopicProbe;
import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SampleServiceTest
@ExtendWith(OutputCaptureExtension.class)
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
    void aPostThatFailedAfterItsSaveIsNotRunAgainByItsRetry() {
        String key = UUID.randomUUID().toString();
        ResponseEntity<JsonNode> first = post("/api/sample/cases/opened-then-unrecorded", key);
        ResponseEntity<JsonNode> retry = post("/api/sample/cases/opened-then-unrecorded", key);

        assertThat(first.getStatusCode().value()).isEqualTo(503);
        assertThat(first.getBody().get("type").asString()).isEqualTo("urn:casemgmt:problem:audit-unavailable");
        assertThat(retry.getStatusCode().value()).isEqualTo(409);
        assertThat(retry.getBody().get("type").asString())
                .isEqualTo("urn:casemgmt:problem:idempotent-request-outcome-unknown");
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
    void metricsAreNotOnTheApplicationPortWhateverTheToken() {
        for (String endpoint : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/info"}) {
            ResponseEntity<String> answer = http().get().uri(endpoint).header("Authorization", WORKER).retrieve()
                    .toEntity(String.class);

            assertThat(answer.getStatusCode().value()).as(endpoint).isEqualTo(404);
            assertThat(answer.getBody()).as(endpoint).doesNotContain("casemgmt_outbox", "mongodb", "case.opened");
        }
    }

    @Test
    void aBracketedOrUnknownQueryParameterIsA400ProblemAndNoStackTraceInTheLog(CapturedOutput log) {
        ResponseEntity<JsonNode> injected = http().get().uri("/api/sample/cases?status[$ne]=CLOSED")
                .header("Authorization", WORKER).retrieve().toEntity(JsonNode.class);
        ResponseEntity<JsonNode> guessed = http().get().uri("/api/sample/cases?agencyId=agency-2")
                .header("Authorization", WORKER).retrieve().toEntity(JsonNode.class);

        assertThat(injected.getStatusCode().value()).isEqualTo(400);
        assertThat(injected.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(injected.getBody().get("type").asString()).isEqualTo("urn:casemgmt:problem:unknown-query-parameter");
        assertThat(injected.getBody().get("detail").asString()).contains("status[$ne]");
        assertThat(guessed.getStatusCode().value()).isEqualTo(400);
        assertThat(guessed.getBody().get("detail").asString())
                .isEqualTo("This endpoint does not take the query parameter(s) agencyId; it takes page, size, sort, status.");
        assertThat(log.getAll()).doesNotContain("Unexpected error serving", "\tat org.springframework");
    }

    /** As curl sends it: the brackets not percent-encoded, which an HTTP client library would encode. */
    @Test
    void bracketsTypedIntoTheQueryAreTheSameProblemNotTheServersErrorPage(CapturedOutput log) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write(("GET /api/sample/cases?status[$ne]=CLOSED HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + WORKER + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json",
                    "urn:casemgmt:problem:unknown-query-parameter", "status[$ne]");
        }
        assertThat(log.getAll()).doesNotContain("Invalid character found", "\tat org.apache");
    }

    @Test
    void aStatusOfTheWrongKindNamesTheValuesNotTheJavaType() {
        ResponseEntity<JsonNode> answer = http().get().uri("/api/sample/cases?status=OPENED")
                .header("Authorization", WORKER).retrieve().toEntity(JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("errors").get(0).get("message").asString())
                .isEqualTo("must be one of OPEN, CLOSED");
        assertThat(answer.getBody().toString()).doesNotContain("org.casemgmt", "java.");
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheTrueTotalAndAPageHoldsAtMostAHundred() {
        openCase(UUID.randomUUID().toString());
        JsonNode all = http().get().uri("/api/sample/cases?size=1000").header("Authorization", WORKER).retrieve()
                .body(JsonNode.class);
        JsonNode farPastTheEnd = http().get().uri("/api/sample/cases?page=2147483647&size=20")
                .header("Authorization", WORKER).retrieve().body(JsonNode.class);
        ResponseEntity<JsonNode> beyondAnyPage = http().get().uri("/api/sample/cases?page=99999999999")
                .header("Authorization", WORKER).retrieve().toEntity(JsonNode.class);

        long total = all.get("page").get("totalElements").asLong();
        assertThat(total).isPositive();
        assertThat(all.get("page").get("size").asInt()).isEqualTo(100);
        assertThat(farPastTheEnd.get("content").size()).isZero();
        assertThat(farPastTheEnd.get("page").get("totalElements").asLong()).isEqualTo(total);
        assertThat(beyondAnyPage.getStatusCode().value()).isEqualTo(400);
        assertThat(beyondAnyPage.getBody().get("errors").get(0).get("field").asString()).isEqualTo("page");
    }

    @Test
    void forwardedHeadersChangeTheLocationOnlyWhenTheGatewayOnLoopbackSendsThem() throws Exception {
        URI fromTheGateway = openCaseForwardedFrom(InetAddress.getByName("127.0.0.1"));
        // Another address of this host, as a caller on the network that reached the service directly would be.
        URI fromAnyoneElse = openCaseForwardedFrom(InetAddress.getByName("127.0.0.2"));

        assertThat(fromTheGateway.getScheme()).isEqualTo("https");
        assertThat(fromTheGateway.getHost()).isEqualTo("cases.example.org");
        assertThat(fromAnyoneElse.getScheme()).isEqualTo("http");
        assertThat(fromAnyoneElse.getHost()).isEqualTo("127.0.0.1");
        assertThat(fromAnyoneElse.getPort()).isEqualTo(port);
    }

    private URI openCaseForwardedFrom(InetAddress localAddress) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().localAddress(localAddress).build()) {
            HttpResponse<String> opened = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/sample/cases"))
                    .header("Authorization", WORKER)
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-Host", "cases.example.org")
                    .header("X-Forwarded-Proto", "https")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"agencyId\":\"agency-1\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            return URI.create(opened.headers().firstValue("Location").orElseThrow());
        }
    }

    private ResponseEntity<JsonNode> openCase(String idempotencyKey) {
        return post("/api/sample/cases", idempotencyKey);
    }

    private ResponseEntity<JsonNode> post(String path, String idempotencyKey) {
        return http().post().uri(path)
                .header("Idempotency-Key", idempotencyKey)
                .header("Authorization", WORKER)
                .header("X-Correlation-Id", "corr-" + idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"agencyId\":\"agency-1\"}")
                .retrieve().toEntity(JsonNode.class);
    }
}
