package org.casemgmt.planning;

import org.casemgmt.events.EventType;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.platform.testing.TopicProbe;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every integration test of this module starts from: the API, the broker's topics, and other stages' events. */
@PlanningIntegrationTest
abstract class PlanningIntegrationTestBase {

    private static final EventSchemaValidator SCHEMAS = new EventSchemaValidator();

    @Autowired
    MockMvcTester mvc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    TopicProbe topics;
    CaseEvents events;
    PlanningApi api;

    @BeforeEach
    void clients() {
        topics = new TopicProbe(bootstrapServers);
        events = new CaseEvents(topics);
        api = new PlanningApi(mvc, events);
    }

    /** Waits for {@code count} events of the type about the case; each must be a valid CloudEvent of its schema. */
    List<Received> published(EventType<?> type, String caseId, int count) {
        List<Received> records = topics.awaitRecords(type.topic(), caseId, count);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.header("ce_type")).isEqualTo(type.type());
            assertThat(record.header("ce_subject")).isEqualTo(caseId);
            assertThat(record.header("ce_source")).isEqualTo("/casemgmt/planning-service");
            assertThat(record.header("ce_dataschema")).isEqualTo(type.dataschema());
            assertThat(SCHEMAS.validate(type, record.body())).isEmpty();
        });
        return records;
    }
}
