package org.casemgmt.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The client's own words never reach MongoDB in plain text, and erasing the client (client.erased, delivered twice, or
 * case.retention-expired) makes them unreadable for good while the plan's facts and numbers stay.
 */
class ClientErasureIT extends PlanningIntegrationTestBase {

    /** Of the case.opened example, whose case manager is {@link PlanningApi#WORKER}. */
    private static final String AGENCY = "agency-riverside-family-services";
    private static final String STATEMENT = "Get my own flat near my kids' school";
    private static final String INTERVENTION = "Weekly visits to the flat on Elm Street";
    private static final String AGREED_BY = "Maria, her sister";
    private static final String PROVIDER_ROLE = "Maria's landlord liaison";
    private static final String INDICATOR = "Rent Maria still owes Mr Okafor";
    private static final String UNIT = "EUR owed by Maria";

    @Autowired
    MongoTemplate mongo;

    @Test
    void theClientsWordsAreStoredEncryptedAndAfterTheirErasureReadAsNullWhileTheNumbersStayAndARedeliveryIsANoOp() {
        String clientId = UUID.randomUUID().toString();
        String caseId = caseOf(clientId);
        String planId = read(plan(caseId), "$.id");
        assertThat(addGoal(planId, read(plan(caseId), "$.version"))).hasStatus(HttpStatus.CREATED);

        assertThat(PlanningApi.<List<String>>read(plan(caseId), "$.goals[*].statement")).contains(STATEMENT);
        String stored = rawPlan(caseId).toJson();
        assertThat(stored).doesNotContain(STATEMENT, INTERVENTION, AGREED_BY, PROVIDER_ROLE, INDICATOR, UNIT);
        assertThat(PlanningApi.<List<String>>read(plan(caseId), "$.goals[*].objectives[*].indicator"))
                .contains(INDICATOR);
        assertThat(rawPlan(caseId).getList("goals", Document.class))
                .allSatisfy(goal -> assertThat(goal.getString("statement")).startsWith("v1:"));

        String erasure = UUID.randomUUID().toString();
        erase(clientId, caseId, erasure);
        await().until(() -> Boolean.TRUE.equals(read(plan(caseId), "$.clientErased")));
        Number versionAfterErasure = read(plan(caseId), "$.version");
        erase(clientId, caseId, erasure);
        // client.erased has one partition: once a later erasure is applied, the redelivery before it was consumed
        String otherCase = caseOf(UUID.randomUUID().toString());
        erase(PlanningApi.<String>read(plan(otherCase), "$.clientId"), otherCase, UUID.randomUUID().toString());
        await().until(() -> Boolean.TRUE.equals(read(plan(otherCase), "$.clientErased")));

        MvcTestResult erased = plan(caseId);
        assertThat(erased).hasStatus(HttpStatus.OK).bodyJson().satisfies(plan -> {
            assertThat(plan).extractingPath("$.version").isEqualTo(versionAfterErasure);
            assertThat(plan).extractingPath("$.status").isEqualTo("DRAFT");
            assertThat(plan).extractingPath("$.goals[*].statement").asArray().containsOnlyNulls();
            assertThat(plan).extractingPath("$.goals[*].interventions[*].description").asArray().containsOnlyNulls();
            assertThat(plan).extractingPath("$.goals[*].agreement.agreedBy").asArray().containsOnlyNulls();
            assertThat(plan).extractingPath("$.goals[*].providerRole").asArray().containsOnlyNulls();
            assertThat(plan).extractingPath("$.goals[*].objectives[*].indicator").asArray().containsOnlyNulls();
            assertThat(plan).extractingPath("$.goals[*].objectives[*].unit").asArray().containsOnlyNulls();
            assertThat(plan).extractingPath("$.goals[*].needDomain").asArray()
                    .containsExactlyInAnyOrder("HOUSING", "INCOME", "HOUSING");
            assertThat(plan).extractingPath("$.goals[*].priority").asArray().contains("HIGH", "MEDIUM");
        });
        assertThat(PlanningApi.<List<Double>>read(erased, "$.goals[?(@.interventions[0].serviceType == "
                + "'TENANCY_SUPPORT')].objectives[*].baseline")).containsExactly(1850.0);
        assertThat(PlanningApi.<List<String>>read(erased, "$.goals[?(@.interventions[0].serviceType == "
                + "'TENANCY_SUPPORT')].objectives[*].dueDate")).containsExactly("2027-03-31");
        assertThat(get("/api/planning/plans/" + planId + "/versions/1")).hasStatus(HttpStatus.OK);

        Document raw = rawPlan(caseId);
        assertThat(raw.toJson()).doesNotContain(STATEMENT, INTERVENTION, AGREED_BY, PROVIDER_ROLE, INDICATOR, UNIT,
                "v1:");
        assertThat(raw.get("processedEvents", Document.class).getList("ids", String.class)).containsOnlyOnce(erasure);
        Document key = mongo.findById(clientId, Document.class, "subject_keys");
        assertThat(key).isNotNull();
        assertThat(key.get("destroyedAt")).isNotNull();
        assertThat(key.get("wrappedKey")).isNull();
    }

    @Test
    void theEndOfTheClientsRetentionErasesThemAsTheirRequestWouldAndEveryCaseListedGoes() {
        String clientId = UUID.randomUUID().toString();
        String caseId = caseOf(clientId);
        String earlierCase = caseOf(clientId);
        assertThat(addGoal(read(plan(caseId), "$.id"), read(plan(caseId), "$.version")))
                .hasStatus(HttpStatus.CREATED);

        events.redeliver(EventCatalog.CASE_RETENTION_EXPIRED, clientId, UUID.randomUUID().toString(), """
                {"caseId": "%s", "clientId": "%s", "agencyId": "%s", "caseIds": ["%s", "%s"],
                 "programId": "program-rapid-rehousing", "legalBasis": "State records act, 7 years",
                 "retainedUntil": "2033-07-30T16:45:00Z", "expiredAt": "2033-07-30T16:45:01Z"}"""
                .formatted(caseId, clientId, AGENCY, earlierCase, caseId));

        await().until(() -> Boolean.TRUE.equals(read(plan(caseId), "$.clientErased"))
                && Boolean.TRUE.equals(read(plan(earlierCase), "$.clientErased")));
        MvcTestResult erased = plan(caseId);
        assertThat(erased).bodyJson().extractingPath("$.goals[*].statement").asArray().containsOnlyNulls();
        assertThat(erased).bodyJson().extractingPath("$.goals[*].needDomain").asArray().contains("HOUSING");
        assertThat(rawPlan(caseId).toJson()).doesNotContain(STATEMENT, INDICATOR, "v1:");
        assertThat(mongo.findById(clientId, Document.class, "subject_keys").get("destroyedAt")).isNotNull();
    }

    private String caseOf(String clientId) {
        String caseId = UUID.randomUUID().toString();
        events.publish(EventCatalog.CASE_OPENED, caseId, CaseEvents.caseOpened(caseId).put("clientId", clientId));
        await().until(() -> plan(caseId).getResponse().getStatus() == 200);
        return caseId;
    }

    private MvcTestResult addGoal(String planId, Number version) {
        return mvc.post().uri("/api/planning/plans/" + planId + "/goals").header("Authorization", worker())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"version": %d, "needDomain": "HOUSING", "statement": "%s", "priority": "HIGH",
                         "responsibleParty": "PROVIDER", "providerRole": "%s",
                         "objectives": [{"indicator": "%s", "baseline": 1850, "target": 200, "unit": "%s",
                                         "direction": "LOWER_IS_BETTER", "dueDate": "2027-03-31"}],
                         "interventions": [{"description": "%s", "serviceType": "TENANCY_SUPPORT"}],
                         "agreement": {"agreedBy": "%s", "agreedAt": "2026-11-20T11:00:00Z"}}"""
                        .formatted(version.longValue(), STATEMENT, PROVIDER_ROLE, INDICATOR, UNIT, INTERVENTION,
                                AGREED_BY))
                .exchange();
    }

    private void erase(String clientId, String caseId, String eventId) {
        events.redeliver(EventCatalog.CLIENT_ERASED, clientId, eventId, """
                {"clientId": "%s", "agencyId": "%s", "caseIds": ["%s"], "erasedBy": "staff-0007",
                 "erasedAt": "2026-12-02T14:41:37.905Z"}""".formatted(clientId, AGENCY, caseId));
    }

    private MvcTestResult plan(String caseId) {
        return get("/api/planning/cases/" + caseId + "/plan");
    }

    private MvcTestResult get(String path) {
        return mvc.get().uri(path).header("Authorization", worker()).exchange();
    }

    private static String worker() {
        return TestIssuer.shared().bearer(PlanningApi.WORKER, AGENCY, "CASE_WORKER");
    }

    private Document rawPlan(String caseId) {
        return mongo.findOne(new Query(where("caseId").is(caseId)), Document.class, "plans");
    }

    private static <T> T read(MvcTestResult result, String path) {
        return PlanningApi.read(result, path);
    }
}
