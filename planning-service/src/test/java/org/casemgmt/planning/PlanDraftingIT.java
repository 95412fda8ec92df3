package org.casemgmt.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.inbox.MalformedEventException;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;


/** A case opened at intake becomes a draft plan here, once, with goals suggested for its serious needs. */
class PlanDraftingIT extends PlanningIntegrationTestBase {

    @Test
    void aCaseOpenedDraftsAPlanWithAGoalForEachNeedAtModerateOrAboveAndPublishesPlanDrafted() {
        String caseId = api.caseWithDraftPlan();

        assertThat(api.planOf(caseId)).hasStatus(HttpStatus.OK).bodyJson().satisfies(plan -> {
            assertThat(plan).extractingPath("$.status").isEqualTo("DRAFT");
            assertThat(plan).extractingPath("$.planVersion").isEqualTo(1);
            assertThat(plan).extractingPath("$.caseManager").isEqualTo(PlanningApi.WORKER);
            assertThat(plan).extractingPath("$.goals[*].needDomain").asArray().containsExactly("HOUSING", "INCOME");
            assertThat(plan).extractingPath("$.goals[*].priority").asArray().containsExactly("HIGH", "MEDIUM");
            assertThat(plan).extractingPath("$.goals[0].serviceTypes").asArray()
                    .containsExactly("HOUSING_SEARCH", "TENANCY_SUPPORT");
            assertThat(plan).extractingPath("$.goals[0].objectives[*].direction").asArray()
                    .containsExactly("HIGHER_IS_BETTER", "LOWER_IS_BETTER");
        });

        Received drafted = published(EventCatalog.PLAN_DRAFTED, caseId, 1).getFirst();
        assertThat(drafted.key()).isEqualTo(caseId);
        assertThat(drafted.json().get("planId").asString()).isEqualTo(api.planId(caseId));
        assertThat(drafted.json().get("suggestedGoals").valueStream().map(goal -> goal.get("needDomain").asString()))
                .containsExactly("HOUSING", "INCOME");
    }

    @Test
    void aRedeliveredCaseOpenedCreatesNoSecondPlan() {
        String caseId = UUID.randomUUID().toString();
        String eventId = events.publish(EventCatalog.CASE_OPENED, caseId, CaseEvents.caseOpened(caseId));
        events.redeliver(EventCatalog.CASE_OPENED, caseId, eventId, CaseEvents.caseOpened(caseId).toString());
        events.publish(EventCatalog.CASE_OPENED, caseId, CaseEvents.caseOpened(caseId));

        String later = api.caseWithDraftPlan(); // consumed after the three above: one partition, in order

        assertThat(api.get("/api/planning/plans?caseId=" + caseId)).bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(1);
        assertThat(topics.withKey(EventCatalog.PLAN_DRAFTED.topic(), caseId)).hasSize(1);
        assertThat(api.planOf(later)).hasStatus(HttpStatus.OK);
    }

    @Test
    void aMalformedCaseOpenedIsDeadLetteredAndTheConsumerGoesOn() {
        String caseId = UUID.randomUUID().toString();
        events.redeliver(EventCatalog.CASE_OPENED, caseId, UUID.randomUUID().toString(), "{\"caseId\": ");

        String next = api.caseWithDraftPlan();

        Received dead = topics.awaitRecords(EventCatalog.CASE_OPENED.deadLetterTopic(), caseId, 1).getFirst();
        assertThat(dead.body()).isEqualTo("{\"caseId\": ");
        assertThat(dead.header("x-original-topic")).isEqualTo(EventCatalog.CASE_OPENED.topic());
        assertThat(dead.header("x-exception-stacktrace")).contains(MalformedEventException.class.getName());
        assertThat(api.planOf(caseId)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.planOf(next)).hasStatus(HttpStatus.OK);
    }

    @Test
    void aPlanIsFoundByItsIdAndByItsCase() {
        String caseId = api.caseWithDraftPlan();
        String planId = api.planId(caseId);

        assertThat(api.get("/api/planning/plans/" + planId)).hasStatus(HttpStatus.OK).bodyJson()
                .extractingPath("$.caseId").isEqualTo(caseId);
        assertThat(api.get("/api/planning/plans?caseId=" + caseId)).bodyJson()
                .extractingPath("$.content[0].id").isEqualTo(planId);
        assertThat(api.get("/api/planning/plans/no-such-plan")).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:not-found");
    }

}
