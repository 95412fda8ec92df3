package org.casemgmt.platform.web.faults;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class FaultInjectionAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FaultInjectionAutoConfiguration.class))
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build());

    @Test
    void absentUnlessATestTurnsItOn() {
        runner.run(context -> assertThat(context).doesNotHaveBean(FaultInjectionFilter.class));
        runner.withPropertyValues("casemgmt.fault-injection.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(FaultInjectionFilter.class));
    }

    @Test
    void presentWhenEnabled() {
        runner.withPropertyValues("casemgmt.fault-injection.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(FaultInjectionFilter.class));
    }

    /** The launcher's child JVMs inherit the harness's environment, so this is how a test run turns it on. */
    @Test
    void presentWhenEnabledByTheEnvironmentVariable() {
        runner.withInitializer(context -> {
            ConfigurableEnvironment environment = context.getEnvironment();
            // Spring Boot reads a source under this name the way it reads the process's environment.
            environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                    "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    Map.of("CASEMGMT_FAULTINJECTION_ENABLED", "true")));
            // What SpringApplication does to every environment: relaxed names for every source.
            ConfigurationPropertySources.attach(environment);
        })
                .run(context -> assertThat(context).hasSingleBean(FaultInjectionFilter.class));
    }

    @Test
    void absentFromAServiceWithoutServlets() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(FaultInjectionAutoConfiguration.class))
                .withPropertyValues("casemgmt.fault-injection.enabled=true")
                .run(context -> assertThat(context).doesNotHaveBean(FaultInjectionFilter.class));
    }
}
