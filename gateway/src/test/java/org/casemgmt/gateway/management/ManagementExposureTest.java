package org.casemgmt.gateway.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ManagementExposureTest {

    @Test
    void withoutAManagementPortOfItsOwnTheGatewayExposesHealthAlone() {
        assertThat(environmentWith(Map.of("server.port", "8080")).getProperty(ManagementExposure.EXPOSURE))
                .isEqualTo("health");
        StandardEnvironment samePort = environmentWith(Map.of("server.port", "8080", "management.server.port", "8080"));
        assertThat(samePort.getProperty(ManagementExposure.EXPOSURE)).isEqualTo("health");
        assertThat(samePort.containsProperty(ManagementExposure.ADDRESS)).isFalse();
    }

    @Test
    void metricsAndBreakersAreOnAManagementPortOfTheirOwnReachableFromThisHostOnly() {
        StandardEnvironment environment = environmentWith(Map.of("server.port", "8080",
                "management.server.port", "9080"));

        assertThat(environment.getProperty(ManagementExposure.EXPOSURE))
                .isEqualTo("health,info,metrics,prometheus,circuitbreakers");
        assertThat(environment.getProperty(ManagementExposure.ADDRESS)).isEqualTo("127.0.0.1");
    }

    @Test
    void theOperatorsOwnSettingsWin() {
        StandardEnvironment environment = environmentWith(Map.of("management.server.port", "9080",
                "management.server.address", "10.0.0.7"));

        assertThat(environment.getProperty(ManagementExposure.ADDRESS)).isEqualTo("10.0.0.7");
    }

    private static StandardEnvironment environmentWith(Map<String, Object> configured) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("configured", configured));
        new ManagementExposure().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
