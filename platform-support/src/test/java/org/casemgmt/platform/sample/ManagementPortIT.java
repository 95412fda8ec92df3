package org.casemgmt.platform.sample;

import org.casemgmt.platform.testing.EmbeddedMongoInitializer;
import org.casemgmt.platform.testing.TestIssuerInitializer;
import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service with a management port of its own, as intake and planning have: metrics there, on loopback, and
 * nowhere on the port the gateway and the partners call. The other sample tests run as the embedded launcher runs
 * the services, with the actuator on the application's port. This context has its own database and no broker: a
 * second embedded broker would take over the JVM-wide {@code spring.kafka.bootstrap-servers} of the others, so it
 * binds no consumer, and its outbox relay, with nothing to send, never connects.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=platform-sample",
                "management.server.port=0",
                "casemgmt.testing.mongo-database=platform-sample-management-port",
                "spring.kafka.bootstrap-servers=127.0.0.1:9",
                "spring.cloud.stream.function.autodetect=false"})
@ContextConfiguration(initializers = {EmbeddedMongoInitializer.class, TestIssuerInitializer.class})
@DirtiesContext
class ManagementPortIT {

    private static final String PARTNER = TestIssuer.shared().bearer("partner-1", "agency-7", "PROVIDER");
    // Any valid token is enough there: the port, reachable from this host only, is what keeps partners out.
    private static final String ON_THIS_HOST = TestIssuer.shared().bearer("ops-1", "agency-1", "AGENCY_ADMIN");

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Test
    void metricsAreOnTheManagementPortOnly() {
        ResponseEntity<String> onTheApplicationPort = http(port).get().uri("/actuator/prometheus")
                .header("Authorization", PARTNER).retrieve().toEntity(String.class);
        String onTheManagementPort = http(managementPort).get().uri("/actuator/prometheus")
                .header("Authorization", ON_THIS_HOST).retrieve().body(String.class);

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(onTheApplicationPort.getStatusCode().value()).isEqualTo(404);
        assertThat(onTheApplicationPort.getBody()).doesNotContain("casemgmt_outbox_pending");
        assertThat(onTheManagementPort).contains("casemgmt_outbox_pending");
    }

    @Test
    void theManagementPortStillWantsAToken() {
        ResponseEntity<String> withoutAToken = http(managementPort).get().uri("/actuator/prometheus").retrieve()
                .toEntity(String.class);

        assertThat(withoutAToken.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void healthAndReadinessAreOnTheManagementPortWithoutAToken() {
        JsonNode readiness = http(managementPort).get().uri("/actuator/health/readiness").retrieve()
                .body(JsonNode.class);

        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").propertyNames()).contains("mongo");
    }

    private static RestClient http(int port) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }
}
