package org.casemgmt.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.github.resilience4j.springboot3.bulkhead.autoconfigure.BulkheadProperties;
import org.casemgmt.gateway.ApplicationYaml;
import org.junit.jupiter.api.Test;

/** How many calls at once each route takes, as application.yml and the environment give it, without a gateway. */
class BulkheadPropertiesTest {

    @Test
    void eachStagesApiTakesAHundredCallsAtOnceAndEachOpenDocumentFour() {
        BulkheadProperties properties = bind(Map.of());

        assertThat(properties.getConfigs().get("default").getMaxConcurrentCalls()).isEqualTo(100);
        assertThat(properties.getConfigs().get(StageBulkheads.OPEN_ROUTE_CONFIG).getMaxConcurrentCalls()).isEqualTo(4);
        assertThat(properties.getInstances()).isEmpty();
    }

    @Test
    void environmentVariablesSetTheAllowancesAndARoutesOwn() {
        BulkheadProperties properties = bind(Map.of(
                "RESILIENCE4J_BULKHEAD_CONFIGS_DEFAULT_MAXCONCURRENTCALLS", "150",
                "RESILIENCE4J_BULKHEAD_INSTANCES_REFERRAL_MAXCONCURRENTCALLS", "40"));

        assertThat(properties.getConfigs().get("default").getMaxConcurrentCalls()).isEqualTo(150);
        assertThat(properties.getInstances().get("referral").getMaxConcurrentCalls()).isEqualTo(40);
    }

    private static BulkheadProperties bind(Map<String, Object> environmentVariables) {
        return ApplicationYaml.bind("resilience4j.bulkhead", BulkheadProperties.class, environmentVariables);
    }
}
