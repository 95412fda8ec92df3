package org.casemgmt.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casemgmt.monitoring.MonitoringApi.body;
import static org.casemgmt.monitoring.MonitoringApi.read;
import static org.casemgmt.monitoring.MonitoringApi.worker;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import org.bson.Document;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.node.ObjectNode;

/**
 * Standardized instruments administered on a case (the instrument package): the score, band and change since the
 * previous administration, the answers encrypted, assessment.scored and threshold.crossed on the topics.
 */
class AssessmentIT extends MonitoringIntegrationTestBase {

    private static final String OTHER_AGENCY_WORKER = MonitoringApi.bearer("staff-9001", "agency-elsewhere",
            "CASE_WORKER");

    @Autowired
    MongoTemplate mongo;

    @Test
    void aPhq9AdministeredTwiceIsScoredComparedAndItsDangerousAnswerCrossesAThreshold() {
        String caseId = api.caseWithApprovedPlan("program-1");
        Instant lastMonth = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        MvcTestResult first = administer(caseId, "PHQ-9", lastMonth, 1, 1, 1, 1, 1, 1, 1, 1, 0);
        MvcTestResult second = administer(caseId, "PHQ-9", null, 2, 2, 2, 2, 2, 2, 2, 1, 1);

        assertThat(first.getResponse().getStatus()).as(body(first)).isEqualTo(201);
        assertThat(read(first, "$.totalScore")).isEqualTo("8");
        assertThat(read(first, "$.band")).isEqualTo("mild");
        assertThat(read(first, "$.change")).isNull();
        assertThat(read(first, "$.administeredAt")).isEqualTo(lastMonth.toString());
        assertThat(second.getResponse().getStatus()).as(body(second)).isEqualTo(201);
        String secondId = read(second, "$.id");
        assertThat(second.getResponse().getHeader("Location"))
                .endsWith("/api/monitoring/cases/" + caseId + "/assessments/" + secondId);
        assertThat(read(second, "$.totalScore")).isEqualTo("16");
        assertThat(read(second, "$.band")).isEqualTo("moderately-severe");
        assertThat(read(second, "$.previousScore")).isEqualTo("8");
        assertThat(read(second, "$.previousBand")).isEqualTo("mild");
        assertThat(read(second, "$.change")).isEqualTo("8");
        assertThat(JsonPath.<List<String>>read(body(second), "$.alerts[*].trigger"))
                .containsExactly("moderately-severe", "9");

        List<Received> scored = topics.awaitPublished(EventCatalog.ASSESSMENT_SCORED, caseId, 2);
        assertThat(scored.get(1).json().path("assessmentId").asString()).isEqualTo(secondId);
        assertThat(scored.get(1).json().path("change").asInt()).isEqualTo(8);
        assertThat(scored.get(1).json().path("previousBand").asString()).isEqualTo("mild");
        assertThat(scored.getFirst().json().path("change").isNumber()).isFalse();
        assertThat(scored).allSatisfy(record -> assertThat(record.body()).doesNotContain("itemId"));

        List<Received> crossed = topics.awaitPublished(EventCatalog.THRESHOLD_CROSSED, caseId, 2);
        assertThat(crossed).extracting(record -> record.json().path("trigger").asString())
                .containsExactly("moderately-severe", "9");
        Received item9 = crossed.get(1);
        assertThat(item9.json().path("kind").asString()).isEqualTo("ITEM");
        assertThat(item9.json().path("severity").asString()).isEqualTo("URGENT");
        assertThat(item9.json().path("fromBand").asString()).isEqualTo("mild");
        assertThat(item9.json().path("toBand").asString()).isEqualTo("moderately-severe");
        assertThat(item9.json().path("taskId").asString()).isEqualTo(read(second, "$.alerts[1].taskId"));
        assertThat(crossed.getFirst().json().path("severity").asString()).isEqualTo("HIGH");

        MvcTestResult listed = api.get("/api/monitoring/cases/" + caseId + "/assessments?instrumentId=PHQ-9",
                worker());
        assertThat(listed.getResponse().getStatus()).as(body(listed)).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(body(listed), "$.content[*].id"))
                .containsExactly(secondId, read(first, "$.id"));
        assertThat(JsonPath.<List<Integer>>read(body(listed), "$.content[0].answers[*].score"))
                .containsExactly(2, 2, 2, 2, 2, 2, 2, 1, 1);
        assertThat(JsonPath.<List<String>>read(body(api.get("/api/monitoring/cases/" + caseId
                + "/assessments?instrumentId=GAD-7", worker())), "$.content[*].id")).isEmpty();
        MvcTestResult one = api.get("/api/monitoring/cases/" + caseId + "/assessments/" + secondId,
                MonitoringApi.bearer("admin-1", MonitoringApi.AGENCY, "AGENCY_ADMIN"));
        assertThat(one.getResponse().getStatus()).isEqualTo(200);
        assertThat(read(one, "$.answers[8].itemId")).isEqualTo("9");
        assertThat(read(one, "$.answers[8].score")).isEqualTo("1");
    }

    @Test
    void theAnswersAreNotReadableInTheStoredDocumentWhileTheScoresAre() {
        String caseId = api.caseWithApprovedPlan("program-1");
        String id = read(administer(caseId, "GAD-7", null, 3, 2, 1, 0, 3, 2, 1), "$.id");

        Document stored = mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "assessments");

        assertThat(stored.getString("answers")).isNotBlank().doesNotContain("itemId", "score");
        assertThat(stored.toJson()).doesNotContain("itemId");
        assertThat(stored.getInteger("totalScore")).isEqualTo(12);
        assertThat(stored.getString("band")).isEqualTo("moderate");
    }

    @Test
    void onceTheClientIsErasedTheAnswersReadAsNullTheScoresStayAndNothingMoreIsAdministered() {
        String caseId = api.caseWithApprovedPlan("program-1");
        String id = read(administer(caseId, "PHQ-9", null, 1, 0, 0, 0, 0, 0, 0, 0, 1), "$.id");
        String clientId = "client-of-" + caseId;
        ObjectNode erased = MonitoringApi.example(EventCatalog.CLIENT_ERASED).put("clientId", clientId);
        erased.putArray("caseIds").add(caseId);

        api.publish(EventCatalog.CLIENT_ERASED, clientId, erased);

        String path = "/api/monitoring/cases/" + caseId + "/assessments";
        await().until(() -> "true".equals(read(api.get(path + "/" + id, worker()), "$.clientErased")));
        MvcTestResult after = api.get(path + "/" + id, worker());
        assertThat(read(after, "$.answers")).isNull();
        assertThat(read(after, "$.totalScore")).isEqualTo("2");
        assertThat(read(after, "$.alerts[0].trigger")).isEqualTo("9");
        MvcTestResult refused = administer(caseId, "PHQ-9", null, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(refused, "$.type")).endsWith("client-erased");
    }

    @Test
    void theSelfSufficiencyMatrixIsScoredPerDomainAndADomainInCrisisAlerts() {
        String caseId = api.caseWithApprovedPlan("program-1");

        MvcTestResult scored = administer(caseId, "SELF-SUFFICIENCY", null, 1, 2, 3, 3, 3, 4, 4, 5, 3, 2);

        assertThat(scored.getResponse().getStatus()).as(body(scored)).isEqualTo(201);
        assertThat(read(scored, "$.totalScore")).isEqualTo("30");
        assertThat(read(scored, "$.band")).isEqualTo("stable");
        assertThat(read(scored, "$.domainScores[0].domain")).isEqualTo("HOUSING");
        assertThat(read(scored, "$.domainScores[0].score")).isEqualTo("1");
        Received crossed = topics.awaitPublished(EventCatalog.THRESHOLD_CROSSED, caseId, 1).getFirst();
        assertThat(crossed.json().path("trigger").asString()).isEqualTo("HOUSING");
        assertThat(crossed.json().path("severity").asString()).isEqualTo("HIGH");
        assertThat(topics.awaitPublished(EventCatalog.ASSESSMENT_SCORED, caseId, 1).getFirst().json()
                .path("domainScores").size()).isEqualTo(10);
    }

    @Test
    void answersThatDoNotFitTheInstrumentAreRefusedNamingTheItems() {
        String caseId = api.caseWithApprovedPlan("program-1");

        MvcTestResult refused = administer(caseId, "PHQ-9", null, 0, 0, 0, 0, 0, 0, 0, 4);
        MvcTestResult unknown = administer(caseId, "BECK-II", null, 0);
        MvcTestResult future = administer(caseId, "PHQ-9", Instant.now().plus(1, ChronoUnit.HOURS),
                0, 0, 0, 0, 0, 0, 0, 0, 0);
        MvcTestResult shapeless = api.post("/api/monitoring/cases/" + caseId + "/assessments", worker(),
                "{\"instrumentId\": \"PHQ-9\", \"answers\": [{\"itemId\": \"1\"}]}");

        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(refused, "$.type")).endsWith("invalid-answers");
        assertThat(JsonPath.<List<String>>read(body(refused), "$.errors[*].itemId")).containsExactly("8", "9");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(future.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(future, "$.type")).endsWith("in-the-future");
        assertThat(shapeless.getResponse().getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(body(api.get("/api/monitoring/cases/" + caseId + "/assessments",
                worker())), "$.content[*].id")).isEmpty();
    }

    @Test
    void anotherAgencyCannotAdministerOrReadAndLearnsNothing() {
        String caseId = api.caseWithApprovedPlan("program-1");
        String id = read(administer(caseId, "PHQ-9", null, 0, 0, 0, 0, 0, 0, 0, 0, 0), "$.id");
        String path = "/api/monitoring/cases/" + caseId + "/assessments";

        assertThat(api.get(path, OTHER_AGENCY_WORKER).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.get(path + "/" + id, OTHER_AGENCY_WORKER).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.post(path, OTHER_AGENCY_WORKER, answers("PHQ-9", null, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(api.get(path + "/" + id, MonitoringApi.bearer("auditor-1", MonitoringApi.AGENCY, "AUDITOR"))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(api.post(path, MonitoringApi.bearer("admin-1", MonitoringApi.AGENCY, "AGENCY_ADMIN"),
                answers("PHQ-9", null, 0, 0, 0, 0, 0, 0, 0, 0, 0)).getResponse().getStatus()).isEqualTo(403);
        String otherCase = api.caseWithApprovedPlan("program-1");
        assertThat(api.get("/api/monitoring/cases/" + otherCase + "/assessments/" + id, worker())
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void staffReadTheInstrumentsButAnAuditorDoesNot() {
        MvcTestResult all = api.get("/api/monitoring/instruments",
                MonitoringApi.bearer("pat", "shelter-north", "PROVIDER"));
        MvcTestResult phq9 = api.get("/api/monitoring/instruments/PHQ-9?version=1", worker());

        assertThat(all.getResponse().getStatus()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(body(all), "$[*].id"))
                .containsExactly("GAD-7", "PHQ-9", "SELF-SUFFICIENCY");
        assertThat(read(phq9, "$.items.length()")).isEqualTo("9");
        assertThat(read(phq9, "$.bands[3].code")).isEqualTo("moderately-severe");
        assertThat(read(phq9, "$.triggers[0].itemId")).isEqualTo("9");
        assertThat(api.get("/api/monitoring/instruments/PHQ-9?version=2", worker()).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(api.get("/api/monitoring/instruments", MonitoringApi.bearer("auditor-1", MonitoringApi.AGENCY,
                "AUDITOR")).getResponse().getStatus()).isEqualTo(403);
    }

    private MvcTestResult administer(String caseId, String instrumentId, Instant at, int... scores) {
        return api.post("/api/monitoring/cases/" + caseId + "/assessments", worker(),
                answers(instrumentId, at, scores));
    }

    /** Items are numbered 1, 2... except the self-sufficiency matrix's, which are its domains. */
    private static String answers(String instrumentId, Instant at, int... scores) {
        List<String> items = "SELF-SUFFICIENCY".equals(instrumentId)
                ? List.of("HOUSING", "INCOME", "EMPLOYMENT", "FOOD", "HEALTH_CARE", "MENTAL_HEALTH", "SAFETY",
                "LEGAL", "FAMILY_SOCIAL", "MOBILITY")
                : IntStream.rangeClosed(1, scores.length).mapToObj(String::valueOf).toList();
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < scores.length; i++) {
            answers.append(i == 0 ? "" : ", ").append("{\"itemId\": \"").append(items.get(i))
                    .append("\", \"score\": ").append(scores[i]).append('}');
        }
        return "{\"instrumentId\": \"" + instrumentId + "\", \"answers\": [" + answers + "]"
                + (at == null ? "" : ", \"administeredAt\": \"" + at + "\"") + "}";
    }
}
