package org.casemgmt.platform.observability;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformDefaultsTest {

    @Test
    void theServicesOwnSettingsWinOverThePlatformDefaults() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml", Map.of(
                "spring.application.name", "referral-service",
                "spring.cloud.stream.default.consumer.max-attempts", "7")));

        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.cloud.stream.default.consumer.max-attempts")).isEqualTo("7");
        assertThat(environment.getProperty("spring.cloud.stream.default.group")).isEqualTo("referral-service");
        assertThat(environment.getProperty("spring.cloud.stream.default.consumer.back-off-initial-interval"))
                .isEqualTo("500");
    }

    @Test
    void theKafkaBinderConnectsWhereSpringKafkaSays() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("spring.kafka.bootstrap-servers", "broker-1:9092,broker-2:9092")));

        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.brokers"))
                .isEqualTo("broker-1:9092,broker-2:9092");
    }

    @Test
    void eachConsumerBindingsDeadLetterTopicIsItsDestinationWithDlq() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml", Map.of(
                "spring.cloud.stream.bindings.caseClosed-in-0.destination", "case.closed",
                "spring.cloud.stream.bindings.caseReopened-in-0.destination", "case.reopened",
                "spring.cloud.stream.kafka.bindings.caseReopened-in-0.consumer.dlq-name", "reopen-failures",
                "spring.cloud.stream.bindings.caseEvents-in-0.destination", "case.opened,goal.set",
                "spring.cloud.stream.bindings.audit-out-0.destination", "audit.logged")));

        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.caseClosed-in-0.consumer.dlq-name"))
                .isEqualTo("case.closed.dlq");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.caseReopened-in-0.consumer.dlq-name"))
                .isEqualTo("reopen-failures");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.caseEvents-in-0.consumer.dlq-name"))
                .as("a topic the service may write, never one the binder would have to create")
                .isEqualTo("case.opened.dlq");
        assertThat(environment.containsProperty("spring.cloud.stream.kafka.bindings.audit-out-0.consumer.dlq-name"))
                .isFalse();
    }

    @Test
    void withoutAManagementPortOfItsOwnAServiceExposesHealthAlone() {
        assertThat(exposureWith(Map.of("server.port", "8081"))).isEqualTo("health");
        assertThat(exposureWith(Map.of("server.port", "8081", "management.server.port", "8081"))).isEqualTo("health");
        assertThat(environmentWith(Map.of("server.port", "8081")).containsProperty("management.server.address"))
                .isFalse();
    }

    @Test
    void metricsAreExposedOnAManagementPortOfTheirOwnReachableFromThisHostOnly() {
        StandardEnvironment environment = environmentWith(Map.of("server.port", "8081",
                "management.server.port", "9081"));

        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health,info,metrics,prometheus");
        assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void bootsOwnForwardedHeaderHandlingWhichTrustsEveryoneIsOff() {
        assertThat(environmentWith(Map.of()).getProperty("server.forward-headers-strategy")).isEqualTo("none");
    }

    @Test
    void aPageHoldsAtMostAHundredEntries() {
        assertThat(environmentWith(Map.of()).getProperty("spring.data.web.pageable.max-page-size")).isEqualTo("100");
    }

    private static String exposureWith(Map<String, Object> applicationYml) {
        return environmentWith(applicationYml).getProperty("management.endpoints.web.exposure.include");
    }

    private static StandardEnvironment environmentWith(Map<String, Object> applicationYml) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml", applicationYml));
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
