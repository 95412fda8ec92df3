package org.casemgmt.planning;

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
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The main flows of {@link PlanDraftingIT} and {@link PlanProgressIT} against the official Kafka (KRaft) and MongoDB
 * images, as in a real deployment. Skipped where Docker is not available.
 */
@SpringBootTest(properties = "casemgmt.privacy.allow-development-key=true")
@AutoConfigureMockMvc
@Testcontainers(disabledWithoutDocker = true)
class PlanningContainersIT {

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
    void aCaseOpenedIsDraftedApprovedAndItsGoalAchievedByProgressDeliveredTwice() {
        TopicProbe topics = new TopicProbe(KAFKA.getBootstrapServers());
        CaseEvents events = new CaseEvents(topics);
        PlanningApi api = new PlanningApi(mvc, events);

        String caseId = api.caseWithApprovedPlan();
        String housing = api.goalId(caseId, "HOUSING");
        for (String indicator : new String[] {"Nights in stable accommodation in the last 30 days", "Rent arrears"}) {
            String objective = api.objectiveId(caseId, housing, indicator);
            var progress = CaseEvents.progress(caseId, housing, objective, indicator.equals("Rent arrears") ? 0 : 30);
            String eventId = events.publish(EventCatalog.PROGRESS_RECORDED, caseId, progress);
            events.redeliver(EventCatalog.PROGRESS_RECORDED, caseId, eventId, progress.toString());
        }

        Received drafted = topics.awaitRecords(EventCatalog.PLAN_DRAFTED.topic(), caseId, 1).getFirst();
        assertThat(new EventSchemaValidator().validate(EventCatalog.PLAN_DRAFTED, drafted.body())).isEmpty();
        Received achieved = topics.awaitRecords(EventCatalog.GOAL_ACHIEVED.topic(), caseId, 1).getFirst();
        assertThat(achieved.json().get("goalId").asString()).isEqualTo(housing);
        assertThat(api.planOf(caseId)).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.goals[0].status")
                .isEqualTo("ACHIEVED");
    }
}
