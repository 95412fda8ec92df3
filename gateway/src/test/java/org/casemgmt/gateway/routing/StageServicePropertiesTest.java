package org.casemgmt.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.casemgmt.gateway.ApplicationYaml;
import org.junit.jupiter.api.Test;

/** The service addresses as application.yml and the environment give them, without starting the gateway. */
class StageServicePropertiesTest {

    @Test
    void sendsEachStageToItsLocalPortByDefault() {
        StageServiceProperties properties = bind(Map.of());

        assertThat(properties.services()).containsOnlyKeys("intake", "planning", "referral", "monitoring", "closure",
                "partners");
        assertThat(properties.services().get("intake").url()).isEqualTo(URI.create("http://localhost:8081"));
        assertThat(properties.services().get("planning").url()).isEqualTo(URI.create("http://localhost:8082"));
        assertThat(properties.services().get("referral").url()).isEqualTo(URI.create("http://localhost:8083"));
        assertThat(properties.services().get("monitoring").url()).isEqualTo(URI.create("http://localhost:8084"));
        assertThat(properties.services().get("closure").url()).isEqualTo(URI.create("http://localhost:8085"));
        assertThat(properties.services().get("partners").url()).isEqualTo(URI.create("http://localhost:8086"));
    }

    @Test
    void takesAStagesAddressFromItsEnvironmentVariable() {
        StageServiceProperties properties = bind(Map.of("CASEMGMT_SERVICES_INTAKE_URL", "http://intake-service:8081"));

        assertThat(properties.services().get("intake").url()).isEqualTo(URI.create("http://intake-service:8081"));
        assertThat(properties.services().get("planning").url()).isEqualTo(URI.create("http://localhost:8082"));
    }

    private static StageServiceProperties bind(Map<String, Object> environmentVariables) {
        return ApplicationYaml.bind("casemgmt", StageServiceProperties.class, environmentVariables);
    }
}
