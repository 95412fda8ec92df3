package org.casemgmt.gateway;

import org.junit.jupiter.api.Test;

/**
 * As the embedded launcher and bin/bench run the gateway: no management port of its own, so on the port the clients
 * call health alone. Metrics, the scrape and the breakers name the stages' internal addresses and how each is doing:
 * {@link ManagementPortIT} finds them on the management port.
 */
class ActuatorIT extends GatewayWithStubbedStages {

    private static final String PARTNER_TOKEN = issuer.tokenFor("partner-1", "agency-7", "PROVIDER");

    private static final String[] INTERNAL_ENDPOINTS = { "/actuator/prometheus", "/actuator/metrics",
            "/actuator/circuitbreakers", "/actuator/info" };

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
    void metricsBreakersAndInfoAreNotThereWhateverTheToken() {
        for (String endpoint : INTERNAL_ENDPOINTS) {
            as(PARTNER_TOKEN).get().uri(endpoint).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("urn:casemgmt:problem:not-found");
            gateway.get().uri(endpoint).exchange()
                    .expectStatus().isNotFound();
        }
        as(PARTNER_TOKEN).get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void withoutATokenTheyAreRefusedBeforeAnythingIsLookedUp() {
        for (String endpoint : INTERNAL_ENDPOINTS) {
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
