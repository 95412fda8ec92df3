package org.casemgmt.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.platform.testing.TopicProbe;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Personal data at rest and its erasure: the store holds a client's details and what was written about them only
 * encrypted, search and duplicate detection still find the client through blind indexes, and once an administrator
 * erases the client (or the retention of their closed cases ends) nothing of the person can be read, found or
 * published again, while the intake's facts remain.
 */
class PersonalDataErasureIT extends IntakeIntegrationTestBase {

    private final EventSchemaValidator schemas = new EventSchemaValidator();

    @Autowired
    MongoTemplate mongo;

    private final String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String familyName = "Quisquilliana" + letters(unique);
    private final String nationalId = "ZQ" + unique.toUpperCase();
    private final String email = "rare." + unique + "@example.org";
    /** Free text a case worker writes about the client, with spaces, so that no ciphertext (base64) can hold it. */
    private final String area = "Upper " + familyName + " Close";
    private final String purpose = "share with " + familyName + "'s sister";

    @Test
    void nothingPersonalIsStoredInPlainTextYetTheClientIsFoundUntilErasedAndThenNowhere() {
        String clientId = register();
        String intakeId = api.startIntake(clientId, "housing-first");
        MvcTestResult assessed = api.put("/api/intake/intakes/" + intakeId + "/assessment", """
                {"version": 0,
                 "needs": [{"domain": "HOUSING", "severity": "HIGH", "summary": "Flat %1$s flooded"}],
                 "strengths": ["sister %1$s helps"],
                 "risks": [{"type": "eviction", "level": "HIGH", "note": "landlord %1$s threatens"}],
                 "circumstances": {"householdSize": 2, "monthlyIncome": 901.37, "residencyArea": "%2$s",
                                   "housingSituation": "sofa at %1$s's"},
                 "documents": [{"type": "ID", "title": "Passport of %1$s", "receivedOn": "2026-11-18",
                                "reference": "dms://%1$s/passport"}]}""".formatted(familyName, area));
        assertThat(assessed).hasStatus(HttpStatus.OK);
        assertThat(api.post("/api/intake/intakes/" + intakeId + "/consents", """
                {"purpose": "%s", "sharedWithAgencyIds": ["agency-a"], "givenBy": "CLIENT"}""".formatted(purpose)))
                .hasStatus(HttpStatus.CREATED);

        String storedClient = raw("clients", clientId);
        String storedIntake = raw("intakes", intakeId);
        assertThat(storedClient).doesNotContain(familyName, "Wilhelmina", nationalId, email, "1961-04-17",
                "+44 20 7946 0958", "Baker", area);
        assertThat(storedClient).contains("NATIONAL_ID");
        assertThat(storedIntake).doesNotContain(familyName, area, purpose, "901.37")
                .contains("HOUSING", "HIGH", "eviction");
        Document circumstances = rawCircumstances(intakeId);
        assertThat(List.of(circumstances.get("householdSize"), circumstances.get("monthlyIncome"),
                circumstances.get("residencyArea"))).as("stored as ciphertext, not as numbers or plain text")
                .allSatisfy(value -> assertThat(value).asString().startsWith("v1:"));
        assertThat(api.get("/api/intake/intakes/" + intakeId)).bodyJson().satisfies(intake -> {
            assertThat(intake).extractingPath("$.assessment.circumstances.householdSize").isEqualTo(2);
            assertThat(intake).extractingPath("$.assessment.circumstances.monthlyIncome").isEqualTo(901.37);
            assertThat(intake).extractingPath("$.assessment.circumstances.residencyArea").isEqualTo(area);
            assertThat(intake).extractingPath("$.consents[0].purpose").isEqualTo(purpose);
        });
        assertThat(api.get("/api/intake/clients/" + clientId)).bodyJson().extractingPath("$.residencyArea")
                .isEqualTo(area);

        assertThat(api.get("/api/intake/clients/" + clientId)).bodyJson().extractingPath("$.familyName")
                .isEqualTo(familyName);
        assertThat(api.get("/api/intake/intakes/" + intakeId)).bodyJson().extractingPath("$.assessment.strengths[0]")
                .isEqualTo("sister " + familyName + " helps");
        assertThat(foundBy("name=Wilhelmina%20" + familyName)).contains(clientId);
        assertThat(foundBy("identifierType=national_id&identifierValue=" + nationalId.toLowerCase())).contains(clientId);
        assertThat(foundBy("birthDate=1961-04-17&name=" + familyName)).contains(clientId);
        assertThat(duplicatesOf("Vilhelmina", familyName)).as("a similar name, the same birth date").contains(clientId);

        IntakeApi admin = api.as(IntakeApi.ADMIN_TOKEN);
        assertThat(api.post("/api/intake/clients/" + clientId + "/erasure", "{}")).as("a case worker")
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.as(TestIssuer.shared().bearer("admin-b", "agency-b", "AGENCY_ADMIN"))
                .post("/api/intake/clients/" + clientId + "/erasure", "{}")).as("another agency's administrator")
                .hasStatus(HttpStatus.NOT_FOUND);

        MvcTestResult erased = admin.post("/api/intake/clients/" + clientId + "/erasure",
                "{\"reference\": \"DSR-2026-014\"}");

        assertThat(erased).hasStatus(HttpStatus.OK);
        assertThat(erased).bodyJson().extractingPath("$.status").isEqualTo("ERASED");
        assertThat(erased).bodyJson().extractingPath("$.familyName").isNull();
        Received event = published(clientId);
        assertThat(event.json().get("caseIds").valueStream().map(id -> id.asString())).containsExactly(intakeId);
        assertThat(event.json().get("erasedBy").asString()).isEqualTo("admin-1");
        assertThat(event.body()).doesNotContain(familyName, nationalId, email);

        MvcTestResult again = admin.post("/api/intake/clients/" + clientId + "/erasure", "{}");
        assertThat(again).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.erasedAt")
                .isEqualTo(IntakeApi.read(erased, "$.erasedAt"));
        // A second event would be either still in the client's outbox or already on the topic.
        assertThat(mongo.findById(clientId, Document.class, "clients").getList("outbox", Document.class)).isEmpty();
        assertThat(topics.withKey(EventCatalog.CLIENT_ERASED.topic(), clientId)).as("a second erasure publishes nothing")
                .hasSize(1);

        assertThat(mongo.findById(clientId, Document.class, "subject_keys").get("destroyedAt")).isNotNull();
        assertThat(raw("clients", clientId)).doesNotContain(familyName, nationalId, email, "Wilhelmina", area);
        MvcTestResult client = api.get("/api/intake/clients/" + clientId);
        assertThat(client).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.status").isEqualTo("ERASED");
        assertThat(client).bodyJson().extractingPath("$.givenName").isNull();
        assertThat(client).bodyJson().extractingPath("$.contact").isNull();
        assertThat(client).bodyJson().extractingPath("$.residencyArea").isNull();
        assertThat(foundBy("name=Wilhelmina%20" + familyName)).doesNotContain(clientId);
        assertThat(foundBy("identifierType=NATIONAL_ID&identifierValue=" + nationalId)).doesNotContain(clientId);
        assertThat(duplicatesOf("Wilhelmina", familyName)).doesNotContain(clientId);
        assertThat(api.get("/api/intake/clients?status=ERASED&size=200")).hasStatus(HttpStatus.OK).bodyJson()
                .extractingPath("$.content[*].id").asArray().contains(clientId);

        MvcTestResult intake = api.get("/api/intake/intakes/" + intakeId);
        assertThat(intake).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.clientErased").isEqualTo(true);
        assertThat(intake).bodyJson().extractingPath("$.assessment.needs[0].domain").isEqualTo("HOUSING");
        assertThat(intake).bodyJson().extractingPath("$.assessment.needs[0].severity").isEqualTo("HIGH");
        assertThat(intake).bodyJson().extractingPath("$.assessment.needs[0].summary").isNull();
        assertThat(intake).bodyJson().extractingPath("$.assessment.risks[0].note").isNull();
        assertThat(intake).bodyJson().extractingPath("$.assessment.strengths").asArray().isEmpty();
        assertThat(intake).bodyJson().extractingPath("$.assessment.circumstances.householdSize").isNull();
        assertThat(intake).bodyJson().extractingPath("$.assessment.circumstances.monthlyIncome").isNull();
        assertThat(intake).bodyJson().extractingPath("$.assessment.circumstances.residencyArea").isNull();
        assertThat(intake).bodyJson().extractingPath("$.consents[0].purpose").isNull();
        assertThat(intake).bodyJson().extractingPath("$.consents[0].sharedWithAgencyIds").asArray()
                .containsExactly("agency-a");
        assertThat(raw("intakes", intakeId)).doesNotContain(familyName, area, purpose, "901.37");
        assertThat(intake).bodyJson().extractingPath("$.status").isEqualTo("IN_PROGRESS");
        assertThat(api.get("/api/intake/intakes?clientId=" + clientId)).hasStatus(HttpStatus.OK);
        MvcTestResult refused = api.post("/api/intake/intakes/" + intakeId + "/consents", """
                {"purpose": "coordinate housing support", "sharedWithAgencyIds": ["agency-a"], "givenBy": "CLIENT"}""");
        assertThat(refused).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:casemgmt:problem:client-erased");
    }

    @Test
    void theEndOfTheClientsRetentionErasesThemAsAnAdministratorWouldButAnnouncesNothingMore()
            throws InterruptedException {
        String clientId = register();
        String intakeId = api.startIntake(clientId, "housing-first");
        assertThat(api.post("/api/intake/intakes/" + intakeId + "/consents", """
                {"purpose": "%s", "sharedWithAgencyIds": ["agency-a"], "givenBy": "CLIENT"}""".formatted(purpose)))
                .hasStatus(HttpStatus.CREATED);
        String expiry = UUID.randomUUID().toString();
        String body = """
                {"caseId": "%1$s", "clientId": "%2$s", "agencyId": "%3$s", "caseIds": ["%1$s"],
                 "programId": "housing-first", "legalBasis": "State records act, 7 years",
                 "retainedUntil": "2033-07-30T16:45:00Z", "expiredAt": "2033-07-30T16:45:01Z"}"""
                .formatted(intakeId, clientId, IntakeApi.AGENCY);

        topics.publish(EventCatalog.CASE_RETENTION_EXPIRED.topic(), clientId, TopicProbe.cloudEventHeaders(
                EventCatalog.CASE_RETENTION_EXPIRED, expiry, clientId), body);

        await().untilAsserted(() -> assertThat(IntakeApi.<String>read(api.get("/api/intake/clients/" + clientId),
                "$.status")).isEqualTo("ERASED"));
        MvcTestResult client = api.get("/api/intake/clients/" + clientId);
        assertThat(client).bodyJson().extractingPath("$.familyName").isNull();
        assertThat(client).bodyJson().extractingPath("$.erasedBy").isEqualTo("retention-schedule");
        assertThat(client).bodyJson().extractingPath("$.erasureReference")
                .isEqualTo("retention period ended 2033-07-30T16:45:00Z");
        assertThat(foundBy("name=Wilhelmina%20" + familyName)).doesNotContain(clientId);
        assertThat(api.get("/api/intake/intakes/" + intakeId)).bodyJson().extractingPath("$.consents[0].purpose")
                .isNull();
        assertThat(raw("clients", clientId)).doesNotContain(familyName, nationalId, email);
        assertThat(mongo.findById(clientId, Document.class, "subject_keys").get("destroyedAt")).isNotNull();

        topics.publish(EventCatalog.CASE_RETENTION_EXPIRED.topic(), clientId, TopicProbe.cloudEventHeaders(
                EventCatalog.CASE_RETENTION_EXPIRED, expiry, clientId), body);
        Thread.sleep(1_000);
        assertThat(api.get("/api/intake/clients/" + clientId)).bodyJson().extractingPath("$.erasedAt")
                .isEqualTo(IntakeApi.read(client, "$.erasedAt"));
        assertThat(topics.withKey(EventCatalog.CLIENT_ERASED.topic(), clientId))
                .as("every stage reads case.retention-expired itself").isEmpty();
        assertThat(IntakeApi.<List<String>>read(api.as(TestIssuer.shared().bearer("auditor-1", IntakeApi.AGENCY,
                "AUDITOR")).get("/api/intake/audit/entries?resourceType=client&resourceId=" + clientId),
                "$.content[?(@.action == 'DELETE')].actorId")).as("the erasure, on closure's schedule")
                .containsExactly("closure-service");
    }

    @Test
    void anErasedClientsCaseStillClosesAndKeepsItsStatistics() {
        String caseId = api.openedCase();
        String clientId = IntakeApi.read(api.get("/api/intake/intakes/" + caseId), "$.clientId");
        Received opened = topics.awaitRecords(EventCatalog.CASE_OPENED.topic(), caseId, 1).getFirst();
        assertThat(opened.json().get("assessedNeeds").valueStream().map(need -> need.get("summary").isNull()))
                .as("what the case worker wrote stays out of the topic").containsOnly(true);
        assertThat(opened.body()).doesNotContain("eviction notice", "coordinate housing support");
        assertThat(opened.json().at("/consentScope/purpose").isNull()).as("the consent's purpose neither").isTrue();
        Received consented = topics.awaitRecords(EventCatalog.CONSENT_GRANTED.topic(), caseId, 1).getFirst();
        assertThat(consented.json().at("/scope/purpose").isNull()).isTrue();
        assertThat(consented.body()).doesNotContain("coordinate housing support");

        assertThat(api.as(IntakeApi.ADMIN_TOKEN).post("/api/intake/clients/" + clientId + "/erasure", ""))
                .hasStatus(HttpStatus.OK);
        topics.publish(EventCatalog.CASE_CLOSED.topic(), caseId, TopicProbe.cloudEventHeaders(EventCatalog.CASE_CLOSED,
                UUID.randomUUID().toString(), caseId), """
                {"caseId": "%s", "reason": "GOALS_ACHIEVED", "closedBy": "worker-9",
                 "closedAt": "2026-11-30T16:00:00Z"}""".formatted(caseId));

        await().untilAsserted(() -> assertThat(api.status(caseId)).isEqualTo("CLOSED"));
        MvcTestResult closed = api.get("/api/intake/intakes/" + caseId);
        assertThat(closed).bodyJson().extractingPath("$.clientErased").isEqualTo(true);
        assertThat(closed).bodyJson().extractingPath("$.priority").isEqualTo("URGENT");
        assertThat(closed).bodyJson().extractingPath("$.riskLevel").isEqualTo("HIGH");
        assertThat(closed).bodyJson().extractingPath("$.assessment.needs[*].domain").asArray()
                .containsExactlyInAnyOrder("HOUSING", "INCOME");
        assertThat(closed).bodyJson().extractingPath("$.assessment.needs[0].summary").isNull();
        assertThat(raw("intakes", caseId)).doesNotContain("eviction notice", "supportive sister", "court date set",
                "coordinate housing support", "1250.5");
        assertThat(closed).bodyJson().extractingPath("$.consents[0].purpose").isNull();
        assertThat(closed).bodyJson().extractingPath("$.assessment.circumstances.monthlyIncome").isNull();
    }

    @Test
    void aKeptResponseForARetriedRegistrationIsSealedAndGoneOnceTheClientIsErased() {
        String body = """
                {"givenName": "Wilhelmina", "familyName": "%s", "birthDate": "1961-04-17",
                 "identifiers": [{"type": "NATIONAL_ID", "value": "%s"}], "confirmedNotDuplicate": true}"""
                .formatted(familyName, nationalId);
        String key = "registration-" + unique;
        MvcTestResult registered = registerWithKey(key, body);
        String clientId = IntakeApi.read(registered, "$.id");

        assertThat(registerWithKey(key, body)).hasStatus(HttpStatus.CREATED).hasHeader("Idempotent-Replayed", "true")
                .bodyJson().extractingPath("$.familyName").isEqualTo(familyName);
        assertThat(mongo.findAll(Document.class, "idempotency_keys")).map(Document::toJson)
                .as("the kept responses").noneMatch(kept -> kept.contains(familyName) || kept.contains(nationalId));

        assertThat(api.as(IntakeApi.ADMIN_TOKEN).post("/api/intake/clients/" + clientId + "/erasure", "{}"))
                .hasStatus(HttpStatus.OK);

        assertThat(registerWithKey(key, body)).hasStatus(HttpStatus.GONE).hasHeader("Idempotent-Replayed", "true")
                .bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:client-erased");
    }

    private MvcTestResult registerWithKey(String key, String body) {
        return mvc.post().uri("/api/intake/clients").header("Authorization", IntakeApi.WORKER_TOKEN)
                .header("Idempotency-Key", key).contentType("application/json").content(body).exchange();
    }

    private String register() {
        MvcTestResult result = api.post("/api/intake/clients", """
                {"givenName": "Wilhelmina", "familyName": "%s", "birthDate": "1961-04-17",
                 "identifiers": [{"type": "NATIONAL_ID", "value": "%s"}],
                 "contact": {"phone": "+44 20 7946 0958", "email": "%s", "postalAddress": "221B Baker Street"},
                 "preferredLanguage": "en", "residencyArea": "%s", "confirmedNotDuplicate": true}"""
                .formatted(familyName, nationalId, email, area));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return IntakeApi.read(result, "$.id");
    }

    private Document rawCircumstances(String intakeId) {
        return mongo.findById(intakeId, Document.class, "intakes").get("assessment", Document.class)
                .get("circumstances", Document.class);
    }

    private String raw(String collection, String id) {
        return mongo.findById(id, Document.class, collection).toJson();
    }

    private List<String> foundBy(String query) {
        MvcTestResult result = api.get("/api/intake/clients/search?" + query);
        assertThat(result).hasStatus(HttpStatus.OK);
        return IntakeApi.read(result, "$[*].id");
    }

    private List<String> duplicatesOf(String givenName, String family) {
        MvcTestResult result = api.post("/api/intake/clients/duplicate-check", """
                {"givenName": "%s", "familyName": "%s", "birthDate": "1961-04-17"}""".formatted(givenName, family));
        assertThat(result).hasStatus(HttpStatus.OK);
        return IntakeApi.read(result, "$.candidates[*].clientId");
    }

    private Received published(String clientId) {
        List<Received> records = topics.awaitRecords(EventCatalog.CLIENT_ERASED.topic(), clientId, 1);
        assertThat(records).hasSize(1);
        Received record = records.getFirst();
        assertThat(record.key()).isEqualTo(clientId);
        assertThat(record.header("ce_type")).isEqualTo(EventCatalog.CLIENT_ERASED.type());
        assertThat(schemas.validate(EventCatalog.CLIENT_ERASED, record.body())).isEmpty();
        return record;
    }

    /** Digits as letters, so the name stays a name (with a Double Metaphone key) and unique to this test. */
    private static String letters(String hex) {
        StringBuilder name = new StringBuilder();
        hex.chars().forEach(c -> name.append((char) ('a' + Character.digit(c, 16))));
        return name.toString();
    }
}
