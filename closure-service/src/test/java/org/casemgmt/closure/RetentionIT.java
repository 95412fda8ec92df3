package org.casemgmt.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casemgmt.closure.ClosureApi.admin;
import static org.casemgmt.closure.ClosureApi.auditor;
import static org.casemgmt.closure.ClosureApi.body;
import static org.casemgmt.closure.ClosureApi.read;
import static org.casemgmt.closure.ClosureApi.supervisor;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.testing.AccessMatrix;
import org.casemgmt.platform.testing.TimerInstances;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/**
 * Retention on a real clock: an agency admin sets a program's period (seconds here, years in life), the client's cases
 * close, and the client's durable timer announces the end once, however many instances run and across a restart,
 * unless a case of the client is open or held; closure then forgets the client's words and documents, as on
 * client.erased, and keeps the figures. These tests stop the service's poller and start fresh ones, as a
 * restarted or a second instance would be.
 */
class RetentionIT extends ClosureIntegrationTestBase {

    @RegisterExtension
    final TimerInstances instances = new TimerInstances();

    private final String program = "program-retention-" + UUID.randomUUID().toString().substring(0, 8);
    private final String clientId = "client-" + UUID.randomUUID();

    @Test
    void aClientsRetentionEndsOnceAcrossARestartOnTwoInstancesWithIdsOnlyAndClosureForgetsTheClient()
            throws InterruptedException {
        assertThat(setPolicy(program, "P7Y", "State records act, 7 years")).hasStatus2xxSuccessful();
        instances.stopTheServicesOwn();
        String caseId = api.openCase(program, clientId, Instant.now());
        String document = "/api/closure/cases/" + caseId + "/documents/"
                + new AccessMatrix(mvc, ClosureApi.AGENCY).attachDocument("/api/closure/cases/" + caseId + "/documents");
        closeWithWords(caseId, "Her sister Ana Quintero-Vale, 555-0142");
        await().untilAsserted(() -> assertThat(JsonPath.<List<String>>read(body(report("P3650D")),
                "$.expiring[?(@.clientId == '" + clientId + "')].state")).containsExactly("RETAINED"));

        assertThat(setPolicy(program, "PT1S", "Shortened for the test")).hasStatus2xxSuccessful();
        Thread.sleep(2_000);
        assertThat(topics.eventIds(EventCatalog.CASE_RETENTION_EXPIRED.topic(), clientId))
                .as("no instance running, nothing fires").isEmpty();

        instances.startAnother();
        instances.startAnother();

        Received expired = topics.awaitPublished(EventCatalog.CASE_RETENTION_EXPIRED, clientId, 1).getFirst();
        assertThat(expired.json().propertyNames()).containsExactlyInAnyOrder("caseId", "clientId", "agencyId",
                "caseIds", "programId", "legalBasis", "retainedUntil", "expiredAt");
        assertThat(expired.json().get("caseIds").valueStream().map(id -> id.asString())).containsExactly(caseId);
        assertThat(expired.json().get("programId").asString()).isEqualTo(program);
        assertThat(expired.json().get("legalBasis").asString()).isEqualTo("Shortened for the test");
        assertThat(expired.body()).doesNotContain("Quintero", "555-0142");
        await().untilAsserted(() -> assertThat(read(api.closure(caseId), "$.clientErased")).isEqualTo("true"));
        assertThat(read(api.closure(caseId), "$.transitionPlan.supportContacts")).isNull();
        assertThat(read(api.closure(caseId), "$.status")).as("the statistics stay").isEqualTo("CLOSED");
        assertThat(api.get(document + "/content", ClosureApi.worker()).getResponse().getStatus()).as("the file")
                .isEqualTo(410);
        assertThat(read(api.get(document, ClosureApi.worker()), "$.title")).isNull();
        Thread.sleep(1_000);
        assertThat(topics.eventIds(EventCatalog.CASE_RETENTION_EXPIRED.topic(), clientId)).hasSize(1);

        MvcTestResult report = report("P1D");
        assertThat(JsonPath.<List<String>>read(body(report), "$.expired[?(@.clientId == '" + clientId
                + "')].expiredAt")).singleElement().isEqualTo(expired.json().get("expiredAt").asString());
        assertThat(body(api.get("/api/closure/audit/entries?resourceType=case retention&resourceId=" + clientId,
                auditor()))).contains("\"action\":\"DELETE\"", "case.retention-expired", "closure-service");
        MvcTestResult tooLate = api.put("/api/closure/cases/" + caseId + "/legal-hold", admin(),
                "{\"reason\": \"Litigation\"}");
        assertThat(tooLate.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(tooLate, "$.type")).endsWith("retention-expired");
    }

    @Test
    void aLegalHoldStopsTheEndAsAnOpenCaseOfTheClientDoesUntilTheHoldIsLifted() throws InterruptedException {
        setPolicy(program, "PT1S", "Kept one second");
        String first = api.openCase(program, clientId, Instant.now());
        String second = api.openCase(program, clientId, Instant.now());
        api.close(first);
        MvcTestResult held = api.put("/api/closure/cases/" + first + "/legal-hold", admin(),
                "{\"reason\": \"Litigation 2026-CV-0142 about Ana Quintero-Vale\"}");
        assertThat(held.getResponse().getStatus()).as(body(held)).isEqualTo(200);
        assertThat(read(held, "$.holds[0].placedBy")).isEqualTo(ClosureApi.ADMIN);
        Thread.sleep(1_500);
        assertThat(topics.eventIds(EventCatalog.CASE_RETENTION_EXPIRED.topic(), clientId))
                .as("the second case is open").isEmpty();

        api.close(second);
        await().untilAsserted(() -> assertThat(JsonPath.<List<String>>read(body(report("P1D")),
                "$.expiring[?(@.clientId == '" + clientId + "')].state")).containsExactly("HELD"));
        assertThat(body(report("P1D"))).contains("Litigation 2026-CV-0142");
        Thread.sleep(2_000);
        assertThat(topics.eventIds(EventCatalog.CASE_RETENTION_EXPIRED.topic(), clientId)).as("held").isEmpty();

        MvcTestResult lifted = api.delete("/api/closure/cases/" + first + "/legal-hold", admin());
        assertThat(lifted.getResponse().getStatus()).as(body(lifted)).isEqualTo(200);
        assertThat(read(lifted, "$.holds[0].liftedBy")).isEqualTo(ClosureApi.ADMIN);

        Received expired = topics.awaitPublished(EventCatalog.CASE_RETENTION_EXPIRED, clientId, 1).getFirst();
        assertThat(expired.json().get("caseIds").valueStream().map(id -> id.asString()))
                .containsExactlyInAnyOrder(first, second);
        assertThat(expired.body()).doesNotContain("Litigation", "Quintero");
    }

    @Test
    void aReopenedCaseIsNoLongerExpiringAndTheReportSaysWhenEachWouldGo() {
        setPolicy(program, "P7Y", "State records act, 7 years");
        String caseId = api.openCase(program, clientId, Instant.now());
        api.close(caseId);
        await().untilAsserted(() -> assertThat(JsonPath.<List<String>>read(body(report("P2600D")),
                "$.expiring[?(@.clientId == '" + clientId + "')].caseId")).containsExactly(caseId));
        String line = "$.expiring[?(@.clientId == '" + clientId + "')]";
        MvcTestResult report = report("P2600D");
        assertThat(JsonPath.<List<String>>read(body(report), line + ".legalBasis"))
                .containsExactly("State records act, 7 years");
        Instant expiresAt = Instant.parse(JsonPath.<List<String>>read(body(report), line + ".expiresAt").getFirst());
        Instant closedAt = Instant.parse(JsonPath.<List<String>>read(body(report), line + ".cases[0].closedAt")
                .getFirst());
        assertThat(expiresAt).isEqualTo(closedAt.atZone(ZoneOffset.UTC).plusYears(7).toInstant());
        assertThat(JsonPath.<List<Object>>read(body(report("P30D")), line)).as("not within 30 days").isEmpty();

        api.post("/api/closure/cases/" + caseId + "/reopening", ClosureApi.worker(),
                "{\"version\": %s, \"reason\": \"CRISIS\"}".formatted(api.version(caseId)));

        await().untilAsserted(() -> assertThat(JsonPath.<List<Object>>read(body(report("P2600D")), line)).isEmpty());
    }

    @Test
    void badPeriodsAndHoldsWithoutAReasonAreProblemsNamingTheField() {
        String caseId = api.openCase(program, clientId, Instant.now());

        assertThat(field(setPolicy(program, "seven years", "State records act"))).isEqualTo("retentionPeriod");
        assertThat(field(setPolicy(program, "P-7Y", "State records act"))).isEqualTo("retentionPeriod");
        assertThat(field(api.put("/api/closure/retention-policies/" + program, admin(),
                "{\"retentionPeriod\": \"P7Y\"}"))).isEqualTo("legalBasis");
        assertThat(field(api.put("/api/closure/cases/" + caseId + "/legal-hold", admin(), "{\"reason\": \" \"}")))
                .isEqualTo("reason");
        assertThat(field(api.get("/api/closure/retention/expiring?within=soon", admin()))).isEqualTo("within");
        MvcTestResult noHold = api.delete("/api/closure/cases/" + caseId + "/legal-hold", admin());
        assertThat(noHold.getResponse().getStatus()).isEqualTo(404);

        assertThat(setPolicy(program, "P18M", "Funder's rule")).hasStatus2xxSuccessful();
        MvcTestResult policies = api.get("/api/closure/retention-policies", auditor());
        assertThat(read(policies, "$.byDefault.retentionPeriod")).isEqualTo("P7Y");
        assertThat(JsonPath.<List<String>>read(body(policies), "$.programs[?(@.programId == '" + program
                + "')].setBy")).containsExactly(ClosureApi.ADMIN);
    }

    private MvcTestResult setPolicy(String programId, String period, String legalBasis) {
        return api.put("/api/closure/retention-policies/" + programId, admin(),
                "{\"retentionPeriod\": \"%s\", \"legalBasis\": \"%s\"}".formatted(period, legalBasis));
    }

    private MvcTestResult report(String within) {
        MvcTestResult report = api.get("/api/closure/retention/expiring?within=" + within, admin());
        assertThat(report.getResponse().getStatus()).as(body(report)).isEqualTo(200);
        return report;
    }

    private static String field(MvcTestResult problem) {
        assertThat(problem.getResponse().getStatus()).as(body(problem)).isEqualTo(400);
        assertThat(read(problem, "$.type")).endsWith("validation-failed");
        return read(problem, "$.errors[0].field");
    }

    /** Closes the case with the worker's words about the client in its transition plan. */
    private void closeWithWords(String caseId, String supportContacts) {
        api.planTransition(caseId, """
                {"version": {version}, "destinationCode": 410, "followUpContactAgreed": false,
                 "supportContacts": "%s"}""".formatted(supportContacts));
        MvcTestResult requested = api.requestClosure(caseId, """
                {"version": {version}, "reason": "GOALS_ACHIEVED", "outcome": "GOALS_ACHIEVED",
                 "overrideReason": "closing for the test"}""");
        MvcTestResult approved = api.approve(caseId, read(requested, "$.requests[-1].closureId"), supervisor());
        assertThat(approved.getResponse().getStatus()).as(body(approved)).isEqualTo(200);
    }
}
