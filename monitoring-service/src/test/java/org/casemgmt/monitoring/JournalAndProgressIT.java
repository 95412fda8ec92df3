package org.casemgmt.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casemgmt.monitoring.MonitoringApi.body;
import static org.casemgmt.monitoring.MonitoringApi.read;
import static org.casemgmt.monitoring.MonitoringApi.worker;

import java.time.Instant;

import org.bson.Document;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.testing.DocumentUploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Contacts, notes, milestones and measurements recorded on a case, and what partners and planning hear of them. */
class JournalAndProgressIT extends MonitoringIntegrationTestBase {

    private static final String DISCUSSED = "Talked about Maria's eviction letter from Mr Okafor";

    @Autowired
    MongoTemplate mongo;

    @Test
    void aContactIsRecordedWithItsSummaryEncryptedAndAnnouncedWithoutIt() {
        String caseId = api.caseWithApprovedPlan("program-1");

        MvcTestResult recorded = api.post("/api/monitoring/cases/" + caseId + "/contacts", worker(), """
                {"occurredAt": "2026-11-30T10:00:00Z", "medium": "IN_PERSON", "contactMade": true,
                 "durationMinutes": 45, "contactTypes": ["HOME_VISIT"], "summary": "%s", "followUpNeeded": true}"""
                .formatted(DISCUSSED));

        assertThat(recorded.getResponse().getStatus()).as(body(recorded)).isEqualTo(201);
        assertThat(read(recorded, "$.summary")).isEqualTo(DISCUSSED);
        String event = topics.awaitPublished(EventCatalog.CONTACT_RECORDED, caseId, 1).getFirst().body();
        assertThat(event).contains("\"medium\":\"IN_PERSON\"", "\"contactMade\":true", "HOME_VISIT")
                .doesNotContain("eviction");
        Document stored = mongo.findOne(new Query(Criteria.where("_id").is(read(recorded, "$.id"))), Document.class,
                "contacts");
        assertThat(stored.toJson()).doesNotContain("eviction");
        assertThat(read(api.get("/api/monitoring/cases/" + caseId + "/contacts", worker()), "$.content[0].summary"))
                .isEqualTo(DISCUSSED);
    }

    @Test
    void aContactInTheFutureIsRefused() {
        String caseId = api.caseWithApprovedPlan("program-1");

        MvcTestResult refused = api.post("/api/monitoring/cases/" + caseId + "/contacts", worker(), """
                {"occurredAt": "%s", "medium": "PHONE", "contactMade": false}"""
                .formatted(Instant.now().plusSeconds(3600)));

        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(refused, "$.type")).endsWith("in-the-future");
    }

    @Test
    void notesAndMilestonesAreAnnouncedWithoutTheirWords() {
        String caseId = api.caseWithApprovedPlan("program-1");

        MvcTestResult note = api.post("/api/monitoring/cases/" + caseId + "/notes", worker(),
                "{\"text\": \"Maria is scared of her ex-partner\", \"confidential\": true}");
        MvcTestResult milestone = api.post("/api/monitoring/cases/" + caseId + "/milestones", worker(), """
                {"goalId": "%s", "kind": "HOUSED", "description": "Keys to the flat on Elm Street",
                 "reachedAt": "2026-12-01T12:00:00Z"}""".formatted(MonitoringApi.goalOf(caseId)));

        assertThat(note.getResponse().getStatus()).isEqualTo(201);
        assertThat(milestone.getResponse().getStatus()).as(body(milestone)).isEqualTo(201);
        assertThat(topics.awaitPublished(EventCatalog.NOTE_RECORDED, caseId, 1).getFirst().body())
                .contains("\"confidential\":true").doesNotContain("scared");
        assertThat(topics.awaitPublished(EventCatalog.MILESTONE_REACHED, caseId, 1).getFirst().body())
                .contains("\"kind\":\"HOUSED\"").doesNotContain("Elm");
        assertThat(api.post("/api/monitoring/cases/" + caseId + "/milestones", worker(), """
                {"goalId": "no-such-goal", "kind": "HOUSED", "reachedAt": "2026-12-01T12:00:00Z"}""")
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aMeasurementOfAnObjectiveOfThePlanIsPublishedForPlanningToEvaluate() {
        String caseId = api.caseWithApprovedPlan("program-1");

        MvcTestResult measured = api.post("/api/monitoring/cases/" + caseId + "/progress", worker(), """
                {"goalId": "%s", "objectiveId": "%s", "value": 30, "note": "Maria slept at home every night"}"""
                .formatted(MonitoringApi.goalOf(caseId), MonitoringApi.objectiveOf(caseId, "nights")));

        assertThat(measured.getResponse().getStatus()).as(body(measured)).isEqualTo(201);
        String event = topics.awaitPublished(EventCatalog.PROGRESS_RECORDED, caseId, 1).getFirst().body();
        assertThat(event).contains("\"indicatorValue\":30.0", MonitoringApi.objectiveOf(caseId, "nights"),
                "\"note\":null").doesNotContain("slept");
    }

    @Test
    void aMeasurementOfAnObjectiveThePlanDoesNotHaveOrOfAnAchievedGoalIsRefused() {
        String caseId = api.caseWithApprovedPlan("program-1");

        assertThat(api.post("/api/monitoring/cases/" + caseId + "/progress", worker(), """
                {"goalId": "%s", "objectiveId": "no-such-objective", "value": 1}"""
                .formatted(MonitoringApi.goalOf(caseId))).getResponse().getStatus()).isEqualTo(404);

        api.publish(EventCatalog.GOAL_ACHIEVED, caseId, MonitoringApi.example(EventCatalog.GOAL_ACHIEVED)
                .put("caseId", caseId).put("goalId", MonitoringApi.goalOf(caseId)));
        org.awaitility.Awaitility.await().until(() -> body(api.get("/api/monitoring/cases/" + caseId + "/goals",
                worker())).contains("ACHIEVED"));

        MvcTestResult refused = api.post("/api/monitoring/cases/" + caseId + "/progress", worker(), """
                {"goalId": "%s", "objectiveId": "%s", "value": 1}"""
                .formatted(MonitoringApi.goalOf(caseId), MonitoringApi.objectiveOf(caseId, "nights")));
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(refused, "$.type")).endsWith("goal-achieved");
    }

    @Test
    void afterTheClientsErasureWhatWasWrittenAboutThemReadsAsNullAndTheFactsStay() {
        String caseId = api.caseWithApprovedPlan("program-1");
        api.post("/api/monitoring/cases/" + caseId + "/contacts", worker(), """
                {"occurredAt": "2026-11-30T10:00:00Z", "medium": "IN_PERSON", "contactMade": true,
                 "summary": "%s"}""".formatted(DISCUSSED));
        api.post("/api/monitoring/cases/" + caseId + "/notes", worker(), "{\"text\": \"%s\"}".formatted(DISCUSSED));

        tools.jackson.databind.node.ObjectNode erased = MonitoringApi.example(EventCatalog.CLIENT_ERASED)
                .put("clientId", "client-of-" + caseId);
        erased.putArray("caseIds").add(caseId);
        api.publish(EventCatalog.CLIENT_ERASED, "client-of-" + caseId, erased);

        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(read(api.get("/api/monitoring/cases/"
                + caseId + "/contacts", worker()), "$.content[0].summary")).isNull());
        MvcTestResult contacts = api.get("/api/monitoring/cases/" + caseId + "/contacts", worker());
        assertThat(read(contacts, "$.content[0].medium")).isEqualTo("IN_PERSON");
        assertThat(read(contacts, "$.content[0].clientErased")).isEqualTo("true");
        assertThat(body(api.get("/api/monitoring/cases/" + caseId + "/notes", worker()))).doesNotContain("eviction");
    }

    @Test
    void afterTheClientsRetentionEndedWhatWasWrittenAboutThemAndTheirDocumentsAreGoneAndTheFactsStay() {
        String caseId = api.caseWithApprovedPlan("program-1");
        api.post("/api/monitoring/cases/" + caseId + "/contacts", worker(), """
                {"occurredAt": "2026-11-30T10:00:00Z", "medium": "PHONE", "contactMade": true,
                 "summary": "%s"}""".formatted(DISCUSSED));
        String document = "/api/monitoring/cases/" + caseId + "/documents/"
                + DocumentUploads.attach(mvc, "/api/monitoring/cases/" + caseId + "/documents", worker());

        tools.jackson.databind.node.ObjectNode expired = MonitoringApi.example(EventCatalog.CASE_RETENTION_EXPIRED)
                .put("clientId", "client-of-" + caseId).put("caseId", caseId);
        expired.putArray("caseIds").add(caseId);
        api.publish(EventCatalog.CASE_RETENTION_EXPIRED, "client-of-" + caseId, expired);

        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(read(api.get("/api/monitoring/cases/"
                + caseId + "/contacts", worker()), "$.content[0].summary")).isNull());
        MvcTestResult contacts = api.get("/api/monitoring/cases/" + caseId + "/contacts", worker());
        assertThat(read(contacts, "$.content[0].medium")).isEqualTo("PHONE");
        assertThat(read(contacts, "$.content[0].clientErased")).isEqualTo("true");
        assertThat(api.get(document + "/content", worker()).getResponse().getStatus()).as("the file").isEqualTo(410);
    }

    @Test
    void anotherAgencyCannotRecordOnTheCase() {
        String caseId = api.caseWithApprovedPlan("program-1");

        assertThat(api.post("/api/monitoring/cases/" + caseId + "/contacts",
                MonitoringApi.bearer("worker.bo", "agency-south", "CASE_WORKER"),
                "{\"occurredAt\": \"2026-11-30T10:00:00Z\", \"medium\": \"PHONE\", \"contactMade\": true}")
                .getResponse().getStatus()).isEqualTo(404);
    }
}
