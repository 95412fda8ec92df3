package org.casemgmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActuatorIT extends GatewayWithStubbedStages {

    @Test
    void reportsHealthLivenessAndReadinessWithoutAToken() {
        anonymous.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        anonymous.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        anonymous.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetricsIncludingTheBreakersAndBulkheads() {
        intake.answer("/api/intake/metrics-probe", 200, "application/json", "{}");
        gateway.get().uri("/api/intake/metrics-probe").exchange().expectStatus().isOk();

        String scrape = gateway.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(scrape).contains("resilience4j_circuitbreaker_state{").contains("name=\"intake\"")
                .containsPattern("resilience4j_bulkhead_available_concurrent_calls\\{[^}]*name=\"intake\"");
    }

    @Test
    void metricsBreakersAndInfoNeedAToken() {
        for (String endpoint : new String[] { "/actuator/prometheus", "/actuator/circuitbreakers", "/actuator/info" }) {
            anonymous.get().uri(endpoint).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.type").isEqualTo("urn:casemgmt:problem:unauthenticated");
        }
    }

    @Test
    void doesNotExposeTheRouteTableWithItsInternalAddresses() {
        gateway.get().uri("/actuator/gateway/routes").exchange()
                .expectStatus().isNotFound();
    }
}
