package org.casemgmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * As compose runs the gateway: a management port of its own ({@code MANAGEMENT_SERVER_PORT}), on loopback, with the
 * metrics, the Prometheus scrape and the circuit breakers' states; the port the clients call answers none of them,
 * whatever the token. A context of its own, beside the one the other tests share.
 */
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortIT extends GatewayWithStubbedStages {

    private static final String PARTNER_TOKEN = issuer.tokenFor("partner-1", "agency-7", "PROVIDER");

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void theBreakersAndTheScrapeAreOnTheManagementPort() {
        intake.answer("/api/intake/management-probe", 200, "application/json", "{}");
        gateway.get().uri("/api/intake/management-probe").exchange().expectStatus().isOk();

        managementPort(CASE_WORKER_TOKEN).get().uri("/actuator/circuitbreakers").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.circuitBreakers.intake.state").isEqualTo("CLOSED");
        String scrape = managementPort(CASE_WORKER_TOKEN).get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        managementPort(CASE_WORKER_TOKEN).get().uri("/actuator/metrics").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.names").isNotEmpty();

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(scrape).contains("resilience4j_circuitbreaker_state{").contains("name=\"intake\"")
                .containsPattern("resilience4j_bulkhead_available_concurrent_calls\\{[^}]*name=\"intake\"");
    }

    @Test
    void thePortTheClientsCallAnswersNoneOfThemWhateverTheToken() {
        for (String endpoint : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/circuitbreakers",
                "/actuator/info" }) {
            as(PARTNER_TOKEN).get().uri(endpoint).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("urn:casemgmt:problem:not-found");
        }
    }

    @Test
    void healthLivenessAndReadinessAreOnTheManagementPortWithoutAToken() {
        for (String probe : new String[] { "/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness" }) {
            managementPort(null).get().uri(probe).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
        }
    }

    @Test
    void theManagementPortStillWantsAToken() {
        managementPort(null).get().uri("/actuator/prometheus").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("urn:casemgmt:problem:unauthenticated");
    }

    /** On loopback, where ManagementExposure binds it. */
    private WebTestClient managementPort(String token) {
        WebTestClient.Builder client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort);
        return token == null ? client.build()
                : client.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }
}
