package org.casemgmt.gateway.management;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Which actuator endpoints the gateway exposes, and where. Metrics, the Prometheus scrape and the circuit breakers'
 * states name the stages' internal addresses and how each stage is doing, which is nobody's business but the
 * operators': any valid token, a partner's included, would read them on the public port. So on the port the
 * clients call, health alone (the launcher's, bin/bench's and the orchestrator's probes); the rest only on a
 * management port of the gateway's own ({@code management.server.port}), bound to loopback unless
 * {@code management.server.address} says otherwise. As the services do it (platform-support's
 * {@code PlatformDefaults}), which the gateway cannot use: platform-support is a servlet stack.
 *
 * <p>Added as the lowest-precedence property source, so that application.yml, the environment and the command line
 * still win.
 */
public class ManagementExposure implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "casemgmtGatewayManagementExposure";
    static final String EXPOSURE = "management.endpoints.web.exposure.include";
    static final String ADDRESS = "management.server.address";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(SOURCE_NAME)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, exposure(environment)));
        }
    }

    /** Boot refuses a management address without a management port of its own, so the address comes only with one. */
    static Map<String, Object> exposure(ConfigurableEnvironment environment) {
        if (ManagementPortType.get(environment) != ManagementPortType.DIFFERENT) {
            return Map.of(EXPOSURE, "health");
        }
        return Map.of(EXPOSURE, "health,info,metrics,prometheus,circuitbreakers", ADDRESS, "127.0.0.1");
    }
}
