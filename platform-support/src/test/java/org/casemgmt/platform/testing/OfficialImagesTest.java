package org.casemgmt.platform.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A Testcontainers twin: the whole service against the official Kafka (KRaft), MongoDB and ClamAV images, as in a real
 * deployment, with its REST API through MockMvc. Skipped where Docker is not available; the same behaviour is always
 * also tested against the embedded broker and store ({@link StageIntegrationTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Testcontainers(disabledWithoutDocker = true)
@Import(OfficialImagesTest.Containers.class)
public @interface OfficialImagesTest {

    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default "casemgmt.privacy.allow-development-key=true";

    /**
     * The containers, started once per context; Boot connects the store and Kafka to them. ClamAV, whose database
     * takes a minute and 1.2 GB to load, only for a stage that keeps documents (casemgmt.documents.base-path), whose
     * scanner client is given its address.
     */
    @TestConfiguration(proxyBeanMethods = false)
    class Containers {

        private static final String DOCUMENTS_BASE_PATH = "casemgmt.documents.base-path";

        @Bean
        @ServiceConnection
        KafkaContainer kafka() {
            return OfficialImages.kafka();
        }

        @Bean
        @ServiceConnection
        MongoDBContainer mongo() {
            return OfficialImages.mongo();
        }

        @Bean
        @ConditionalOnProperty(DOCUMENTS_BASE_PATH)
        OfficialImages.ClamAvContainer clamav() {
            return OfficialImages.clamav();
        }

        @Bean
        @ConditionalOnProperty(DOCUMENTS_BASE_PATH)
        DynamicPropertyRegistrar virusScanner(OfficialImages.ClamAvContainer clamav) {
            return registry -> {
                registry.add("casemgmt.documents.scanner.host", clamav::getHost);
                registry.add("casemgmt.documents.scanner.port", clamav::clamdPort);
            };
        }

        /** The Stream binder reads the broker list from this property, not from Boot's Kafka service connection. */
        @Bean
        DynamicPropertyRegistrar streamBinderBroker(KafkaContainer kafka) {
            return registry -> registry.add("spring.kafka.bootstrap-servers", kafka::getBootstrapServers);
        }
    }
}
