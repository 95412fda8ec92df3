package org.casemgmt.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.casemgmt.gateway.ApplicationYaml;
import org.junit.jupiter.api.Test;

/** The console's address as application.yml and the environment give it, without starting the gateway. */
class ConsolePropertiesTest {

    @Test
    void sendsTheConsoleToItsLocalPortByDefault() {
        assertThat(bind(Map.of()).url()).isEqualTo(URI.create("http://localhost:8087"));
    }

    @Test
    void takesTheConsolesAddressFromItsEnvironmentVariable() {
        assertThat(bind(Map.of("CASEMGMT_CONSOLE_URL", "http://console:8080")).url())
                .isEqualTo(URI.create("http://console:8080"));
    }

    private static ConsoleProperties bind(Map<String, Object> environmentVariables) {
        return ApplicationYaml.bind("casemgmt.console", ConsoleProperties.class, environmentVariables);
    }
}
