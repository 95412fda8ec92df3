package org.casemgmt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.platform.testing.OfficialImages;
import org.casemgmt.platform.testing.TopicProbe;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The main flow of {@link CaseOpeningIT} against the official Kafka (KRaft) and MongoDB images, as in a real
 * deployment: a replica-set MongoDB and a broker in its own process. Skipped where Docker is not available.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Testcontainers(disabledWithoutDocker = true)
class CaseOpeningContainersIT {

    @Container
    @ServiceConnection
    static final KafkaContainer KAFKA = OfficialImages.kafka();

    @Container
    @ServiceConnection
    static final MongoDBContainer MONGO = OfficialImages.mongo();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        OfficialImages.registerBroker(registry, KAFKA);
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void anEligibleConsentedIntakeOpensACaseAndCaseOpenedIsPublished() {
        String caseId = new IntakeApi(mvc).openedCase();

        Received opened = new TopicProbe(KAFKA.getBootstrapServers())
                .awaitRecords(EventCatalog.CASE_OPENED.topic(), caseId, 1).getFirst();

        assertThat(opened.header("ce_type")).isEqualTo(EventCatalog.CASE_OPENED.type());
        assertThat(opened.header("ce_subject")).isEqualTo(caseId);
        assertThat(new EventSchemaValidator().validate(EventCatalog.CASE_OPENED, opened.body())).isEmpty();
    }
}
