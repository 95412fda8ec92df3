package org.casemgmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;

class RoutingIT extends GatewayWithStubbedStages {

    private static final String TRACEPARENT = "00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]";

    @LocalServerPort
    int port;

    @Test
    void passesPathQueryBodyAndHeadersToTheStageUnchanged() {
        intake.answer("/api/intake/clients", 201, "application/json", "{\"clientId\":\"c-1\"}");
        String body = "{\"givenName\":\"Anna\",\"familyName\":\"Müller\"}";

        // A whole URI, not a template, so the test client sends the encoded query exactly as written.
        String query = "agency=a-1&name=M%C3%BCller+Anna&page=0";
        anonymous.post().uri(URI.create("http://localhost:" + port + "/api/intake/clients?" + query))
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "key-42")
                .header("If-Match", "\"3\"")
                .header("Authorization", "Bearer " + CASE_WORKER_TOKEN)
                .bodyValue(body)
                .exchange()
                .expectStatus().isCreated()
                .expectBody().json("{\"clientId\":\"c-1\"}");

        DownstreamStub.ReceivedRequest received = intake.lastReceivedAt("/api/intake/clients");
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.rawQuery()).isEqualTo(query);
        assertThat(received.body()).isEqualTo(body);
        assertThat(received.header("Content-Type")).isEqualTo("application/json");
        assertThat(received.header("Idempotency-Key")).isEqualTo("key-42");
        assertThat(received.header("If-Match")).isEqualTo("\"3\"");
        // Relayed as it came, so the service checks the very token the gateway accepted.
        assertThat(received.headers().get("Authorization")).containsExactly("Bearer " + CASE_WORKER_TOKEN);
    }

    @Test
    void replacesTheServicesOwnAddressInALocationWithTheGateways() {
        intake.answer("/api/intake/cases", exchange -> {
            exchange.getResponseHeaders().set("Location", intake.url() + "/api/intake/cases/case-9");
            DownstreamStub.respond(exchange, 201, "application/json", "{}");
        });

        gateway.post().uri("/api/intake/cases")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "http://localhost:" + port + "/api/intake/cases/case-9");
    }

    @Test
    void keepsTheCallersCorrelationIdDownstreamAndOnTheResponse() {
        intake.answer("/api/intake/clients/c-1", 200, "application/json", "{\"clientId\":\"c-1\"}");

        gateway.get().uri("/api/intake/clients/c-1")
                .header("X-Correlation-Id", "caller-chosen-id")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Correlation-Id", "caller-chosen-id");

        assertThat(intake.lastReceivedAt("/api/intake/clients/c-1").header("X-Correlation-Id"))
                .isEqualTo("caller-chosen-id");
    }

    @Test
    void givesARequestWithoutCorrelationIdOneAndTellsBothSides() {
        intake.answer("/api/intake/programs", 200, "application/json", "[]");

        String echoed = gateway.get().uri("/api/intake/programs")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");

        assertThat(echoed).isNotBlank();
        assertThat(intake.lastReceivedAt("/api/intake/programs").header("X-Correlation-Id")).isEqualTo(echoed);
    }

    @Test
    void sendsATraceparentDownstreamThatContinuesTheCallersTrace() {
        intake.answer("/api/intake/intakes", 200, "application/json", "[]");
        String callerTraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        gateway.get().uri("/api/intake/intakes")
                .header("traceparent", "00-" + callerTraceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk();

        String traceparent = intake.lastReceivedAt("/api/intake/intakes").header("traceparent");
        assertThat(traceparent).matches(TRACEPARENT);
        assertThat(traceparent).startsWith("00-" + callerTraceId + "-").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void startsATraceForACallerWithoutOne() {
        intake.answer("/api/intake/consents", 200, "application/json", "[]");

        gateway.get().uri("/api/intake/consents").exchange().expectStatus().isOk();

        assertThat(intake.lastReceivedAt("/api/intake/consents").header("traceparent")).matches(TRACEPARENT);
    }

    @Test
    void passesADownstreamValidationProblemThroughUntouched() {
        String problem = "{\"type\":\"urn:casemgmt:problem:validation-failed\",\"title\":\"Invalid client\","
                + "\"status\":400,\"detail\":\"birthDate must be in the past\",\"instance\":\"/api/intake/clients\"}";
        intake.answer("/api/intake/clients/invalid", 400, PROBLEM_JSON, problem);

        byte[] answered = gateway.post().uri("/api/intake/clients/invalid")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody().returnResult().getResponseBody();

        assertThat(new String(answered, StandardCharsets.UTF_8)).isEqualTo(problem);
    }

    @Test
    void servesTheStagesOpenApiDocumentWithoutAToken() {
        String document = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"intake-service\",\"version\":\"1\"}}";
        intake.answer("/v3/api-docs", 200, "application/json", document);

        anonymous.get().uri("/openapi/intake")
                .exchange()
                .expectStatus().isOk()
                .expectBody().json(document, JsonCompareMode.STRICT);

        assertThat(intake.lastReceivedAt("/v3/api-docs").method()).isEqualTo("GET");
    }

    @Test
    void routesReferralsApiAndOpenApiDocumentToReferralService() {
        referral.answer("/api/referral/cases/case-1/matches", 200, "application/json", "[]");
        String document = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"referral-service\",\"version\":\"1\"}}";
        referral.answer("/v3/api-docs", 200, "application/json", document);

        gateway.get().uri("/api/referral/cases/case-1/matches?age=41&language=en&area=north-district")
                .exchange()
                .expectStatus().isOk()
                .expectBody().json("[]");
        anonymous.get().uri("/openapi/referral")
                .exchange()
                .expectStatus().isOk()
                .expectBody().json(document, JsonCompareMode.STRICT);

        assertThat(referral.lastReceivedAt("/api/referral/cases/case-1/matches").rawQuery())
                .isEqualTo("age=41&language=en&area=north-district");
        assertThat(intake.receivedAt("/api/referral/cases/case-1/matches")).isEmpty();
    }

    @Test
    void routesMonitoringsApiAndOpenApiDocumentToMonitoringService() {
        // StageUnavailableIT leaves monitoring's breaker open in the context every test shares, if it ran first.
        circuitBreakers.circuitBreaker("monitoring").reset();
        monitoring.answer("/api/monitoring/cases/case-1/progress", 201, "application/json", "{\"id\":\"p-1\"}");
        String document = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"monitoring-service\",\"version\":\"1\"}}";
        monitoring.answer("/v3/api-docs", 200, "application/json", document);
        String measurement = "{\"goalId\":\"g-1\",\"objectiveId\":\"o-1\",\"value\":30}";

        gateway.post().uri("/api/monitoring/cases/case-1/progress")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(measurement)
                .exchange()
                .expectStatus().isCreated()
                .expectBody().json("{\"id\":\"p-1\"}");
        anonymous.get().uri("/openapi/monitoring")
                .exchange()
                .expectStatus().isOk()
                .expectBody().json(document, JsonCompareMode.STRICT);

        DownstreamStub.ReceivedRequest received = monitoring.lastReceivedAt("/api/monitoring/cases/case-1/progress");
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.body()).isEqualTo(measurement);
        assertThat(intake.receivedAt("/api/monitoring/cases/case-1/progress")).isEmpty();
    }

    @Test
    void routesPartnersWebhooksAndOpenApiDocumentToPartnerService() {
        partners.answer("/api/partners/webhooks", 201, "application/json",
                "{\"id\":\"wh_1\",\"status\":\"ACTIVE\"}");
        String document = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"partner-service\",\"version\":\"1\"}}";
        partners.answer("/v3/api-docs", 200, "application/json", document);
        String request = "{\"url\":\"https://partner.example/hooks\",\"eventTypes\":[\"*\"]}";

        gateway.post().uri("/api/partners/webhooks")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request)
                .exchange()
                .expectStatus().isCreated()
                .expectBody().json("{\"status\":\"ACTIVE\"}");
        anonymous.get().uri("/openapi/partners")
                .exchange()
                .expectStatus().isOk()
                .expectBody().json(document, JsonCompareMode.STRICT);

        DownstreamStub.ReceivedRequest received = partners.lastReceivedAt("/api/partners/webhooks");
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.body()).isEqualTo(request);
        assertThat(closure.receivedAt("/api/partners/webhooks")).isEmpty();
    }

    @Test
    void routesClosuresApiAndOpenApiDocumentToClosureService() {
        closure.answer("/api/closure/cases/case-1/closure-requests", 201, "application/json",
                "{\"caseId\":\"case-1\",\"status\":\"CLOSURE_REQUESTED\"}");
        String document = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"closure-service\",\"version\":\"1\"}}";
        closure.answer("/v3/api-docs", 200, "application/json", document);
        String request = "{\"version\":3,\"reason\":\"GOALS_ACHIEVED\",\"outcome\":\"GOALS_ACHIEVED\"}";

        gateway.post().uri("/api/closure/cases/case-1/closure-requests")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request)
                .exchange()
                .expectStatus().isCreated()
                .expectBody().json("{\"status\":\"CLOSURE_REQUESTED\"}");
        anonymous.get().uri("/openapi/closure")
                .exchange()
                .expectStatus().isOk()
                .expectBody().json(document, JsonCompareMode.STRICT);

        DownstreamStub.ReceivedRequest received = closure.lastReceivedAt("/api/closure/cases/case-1/closure-requests");
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.body()).isEqualTo(request);
        assertThat(intake.receivedAt("/api/closure/cases/case-1/closure-requests")).isEmpty();
    }

    @Test
    void tellsTheStageTheAddressTheCallerUsedSoItsLinksNameTheGateway() {
        gateway.get().uri("/api/intake/programs").header("Host", "cases.example.org")
                .exchange()
                .expectStatus().isOk();

        DownstreamStub.ReceivedRequest received = intake.lastReceivedAt("/api/intake/programs");
        assertThat(received.header("X-Forwarded-Host")).isEqualTo("cases.example.org");
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
    }
}
