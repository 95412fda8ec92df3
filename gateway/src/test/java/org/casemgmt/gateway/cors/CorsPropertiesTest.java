package org.casemgmt.gateway.cors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.casemgmt.gateway.ApplicationYaml;
import org.junit.jupiter.api.Test;

class CorsPropertiesTest {

    @Test
    void noOriginIsAllowedByDefault() {
        assertThat(bind(Map.of()).allowedOrigins()).isEmpty();
    }

    @Test
    void theAllowedOriginsComeFromACommaSeparatedEnvironmentVariable() {
        CorsProperties properties = bind(Map.of("CASEMGMT_GATEWAY_CORS_ALLOWEDORIGINS",
                "https://console.agency-a.example,https://console.agency-b.example"));

        assertThat(properties.allowedOrigins())
                .containsExactly("https://console.agency-a.example", "https://console.agency-b.example");
    }

    private static CorsProperties bind(Map<String, Object> environmentVariables) {
        return ApplicationYaml.bind("casemgmt.gateway.cors", CorsProperties.class, environmentVariables);
    }
}
