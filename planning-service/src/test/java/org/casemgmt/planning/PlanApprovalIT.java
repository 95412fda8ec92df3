package org.casemgmt.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;

/** From the suggested draft to an approved plan, and on to its revisions: who may do what, and what partners hear. */
class PlanApprovalIT extends PlanningIntegrationTestBase {

    private static final LocalDate ARREARS_DUE = LocalDate.of(2027, 3, 31);

    @Test
    void aCaseWorkerEditsAGoalAndSubmitsAndASupervisorsApprovalSetsEveryGoalWithTheServiceTypesItNeeds() {
        String caseId = api.caseWithDraftPlan();
        String housing = api.goalId(caseId, "HOUSING");

        assertThat(api.editHousingGoal(caseId, 0, ARREARS_DUE)).hasStatus(HttpStatus.OK).bodyJson()
                .extractingPath("$.goals[0].agreement.agreedBy").isEqualTo("client");
        assertThat(api.step(caseId, "submission")).hasStatus(HttpStatus.OK).bodyJson()
                .extractingPath("$.submittedBy").isEqualTo(PlanningApi.WORKER);
        MvcTestResult approved = api.approveAsSupervisor(caseId);

        assertThat(approved).hasStatus(HttpStatus.OK).bodyJson().satisfies(plan -> {
            assertThat(plan).extractingPath("$.status").isEqualTo("APPROVED");
            assertThat(plan).extractingPath("$.approvedBy").isEqualTo(PlanningApi.SUPERVISOR);
            assertThat(plan).extractingPath("$.selfApproved").isEqualTo(false);
            assertThat(plan).extractingPath("$.goals[*].set").asArray().containsOnly(true);
        });
        Received planApproved = published(EventCatalog.PLAN_APPROVED, caseId, 1).getFirst();
        assertThat(planApproved.json().get("goals").size()).isEqualTo(2);
        List<Received> goalsSet = published(EventCatalog.GOAL_SET, caseId, 2);
        JsonNode housingSet = goalsSet.stream().map(Received::json)
                .filter(goal -> goal.get("goalId").asString().equals(housing)).findFirst().orElseThrow();
        assertThat(housingSet.get("statement").isNull()).as("the client's words outlive no erasure on the topic")
                .isTrue();
        assertThat(housingSet.get("serviceTypes").valueStream().map(JsonNode::asString))
                .containsExactly("HOUSING_SEARCH", "TENANCY_SUPPORT");
        assertThat(housingSet.at("/objectives/1/baseline").asDouble()).isEqualTo(1850.0);
        assertThat(housingSet.at("/objectives/1/dueDate").asString()).isEqualTo("2027-03-31");
    }

    /** Decision: a refusal because of who asks is 403 (whatever the plan's state would allow), not 409. */
    @Test
    void aCaseWorkerWhoIsNotASupervisorCannotApproveAnotherWorkersPlan() {
        String caseId = api.caseWithDraftPlan();
        api.step(caseId, "submission");

        MvcTestResult refused = api.as("staff-0200", "CASE_WORKER",
                "/api/planning/plans/" + api.planId(caseId) + "/approval", api.versionBody(caseId));

        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:approval-not-permitted");
        assertThat(api.as(PlanningApi.WORKER, "CASE_WORKER", "/api/planning/plans/" + api.planId(caseId)
                + "/approval", api.versionBody(caseId))).as("nor their own, by default").hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.status(caseId)).isEqualTo("SUBMITTED");
    }

    @Test
    void theSubmitterApprovesTheirOwnPlanInAProgramThatAllowsSelfApproval() {
        String program = "program-peer-support-" + UUID.randomUUID();
        assertThat(mvc.put().uri("/api/planning/programs/" + program + "/settings")
                .header("Authorization", PlanningApi.bearer("admin-1", "AGENCY_ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"selfApprovalAllowed\": true}"))
                .hasStatus(HttpStatus.OK);
        String caseId = api.caseWithDraftPlan(CaseEvents.caseOpened(UUID.randomUUID().toString())
                .put("programId", program));
        api.step(caseId, "submission");

        MvcTestResult approved = api.step(caseId, "approval");

        assertThat(approved).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.selfApproved").isEqualTo(true);
        assertThat(published(EventCatalog.PLAN_APPROVED, caseId, 1).getFirst().json().get("selfApproved").asBoolean())
                .isTrue();
    }

    @Test
    void onlyAllowedTransitionsSucceedOthersAre409WithTheReason() {
        String caseId = api.caseWithDraftPlan();

        MvcTestResult approvingADraft = api.approveAsSupervisor(caseId);
        assertThat(approvingADraft).hasStatus(HttpStatus.CONFLICT).bodyJson().satisfies(problem -> {
            assertThat(problem).extractingPath("$.type").isEqualTo("urn:casemgmt:problem:transition-not-allowed");
            assertThat(problem).extractingPath("$.detail")
                    .isEqualTo("Cannot approve this plan: it is DRAFT. Only a submitted plan can be approved.");
            assertThat(problem).extractingPath("$.planStatus").isEqualTo("DRAFT");
        });

        api.step(caseId, "submission");
        assertThat(api.editHousingGoal(caseId, 0, ARREARS_DUE)).as("editing a submitted plan")
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.detail").asString()
                .startsWith("Cannot change the goals of this plan: it is SUBMITTED.");
    }

    @Test
    void aChangeMadeToAVersionSomeoneElseHasChangedSinceIs409() {
        String caseId = api.caseWithDraftPlan();
        long read = api.version(caseId);
        api.editHousingGoal(caseId, 0, ARREARS_DUE);

        MvcTestResult stale = api.post("/api/planning/plans/" + api.planId(caseId) + "/submission",
                "{\"version\": " + read + "}");

        assertThat(stale).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:casemgmt:problem:stale-version");
        assertThat(api.status(caseId)).isEqualTo("DRAFT");
    }

    @Test
    void aRevisionIsANewVersionTheApprovedOneStaysReadableAndItsApprovalAnnouncesOnlyTheChangedGoal() {
        String caseId = api.caseWithApprovedPlan();
        String planId = api.planId(caseId);

        MvcTestResult revision = api.post("/api/planning/plans/" + planId + "/revisions",
                "{\"version\": " + api.version(caseId) + ", \"reason\": \"Arrears plan agreed with the landlord\"}");

        assertThat(revision).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.planVersion").isEqualTo(2);
        assertThat(api.get("/api/planning/plans/" + planId + "/versions")).bodyJson()
                .extractingPath("$[*].status").asArray().containsExactly("APPROVED", "DRAFT");
        assertThat(api.get("/api/planning/plans/" + planId + "/versions/1")).hasStatus(HttpStatus.OK).bodyJson()
                .satisfies(first -> {
                    assertThat(first).extractingPath("$.approvedBy").isEqualTo(PlanningApi.SUPERVISOR);
                    assertThat(first).extractingPath("$.supersededAt").isNotNull();
                });
        assertThat(published(EventCatalog.PLAN_REVISED, caseId, 1).getFirst().json().get("reason").isNull())
                .as("the reason, written about the client, outlives no erasure on the topic").isTrue();
        assertThat(api.planOf(caseId)).bodyJson().extractingPath("$.revisionReason")
                .isEqualTo("Arrears plan agreed with the landlord");

        api.editHousingGoal(caseId, 200, ARREARS_DUE);
        api.approved(caseId);

        Received revised = published(EventCatalog.GOAL_REVISED, caseId, 1).getFirst();
        assertThat(revised.json().get("goalId").asString()).isEqualTo(api.goalId(caseId, "HOUSING"));
        assertThat(revised.json().get("planVersion").asInt()).isEqualTo(2);
        published(EventCatalog.PLAN_APPROVED, caseId, 2);
        // By event id, as a consumer counts them: delivery is at least once, and a redelivery carries the same ce_id.
        assertThat(topics.eventIds(EventCatalog.GOAL_SET.topic(), caseId)).as("set once, in version 1").hasSize(2);
        assertThat(topics.eventIds(EventCatalog.GOAL_REVISED.topic(), caseId)).as("the income goal did not change")
                .hasSize(1);
    }

    @Test
    void aRetriedRevisionWithTheSameIdempotencyKeyOpensOneVersion() {
        String caseId = api.caseWithApprovedPlan();
        String path = "/api/planning/plans/" + api.planId(caseId) + "/revisions";
        String body = "{\"version\": " + api.version(caseId) + ", \"reason\": \"Client moved\"}";
        String key = UUID.randomUUID().toString();

        MvcTestResult first = mvc.post().uri(path).header("Authorization", PlanningApi.bearer(PlanningApi.WORKER, "CASE_WORKER"))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        MvcTestResult retried = mvc.post().uri(path).header("Authorization", PlanningApi.bearer(PlanningApi.WORKER, "CASE_WORKER"))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body).exchange();

        assertThat(first).hasStatus(HttpStatus.CREATED);
        assertThat(retried).hasStatus(HttpStatus.CREATED).hasHeader("Idempotent-Replayed", "true");
        assertThat(api.get("/api/planning/plans/" + api.planId(caseId) + "/versions")).bodyJson()
                .extractingPath("$.length()").isEqualTo(2);
    }

    @Test
    void abandoningAGoalThatWasSetTellsPartners() {
        String caseId = api.caseWithApprovedPlan();
        String income = api.goalId(caseId, "INCOME");

        MvcTestResult abandoned = api.post("/api/planning/plans/" + api.planId(caseId) + "/goals/" + income
                + "/abandonment", "{\"version\": " + api.version(caseId) + ", \"reason\": \"Client found work\"}");

        assertThat(abandoned).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.goals[1].status")
                .isEqualTo("ABANDONED");
        Received event = published(EventCatalog.GOAL_ABANDONED, caseId, 1).getFirst();
        assertThat(event.json().get("goalId").asString()).isEqualTo(income);
        assertThat(event.json().get("reason").isNull()).as("read from the API instead").isTrue();
        assertThat(api.planOf(caseId)).bodyJson().extractingPath("$.goals[1].abandonment.reason")
                .isEqualTo("Client found work");
    }
}
