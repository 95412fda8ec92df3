package org.casemgmt.platform.openapi;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * springdoc's settings every service shares, as the lowest-precedence property source (a service's own
 * configuration still wins): answers are JSON, not {@code *}{@code /*}; and the exception handlers' answers are not
 * merged into every operation as springdoc's guess of them (a 200 of any type), since {@link StandardResponses}
 * says which problem documents each operation really answers.
 */
public class OpenApiDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "casemgmtOpenApiDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(SOURCE_NAME)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, Map.of(
                    "springdoc.default-produces-media-type", "application/json",
                    "springdoc.override-with-generic-response", false)));
        }
    }
}
