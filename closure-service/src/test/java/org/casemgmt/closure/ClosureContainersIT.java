package org.casemgmt.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casemgmt.closure.ClosureApi.read;
import static org.casemgmt.closure.ClosureApi.worker;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.testing.OfficialImagesTest;
import org.casemgmt.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The main flow of {@link ClosureWorkflowIT} against the official Kafka (KRaft) and MongoDB images, as in a real
 * deployment. Skipped where Docker is not available.
 */
@OfficialImagesTest
class ClosureContainersIT {

    @Autowired
    KafkaContainer kafka;
    @Autowired
    MockMvcTester mvc;

    @Test
    void aCaseIsClosedWithApprovalAndReopened() {
        TopicProbe topics = new TopicProbe(kafka.getBootstrapServers());
        ClosureApi api = new ClosureApi(mvc, topics);
        String caseId = api.openCase("program-1");

        assertThat(read(api.close(caseId), "$.status")).isEqualTo("CLOSED");
        topics.awaitPublished(EventCatalog.CASE_CLOSED, caseId, 1);
        api.post("/api/closure/cases/" + caseId + "/reopening", worker(),
                "{\"version\": %s, \"reason\": \"NEW_NEEDS\"}".formatted(api.version(caseId)));

        assertThat(topics.awaitPublished(EventCatalog.CASE_REOPENED, caseId, 1).getFirst().body())
                .contains("\"episode\":2");
    }
}
