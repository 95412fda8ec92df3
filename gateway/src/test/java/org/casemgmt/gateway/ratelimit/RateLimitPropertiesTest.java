package org.casemgmt.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.casemgmt.gateway.ApplicationYaml;
import org.junit.jupiter.api.Test;

/** The limits as application.yml and the environment give them, without starting the gateway. */
class RateLimitPropertiesTest {

    @Test
    void byDefaultEveryRouteSharesOneGenerousLimitPerClient() {
        RateLimitProperties properties = bind(Map.of());

        assertThat(properties.global()).isEqualTo(new Limit(50, 100));
        assertThat(properties.routes()).isEmpty();
        assertThat(properties.maxClients()).isEqualTo(10_000);
    }

    @Test
    void environmentVariablesSetTheGlobalLimitAndARoutesOwn() {
        RateLimitProperties properties = bind(Map.of(
                "CASEMGMT_GATEWAY_RATELIMIT_GLOBAL_RATE", "5",
                "CASEMGMT_GATEWAY_RATELIMIT_ROUTES_INTAKE_RATE", "2",
                "CASEMGMT_GATEWAY_RATELIMIT_ROUTES_INTAKE_BURST", "4"));

        assertThat(properties.global()).isEqualTo(new Limit(5, 100));
        assertThat(properties.routes()).containsExactly(Map.entry("intake", new Limit(2, 4)));
    }

    private static RateLimitProperties bind(Map<String, Object> environmentVariables) {
        return ApplicationYaml.bind("casemgmt.gateway.rate-limit", RateLimitProperties.class, environmentVariables);
    }
}
