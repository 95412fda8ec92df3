package org.casemgmt.planning;

import static org.assertj.core.api.Assertions.assertThat;


import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.platform.testing.OfficialImagesTest;
import org.casemgmt.platform.testing.TopicProbe;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The main flows of {@link PlanDraftingIT} and {@link PlanProgressIT} against the official Kafka (KRaft) and MongoDB
 * images, as in a real deployment. Skipped where Docker is not available.
 */
@OfficialImagesTest
class PlanningContainersIT {

    @Autowired
    KafkaContainer kafka;
    @Autowired
    MockMvcTester mvc;

    @Test
    void aCaseOpenedIsDraftedApprovedAndItsGoalAchievedByProgressDeliveredTwice() {
        TopicProbe topics = new TopicProbe(kafka.getBootstrapServers());
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
