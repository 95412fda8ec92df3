package org.casemgmt.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.inbox.MalformedEventException;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Monitoring's progress.recorded and review.completed, and closure's case.closed and case.reopened, as planning applies them. */
class PlanProgressIT extends PlanningIntegrationTestBase {

    private static final String NIGHTS = "Nights in stable accommodation in the last 30 days";
    private static final String ARREARS = "Rent arrears";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void progressMeetingEveryTargetAchievesTheGoalAndGoalAchievedIsPublishedOnceEvenWhenDeliveredTwice() {
        String caseId = api.caseWithDraftPlan();
        api.editHousingGoal(caseId, 200, LocalDate.of(2027, 3, 31)); // arrears from 1850 down to 200 EUR or less
        api.approved(caseId);
        String housing = api.goalId(caseId, "HOUSING");

        events.publish(EventCatalog.PROGRESS_RECORDED, caseId,
                CaseEvents.progress(caseId, housing, api.objectiveId(caseId, housing, NIGHTS), 30));
        ObjectNode arrearsCleared = CaseEvents.progress(caseId, housing, api.objectiveId(caseId, housing, ARREARS), 150);
        String eventId = events.publish(EventCatalog.PROGRESS_RECORDED, caseId, arrearsCleared);
        events.redeliver(EventCatalog.PROGRESS_RECORDED, caseId, eventId, arrearsCleared.toString());
        abandonIncomeGoalAfterThePlanHasAppliedEveryProgress(caseId);

        Received achieved = published(EventCatalog.GOAL_ACHIEVED, caseId, 1).getFirst();
        assertThat(achieved.json().get("goalId").asString()).isEqualTo(housing);
        assertThat(achieved.json().get("progressEntryId").asString())
                .isEqualTo(arrearsCleared.get("progressEntryId").asString());
        assertThat(achieved.json().at("/objectives/1/achieved").asDouble()).isEqualTo(150.0);
        published(EventCatalog.GOAL_ABANDONED, caseId, 1); // recorded after everything above, so relayed after it
        assertThat(topics.withKey(EventCatalog.GOAL_ACHIEVED.topic(), caseId)).hasSize(1);
        assertThat(api.planOf(caseId)).bodyJson().satisfies(plan -> {
            assertThat(plan).extractingPath("$.status").isEqualTo("ACTIVE");
            assertThat(plan).extractingPath("$.goals[0].status").isEqualTo("ACHIEVED");
            assertThat(plan).extractingPath("$.goals[0].objectives[1].latestValue").isEqualTo(150.0);
            assertThat(plan).extractingPath("$.goals[0].objectives[1].history.length()").isEqualTo(1);
        });
    }

    @Test
    void progressShortOfTheTargetIsKeptAsTheLatestValueWithoutAchievingTheGoal() {
        String caseId = api.caseWithApprovedPlan();
        String housing = api.goalId(caseId, "HOUSING");

        events.publish(EventCatalog.PROGRESS_RECORDED, caseId,
                CaseEvents.progress(caseId, housing, api.objectiveId(caseId, housing, NIGHTS), 12));

        await().untilAsserted(() -> assertThat(api.planOf(caseId)).bodyJson()
                .extractingPath("$.goals[0].objectives[0].latestValue").isEqualTo(12.0));
        assertThat(api.planOf(caseId)).bodyJson().extractingPath("$.goals[0].objectives[0].met").isEqualTo(false);
        assertThat(api.planOf(caseId)).bodyJson().extractingPath("$.goals[0].status").isEqualTo("OPEN");
    }

    @Test
    void aMalformedProgressRecordedIsDeadLetteredAndTheConsumerGoesOn() {
        String caseId = api.caseWithApprovedPlan();
        String housing = api.goalId(caseId, "HOUSING");
        events.redeliver(EventCatalog.PROGRESS_RECORDED, caseId, UUID.randomUUID().toString(), "not json at all");

        events.publish(EventCatalog.PROGRESS_RECORDED, caseId,
                CaseEvents.progress(caseId, housing, api.objectiveId(caseId, housing, NIGHTS), 7));

        Received dead = topics.awaitRecords(EventCatalog.PROGRESS_RECORDED.deadLetterTopic(), caseId, 1).getFirst();
        assertThat(dead.body()).isEqualTo("not json at all");
        assertThat(dead.header("x-exception-stacktrace")).contains(MalformedEventException.class.getName());
        await().untilAsserted(() -> assertThat(api.planOf(caseId)).bodyJson()
                .extractingPath("$.goals[0].objectives[0].latestValue").isEqualTo(7.0));
    }

    @Test
    void aReviewAskingForAdjustmentsOpensARevisionOfTheApprovedPlan() {
        String caseId = api.caseWithApprovedPlan();
        ObjectNode review = CaseEvents.reviewCompleted(caseId);

        events.publish(EventCatalog.REVIEW_COMPLETED, caseId, review);

        await().until(() -> api.planOf(caseId).getResponse().getContentAsString().contains("\"planVersion\":2"));
        assertThat(api.planOf(caseId)).bodyJson().satisfies(plan -> {
            assertThat(plan).extractingPath("$.status").isEqualTo("DRAFT");
            assertThat(plan).extractingPath("$.requestedChanges[*].kind").asArray()
                    .containsExactly("ADD_GOAL", "CHANGE_OBJECTIVE");
        });
        Received revised = published(EventCatalog.PLAN_REVISED, caseId, 1).getFirst();
        assertThat(revised.json().get("reviewId").asString()).isEqualTo(review.get("reviewId").asString());
        assertThat(api.get("/api/planning/plans/" + api.planId(caseId) + "/versions/1")).bodyJson()
                .extractingPath("$.status").isEqualTo("APPROVED");
    }

    @Test
    void closingTheCaseClosesThePlanAndReopeningItPutsThePlanBackWhereItWas() {
        String caseId = api.caseWithApprovedPlan();

        events.publish(EventCatalog.CASE_CLOSED, caseId, json("""
                {"caseId": "%s", "reason": "LOST_CONTACT", "closedBy": "staff-0142",
                 "closedAt": "2027-01-10T09:00:00Z"}""".formatted(caseId)));
        await().until(() -> api.status(caseId).equals("CLOSED"));
        assertThat(api.planOf(caseId)).bodyJson().extractingPath("$.closureReason").isEqualTo("LOST_CONTACT");

        events.publish(EventCatalog.CASE_REOPENED, caseId, json("""
                {"caseId": "%s", "reason": "Client back in touch", "reopenedBy": "staff-0142",
                 "reopenedAt": "2027-02-01T09:00:00Z"}""".formatted(caseId)));
        await().until(() -> api.status(caseId).equals("APPROVED"));
    }

    /** Abandoning through the API is recorded after the progress events before it on the single test partition. */
    private void abandonIncomeGoalAfterThePlanHasAppliedEveryProgress(String caseId) {
        String income = api.goalId(caseId, "INCOME");
        String marker = UUID.randomUUID().toString();
        events.publish(EventCatalog.PROGRESS_RECORDED, caseId, CaseEvents.progress(caseId, income,
                api.objectiveId(caseId, income, "Unpaid bills"), 3).put("progressEntryId", marker));
        await().until(() -> api.planOf(caseId).getResponse().getContentAsString().contains(marker));
        assertThat(api.post("/api/planning/plans/" + api.planId(caseId) + "/goals/" + income + "/abandonment",
                "{\"version\": " + api.version(caseId) + ", \"reason\": \"Handled by another agency\"}"))
                .hasStatus(HttpStatus.OK);
    }

    private static ObjectNode json(String text) {
        return (ObjectNode) JSON.readTree(text);
    }
}
