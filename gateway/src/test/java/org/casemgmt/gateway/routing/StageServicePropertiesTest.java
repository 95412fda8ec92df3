package org.casemgmt.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** The service addresses as application.yml and the environment give them, without starting the gateway. */
class StageServicePropertiesTest {

    @Test
    void sendsEachStageToItsLocalPortByDefault() throws IOException {
        StageServiceProperties properties = bind(Map.of());

        assertThat(properties.services()).containsOnlyKeys("intake", "planning", "referral", "monitoring", "closure");
        assertThat(properties.services().get("intake").url()).isEqualTo(URI.create("http://localhost:8081"));
        assertThat(properties.services().get("planning").url()).isEqualTo(URI.create("http://localhost:8082"));
        assertThat(properties.services().get("referral").url()).isEqualTo(URI.create("http://localhost:8083"));
        assertThat(properties.services().get("monitoring").url()).isEqualTo(URI.create("http://localhost:8084"));
        assertThat(properties.services().get("closure").url()).isEqualTo(URI.create("http://localhost:8085"));
    }

    @Test
    void takesAStagesAddressFromItsEnvironmentVariable() throws IOException {
        StageServiceProperties properties = bind(Map.of("CASEMGMT_SERVICES_INTAKE_URL", "http://intake-service:8081"));

        assertThat(properties.services().get("intake").url()).isEqualTo(URI.create("http://intake-service:8081"));
        assertThat(properties.services().get("planning").url()).isEqualTo(URI.create("http://localhost:8082"));
    }

    private static StageServiceProperties bind(Map<String, Object> environmentVariables) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"));
        yaml.forEach(sources::addLast);
        return new Binder(ConfigurationPropertySources.from(sources))
                .bind("casemgmt", StageServiceProperties.class).get();
    }
}
