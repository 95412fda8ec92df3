package org.casemgmt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.JsonNode;

class CaseOpeningIT extends IntakeIntegrationTestBase {


    @Test
    void anEligibleConsentedIntakeOpensACaseAndEveryStepIsPublishedAsACloudEvent() {
        String clientId = api.registerClient("Rosa", LocalDate.of(1988, 2, 2), "North");
        String caseId = api.startIntake(clientId, "housing-first");
        api.recordHousingAssessment(caseId);
        String consentId = api.recordConsent(caseId);

        MvcTestResult eligibility = api.post("/api/intake/intakes/" + caseId + "/eligibility", "");
        assertThat(eligibility).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.eligible").isEqualTo(true);
        MvcTestResult decision = api.decide(caseId);
        assertThat(decision).hasStatus(HttpStatus.OK);
        assertThat(decision).bodyJson().extractingPath("$.status").isEqualTo("OPENED");
        assertThat(decision).bodyJson().extractingPath("$.priority").isEqualTo("URGENT");

        Received registered = published(EventCatalog.CLIENT_REGISTERED, clientId);
        assertThat(registered.json().get("registeredBy").asString()).isEqualTo(IntakeApi.WORKER);
        Received consented = published(EventCatalog.CONSENT_GRANTED, caseId);
        assertThat(consented.json().at("/scope/sharedWithAgencyIds").valueStream().map(JsonNode::asString))
                .containsExactly("agency-a", "shelter-north");
        assertThat(consented.json().at("/scope/purpose").isNull()).as("free text about the client").isTrue();
        Received opened = published(EventCatalog.CASE_OPENED, caseId);
        JsonNode body = opened.json();
        assertThat(body.get("clientId").asString()).isEqualTo(clientId);
        assertThat(body.get("agencyId").asString()).isEqualTo("agency-a");
        assertThat(body.get("programId").asString()).isEqualTo("housing-first");
        assertThat(body.get("priority").asString()).isEqualTo("URGENT");
        assertThat(body.get("riskLevel").asString()).isEqualTo("HIGH");
        assertThat(body.get("caseManager").asString()).isEqualTo("manager-3");
        assertThat(body.at("/consentScope/consentId").asString()).isEqualTo(consentId);
        assertThat(body.get("assessedNeeds").valueStream().map(need -> need.get("domain").asString()))
                .containsExactly("HOUSING", "INCOME");
    }

    @Test
    void theConsentCoversOnlyTheAgenciesItNamesUntilItIsWithdrawn() {
        String caseId = api.openedCase();
        String coverage = "/api/intake/intakes/" + caseId + "/consent-coverage?agencyId=";
        String consentId = IntakeApi.read(api.get("/api/intake/intakes/" + caseId), "$.consents[0].id");

        assertThat(api.get(coverage + "shelter-north")).bodyJson().extractingPath("$.covered").isEqualTo(true);
        assertThat(api.get(coverage + "other-agency")).bodyJson().extractingPath("$.covered").isEqualTo(false);
        api.post("/api/intake/intakes/" + caseId + "/consents/" + consentId + "/withdrawal", "{}");
        assertThat(api.get(coverage + "shelter-north")).bodyJson().extractingPath("$.covered").isEqualTo(false);
    }

    @Test
    void anIntakeThatFailsEveryRuleIsDeclinedAndIntakeDeclinedListsEveryReason() {
        String clientId = api.registerClient("Tom", LocalDate.now().minusYears(16), "East");
        String intakeId = api.startIntake(clientId, "housing-first");
        assertThat(api.put("/api/intake/intakes/" + intakeId + "/assessment", """
                {"version": 0, "needs": [{"domain": "LEGAL", "severity": "MODERATE"}],
                 "circumstances": {"monthlyIncome": 5000}}""")).hasStatus(HttpStatus.OK);

        MvcTestResult decision = api.decide(intakeId);

        assertThat(decision).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.status").isEqualTo("DECLINED");
        Received declined = published(EventCatalog.INTAKE_DECLINED, intakeId);
        assertThat(declined.json().get("reasons").valueStream().map(reason -> reason.get("rule").asString()))
                .containsExactly("AGE_RANGE", "RESIDENCY_AREA", "INCOME_THRESHOLD", "DOMAINS_SERVED",
                        "CONSENT_MISSING");
        assertThat(declined.json().at("/reasons/0/message").isNull())
                .as("the message quotes the client's age, which outlives no erasure on the topic").isTrue();
        assertThat(api.get("/api/intake/intakes/" + intakeId)).bodyJson().extractingPath("$.declineReasons[0].message")
                .asString().contains("16 years old");
    }

    @Test
    void anIntakeAlreadyDecidedCannotBeOpenedAgain() {
        String caseId = api.openedCase();

        MvcTestResult again = api.decide(caseId);

        assertThat(again).hasStatus(HttpStatus.CONFLICT);
        assertThat(again).bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:intake-already-decided");
        assertThat(again).bodyJson().extractingPath("$.detail").asString().contains("already OPENED");
    }

    @Test
    void aWithdrawnConsentIsPublishedAndNoLongerLetsTheCaseOpen() {
        String clientId = api.registerClient("Ines", LocalDate.of(1979, 7, 7), "Central");
        String intakeId = api.startIntake(clientId, "housing-first");
        api.recordHousingAssessment(intakeId);
        String consentId = api.recordConsent(intakeId);

        MvcTestResult withdrawal = api.post("/api/intake/intakes/" + intakeId + "/consents/" + consentId
                + "/withdrawal", "{\"reason\": \"wants to think it over\"}");

        assertThat(withdrawal).hasStatus(HttpStatus.OK);
        Received withdrawn = published(EventCatalog.CONSENT_WITHDRAWN, intakeId);
        assertThat(withdrawn.json().get("reason").isNull()).as("the client's words stay out of the topic").isTrue();
        assertThat(api.get("/api/intake/intakes/" + intakeId)).bodyJson()
                .extractingPath("$.consents[0].withdrawal.reason").isEqualTo("wants to think it over");
        assertThat(api.decide(intakeId)).bodyJson().extractingPath("$.declineReasons[*].rule").asArray()
                .containsExactly("CONSENT_MISSING");
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyCreatesOneClient() {
        String familyName = "Retry" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"givenName": "Ana", "familyName": "%s", "birthDate": "1991-04-04"}"""
                .formatted(familyName);
        String key = UUID.randomUUID().toString();

        MvcTestResult first = mvc.post().uri("/api/intake/clients").header("Idempotency-Key", key)
                .header("Authorization", IntakeApi.WORKER_TOKEN).contentType("application/json").content(body).exchange();
        MvcTestResult retry = mvc.post().uri("/api/intake/clients").header("Idempotency-Key", key)
                .header("Authorization", IntakeApi.WORKER_TOKEN).contentType("application/json").content(body).exchange();

        assertThat(first).hasStatus(HttpStatus.CREATED);
        assertThat(retry).hasStatus(HttpStatus.CREATED).hasHeader("Idempotent-Replayed", "true");
        String clientId = IntakeApi.read(first, "$.id");
        assertThat(IntakeApi.<String>read(retry, "$.id")).isEqualTo(clientId);
        assertThat(api.get("/api/intake/clients/search?name=Ana " + familyName)).bodyJson()
                .extractingPath("$[*].id").asArray().containsExactly(clientId);
    }

    @Test
    void aPossibleDuplicateIsRefusedWithTheCandidatesUntilTheCaseWorkerConfirmsItIsSomeoneElse() {
        String familyName = "García-" + UUID.randomUUID().toString().substring(0, 6);
        String existing = IntakeApi.read(api.post("/api/intake/clients", """
                {"givenName": "María", "familyName": "%s", "birthDate": "1985-03-14"}"""
                .formatted(familyName)), "$.id");
        String sameLooking = """
                {"givenName": "MARIA", "familyName": "%s", "birthDate": "1985-03-14"%s}""";

        MvcTestResult refused = api.post("/api/intake/clients", sameLooking.formatted(familyName.toUpperCase(), ""));
        MvcTestResult confirmed = api.post("/api/intake/clients",
                sameLooking.formatted(familyName.toUpperCase(), ", \"confirmedNotDuplicate\": true"));

        assertThat(refused).hasStatus(HttpStatus.CONFLICT);
        assertThat(refused).bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:possible-duplicate");
        assertThat(refused).bodyJson().extractingPath("$.candidates[*].clientId").asArray().containsExactly(existing);
        assertThat(confirmed).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aStaleClientUpdateIs409AndTheCurrentOneSucceeds() {
        String clientId = api.registerClient("Lena", LocalDate.of(1990, 1, 1), "North");

        MvcTestResult current = mvc.patch().uri("/api/intake/clients/" + clientId)
                .header("Authorization", IntakeApi.WORKER_TOKEN).contentType("application/json")
                .content("{\"version\": 0, \"residencyArea\": \"South\"}").exchange();
        MvcTestResult stale = mvc.patch().uri("/api/intake/clients/" + clientId)
                .header("Authorization", IntakeApi.WORKER_TOKEN).contentType("application/json")
                .content("{\"version\": 0, \"residencyArea\": \"Central\"}").exchange();

        assertThat(current).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.version").isEqualTo(1);
        assertThat(stale).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:casemgmt:problem:stale-version");
        assertThat(api.get("/api/intake/clients/" + clientId)).bodyJson().extractingPath("$.residencyArea")
                .isEqualTo("South");
    }

    @Test
    void theProgramsAreSeededAndAStaleProgramUpdateIs409() {
        assertThat(api.get("/api/intake/programs")).bodyJson().extractingPath("$[*].id").asArray()
                .contains("housing-first", "family-support", "legal-aid", "seniors-at-home");
        long version = api.version("/api/intake/programs/legal-aid");
        String update = """
                {"version": %d, "name": "Legal Aid", "minimumAge": 16, "maximumMonthlyIncome": 1900,
                 "domainsServed": ["LEGAL", "SAFETY"], "acceptingNewCases": true}""";

        assertThat(api.as(IntakeApi.ADMIN_TOKEN).put("/api/intake/programs/legal-aid", update.formatted(version))).hasStatus(HttpStatus.OK)
                .bodyJson().extractingPath("$.maximumMonthlyIncome").isEqualTo(1900);
        assertThat(api.as(IntakeApi.ADMIN_TOKEN).put("/api/intake/programs/legal-aid", update.formatted(version)))
                .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void aProgramIsCreatedOnceWithTermsThatMakeSense() {
        String id = "pilot-" + UUID.randomUUID().toString().substring(0, 8);
        String program = """
                {"id": "%s", "name": "Pilot", "minimumAge": %d, "maximumAge": 25,
                 "domainsServed": ["EDUCATION_EMPLOYMENT"], "acceptingNewCases": true}""";

        assertThat(api.as(IntakeApi.ADMIN_TOKEN).post("/api/intake/programs", program.formatted(id, 30))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[*].message").asArray()
                .contains("minimumAge must not be above maximumAge");
        assertThat(api.as(IntakeApi.ADMIN_TOKEN).post("/api/intake/programs", program.formatted(id, 16))).hasStatus(HttpStatus.CREATED)
                .hasHeader("Location", "/api/intake/programs/" + id);
        assertThat(api.as(IntakeApi.ADMIN_TOKEN).post("/api/intake/programs", program.formatted(id, 16))).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:program-exists");
    }

    @Test
    void theClientListIsPagedAndHoldsOnlyTheCallersAgencysClients() {
        api.registerClient("Paul", LocalDate.of(1970, 5, 5), "North");

        MvcTestResult page = api.get("/api/intake/clients?status=ACTIVE&size=1");

        assertThat(page).hasStatus(HttpStatus.OK);
        assertThat(page).bodyJson().extractingPath("$.content").asArray().hasSize(1);
        assertThat(page).bodyJson().extractingPath("$.content[0].agencyId").isEqualTo(IntakeApi.AGENCY);
        assertThat(page).bodyJson().extractingPath("$.page.size").isEqualTo(1);
        IntakeApi otherAgency = api.as(TestIssuer.shared().bearer("worker-9", "agency-z", "CASE_WORKER"));
        assertThat(otherAgency.get("/api/intake/clients")).bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(0);
        // Asking for another agency by parameter is no way round it: the list takes no such parameter.
        assertThat(otherAgency.get("/api/intake/clients?agencyId=" + IntakeApi.AGENCY))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:unknown-query-parameter");
        // A page far past the end is empty and tells the true total, not the first page again with a made-up one.
        Object total = JsonPath.read(new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
                "$.page.totalElements");
        MvcTestResult pastTheEnd = api.get("/api/intake/clients?status=ACTIVE&page=2147483647");
        assertThat(pastTheEnd).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.content").asArray().isEmpty();
        assertThat(pastTheEnd).bodyJson().extractingPath("$.page.totalElements").isEqualTo(total);
    }

    @Test
    void theOpenApiDocumentDescribesTheIntakeApi() {
        MvcTestResult document = api.get("/v3/api-docs");

        assertThat(document).hasStatus(HttpStatus.OK);
        assertThat(document).bodyJson().extractingPath("$.paths").asMap()
                .containsKeys("/api/intake/clients", "/api/intake/intakes/{id}/decision", "/api/intake/programs");
        assertThat(document).bodyJson().extractingPath("$.paths['/api/intake/clients'].get.parameters[*].name")
                .asArray().contains("status", "registeredFrom", "registeredTo", "page", "size", "sort").doesNotContain("agencyId");
        assertThat(document).bodyJson().extractingPath("$.paths['/api/intake/clients'].post.summary")
                .isEqualTo("Register a client");
    }

    /** The one record on the topic with this key: CloudEvents headers and a body that validates against its schema. */
    private Received published(EventType<?> type, String key) {
        List<Received> records = topics.awaitPublished(type, key, 1);
        assertThat(records).hasSize(1);
        return records.getFirst();
    }
}
