package org.casemgmt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.platform.testing.OfficialImagesTest;
import org.casemgmt.platform.testing.TopicProbe;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The main flow of {@link CaseOpeningIT} against the official Kafka (KRaft) and MongoDB images, as in a real
 * deployment: a replica-set MongoDB and a broker in its own process. Skipped where Docker is not available.
 */
@OfficialImagesTest
class CaseOpeningContainersIT {

    @Autowired
    KafkaContainer kafka;
    @Autowired
    MockMvcTester mvc;

    @Test
    void anEligibleConsentedIntakeOpensACaseAndCaseOpenedIsPublished() {
        String caseId = new IntakeApi(mvc).openedCase();

        Received opened = new TopicProbe(kafka.getBootstrapServers())
                .awaitRecords(EventCatalog.CASE_OPENED.topic(), caseId, 1).getFirst();

        assertThat(opened.header("ce_type")).isEqualTo(EventCatalog.CASE_OPENED.type());
        assertThat(opened.header("ce_subject")).isEqualTo(caseId);
        assertThat(new EventSchemaValidator().validate(EventCatalog.CASE_OPENED, opened.body())).isEmpty();
    }
}
