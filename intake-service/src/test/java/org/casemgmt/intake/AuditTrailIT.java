package org.casemgmt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every read and write of a client or an intake is on intake's audit trail, which an auditor can list and verify. */
class AuditTrailIT extends IntakeIntegrationTestBase {

    private static final String AUDIT = "/api/intake/audit";

    @Test
    void readingAClientRecordsAReadEntryWithWhoForWhichAgencyAndTheOutcome() {
        String clientId = api.registerClient("Ada", LocalDate.of(1990, 5, 5), "North");

        assertThat(mvc.get().uri("/api/intake/clients/" + clientId).header("Authorization", TestIssuer.shared().bearer("worker-3", IntakeApi.AGENCY, "CASE_WORKER"))
                .header("X-Correlation-Id", "corr-" + clientId))
                .hasStatusOk();

        MvcTestResult entries = asAuditor(AUDIT + "/entries?resourceType=client&resourceId=" + clientId);
        assertThat(IntakeApi.<List<String>>read(entries, "$.content[*].action")).containsExactly("CREATE", "READ");
        assertThat(IntakeApi.<String>read(entries, "$.content[0].actorId")).isEqualTo(IntakeApi.WORKER);
        assertThat(IntakeApi.<String>read(entries, "$.content[1].actorId")).isEqualTo("worker-3");
        assertThat(IntakeApi.<String>read(entries, "$.content[1].agencyId")).isEqualTo("agency-a");
        assertThat(IntakeApi.<String>read(entries, "$.content[1].outcome")).isEqualTo("SUCCESS");
        assertThat(IntakeApi.<Integer>read(entries, "$.content[1].status")).isEqualTo(200);
        assertThat(IntakeApi.<String>read(entries, "$.content[1].correlationId")).isEqualTo("corr-" + clientId);
        assertThat(IntakeApi.<String>read(entries, "$.content[1].path")).isEqualTo("/api/intake/clients/" + clientId);
    }

    @Test
    void aSearchRecordsOneReadWithTheNamesOfPersonalFiltersButNotTheirValues() {
        String searcher = "worker-" + UUID.randomUUID();

        assertThat(mvc.get().uri("/api/intake/clients/search?name=Zebedee&birthDate=1961-01-01")
                .header("Authorization", TestIssuer.shared().bearer(searcher, IntakeApi.AGENCY, "CASE_WORKER")))
                .hasStatusOk();

        MvcTestResult entries = asAuditor(AUDIT + "/entries?actor=" + searcher);
        assertThat(IntakeApi.<List<String>>read(entries, "$.content[*].filter")).containsExactly("birthDate&name");
        assertThat(IntakeApi.<List<String>>read(entries, "$.content[*].operation")).containsExactly("search");
        assertThat(IntakeApi.<List<String>>read(entries, "$.content[*].resourceId")).containsOnlyNulls();
    }

    @Test
    void startingAnIntakeAndReadingAMissingOneAreBothOnRecordWithTheirOutcome() {
        String intakeId = api.startIntake(api.registerClient("Ben", LocalDate.of(1979, 1, 1), "North"),
                "housing-first");
        String missing = UUID.randomUUID().toString();

        assertThat(api.get("/api/intake/intakes/" + missing)).hasStatus(HttpStatus.NOT_FOUND);

        MvcTestResult started = asAuditor(AUDIT + "/entries?resourceType=intake&resourceId=" + intakeId);
        assertThat(IntakeApi.<List<String>>read(started, "$.content[*].action")).containsExactly("CREATE");
        MvcTestResult notFound = asAuditor(AUDIT + "/entries?resourceType=intake&resourceId=" + missing);
        assertThat(IntakeApi.<List<Integer>>read(notFound, "$.content[*].status")).containsExactly(404);
        assertThat(IntakeApi.<List<String>>read(notFound, "$.content[*].outcome")).containsExactly("FAILED");
    }

    @Test
    void anAuditorSeesWhoLookedAtTheirAgencysClientEvenFromAnotherAgencyAndNothingOfOtherAgencies() {
        String clientId = api.registerClient("Dora", LocalDate.of(1977, 7, 7), "North");
        assertThat(mvc.get().uri("/api/intake/clients/" + clientId)
                .header("Authorization", TestIssuer.shared().bearer("worker-z", "agency-z", "CASE_WORKER")))
                .hasStatus(HttpStatus.NOT_FOUND);

        MvcTestResult ours = asAuditor(AUDIT + "/entries?resourceType=client&resourceId=" + clientId);
        assertThat(IntakeApi.<List<String>>read(ours, "$.content[*].actorId"))
                .containsExactly(IntakeApi.WORKER, "worker-z");
        assertThat(IntakeApi.<List<String>>read(ours, "$.content[*].recordAgencyId"))
                .containsOnly(IntakeApi.AGENCY);
        MvcTestResult theirs = mvc.get().uri(AUDIT + "/entries?resourceType=client&resourceId=" + clientId)
                .header("Authorization", TestIssuer.shared().bearer("auditor-z", "agency-z", "AUDITOR")).exchange();
        assertThat(IntakeApi.<List<String>>read(theirs, "$.content[*].actorId")).as("agency-z's auditor").isEmpty();
    }

    @Test
    void aReplayedRegistrationIsOnRecordAsAReadOfTheClient() {
        String body = """
                {"givenName": "Ed", "familyName": "Replay%s", "birthDate": "1966-06-06", "confirmedNotDuplicate": true}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8));
        String key = UUID.randomUUID().toString();
        MvcTestResult first = register(key, body);
        assertThat(register(key, body)).hasHeader("Idempotent-Replayed", "true");

        String clientId = IntakeApi.read(first, "$.id");
        MvcTestResult entries = asAuditor(AUDIT + "/entries?resourceType=client&resourceId=" + clientId);
        assertThat(IntakeApi.<List<String>>read(entries, "$.content[*].action")).containsExactly("CREATE", "READ");
        assertThat(IntakeApi.<List<String>>read(entries, "$.content[*].operation")).containsExactly(null, "replay");
        assertThat(IntakeApi.<List<Integer>>read(entries, "$.content[*].status")).containsExactly(201, 201);
    }

    private MvcTestResult register(String idempotencyKey, String body) {
        return mvc.post().uri("/api/intake/clients").header("Authorization", IntakeApi.WORKER_TOKEN)
                .header("Idempotency-Key", idempotencyKey).contentType("application/json").content(body).exchange();
    }

    @Test
    void theTrailVerifiesIntactForAnAuditorAndIsRefusedToOthers() {
        api.registerClient("Cy", LocalDate.of(1985, 2, 2), "South");

        assertThat(asAuditor(AUDIT + "/verification")).bodyJson().extractingPath("$.intact").isEqualTo(true);
        assertThat(api.get(AUDIT + "/verification")).hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult asAuditor(String uri) {
        MvcTestResult result = mvc.get().uri(uri)
                .header("Authorization", TestIssuer.shared().bearer("auditor-1", IntakeApi.AGENCY, "AUDITOR")).exchange();
        assertThat(result).hasStatusOk();
        return result;
    }
}
