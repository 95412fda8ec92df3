package org.casemgmt.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every read and write of a plan or its goals is on planning's audit trail, which an auditor can list and verify. */
class AuditTrailIT extends PlanningIntegrationTestBase {

    private static final String AUDIT = "/api/planning/audit";

    @Test
    void aPlanDraftedOnCaseOpenedIsOnTheTrailAsAChangeTheEventMade() {
        String planId = api.planId(api.caseWithDraftPlan());

        MvcTestResult entries = asAuditor(AUDIT + "/entries?resourceType=plan&resourceId=" + planId);
        assertThat(PlanningApi.<String>read(entries, "$.content[0].action")).isEqualTo("CREATE");
        assertThat(PlanningApi.<String>read(entries, "$.content[0].method")).isEqualTo("EVENT");
        assertThat(PlanningApi.<String>read(entries, "$.content[0].path")).isEqualTo("case.opened");
        assertThat(PlanningApi.<String>read(entries, "$.content[0].actorId"))
                .as("the service that published case.opened, its owner").isEqualTo("intake-service");
        assertThat(PlanningApi.<String>read(entries, "$.content[0].recordAgencyId")).isEqualTo(PlanningApi.AGENCY);
    }

    @Test
    void readingAPlanRecordsAReadEntryWithWhoForWhichAgencyAndTheOutcome() {
        String planId = api.planId(api.caseWithDraftPlan());

        assertThat(mvc.get().uri("/api/planning/plans/" + planId).header("Authorization", PlanningApi.bearer("worker-3", "CASE_WORKER"))
                .header("X-Correlation-Id", "corr-" + planId))
                .hasStatusOk();

        MvcTestResult entries = asAuditor(AUDIT + "/entries?resourceType=plan&resourceId=" + planId + "&actor=worker-3");
        assertThat(PlanningApi.<List<String>>read(entries, "$.content[*].action")).containsExactly("READ");
        assertThat(PlanningApi.<String>read(entries, "$.content[0].actorId")).isEqualTo("worker-3");
        assertThat(PlanningApi.<String>read(entries, "$.content[0].agencyId")).isEqualTo(PlanningApi.AGENCY);
        assertThat(PlanningApi.<String>read(entries, "$.content[0].outcome")).isEqualTo("SUCCESS");
        assertThat(PlanningApi.<Integer>read(entries, "$.content[0].status")).isEqualTo(200);
        assertThat(PlanningApi.<String>read(entries, "$.content[0].correlationId")).isEqualTo("corr-" + planId);
        assertThat(PlanningApi.<String>read(entries, "$.content[0].path")).isEqualTo("/api/planning/plans/" + planId);
    }

    @Test
    void readingThePlanOfACaseIsPublishedKeyedByTheCaseId() {
        String caseId = api.caseWithDraftPlan();
        String correlationId = "corr-" + UUID.randomUUID();

        assertThat(mvc.get().uri("/api/planning/cases/" + caseId + "/plan").header("Authorization", PlanningApi.bearer("worker-3", "CASE_WORKER"))
                .header("X-Correlation-Id", correlationId)).hasStatusOk();

        await().untilAsserted(() -> assertThat(published(EventCatalog.AUDIT_RECORDED, caseId, 1))
                .map(Received::json)
                .filteredOn(entry -> correlationId.equals(entry.path("correlationId").asString()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.get("caseId").asString()).isEqualTo(caseId);
                    assertThat(entry.get("operation").asString()).isEqualTo("read-by-case");
                    assertThat(entry.get("resourceType").asString()).isEqualTo("plan");
                }));
    }

    @Test
    void aListRecordsOneReadWithTheValuesOfItsFiltersKeyedByTheCaseItIsFilteredBy() {
        String caseId = api.caseWithDraftPlan();
        String lister = "worker-" + UUID.randomUUID();

        assertThat(mvc.get().uri("/api/planning/plans?caseId=" + caseId + "&status=DRAFT")
                .header("Authorization", PlanningApi.bearer(lister, "CASE_WORKER"))).hasStatusOk();

        MvcTestResult entries = asAuditor(AUDIT + "/entries?actor=" + lister);
        assertThat(PlanningApi.<List<String>>read(entries, "$.content[*].operation")).containsExactly("list");
        assertThat(PlanningApi.<List<String>>read(entries, "$.content[*].filter"))
                .containsExactly("caseId=" + caseId + "&status=DRAFT");
        assertThat(PlanningApi.<List<String>>read(entries, "$.content[*].caseId")).containsExactly(caseId);
        assertThat(PlanningApi.<List<String>>read(entries, "$.content[*].resourceId")).containsOnlyNulls();
    }

    @Test
    void aSupervisorsApprovalIsRecordedWithItsOperation() {
        String caseId = api.caseWithApprovedPlan();
        String planId = api.planId(caseId);

        MvcTestResult entries = asAuditor(AUDIT + "/entries?resourceType=plan&resourceId=" + planId);
        assertThat(PlanningApi.<List<String>>read(entries, "$.content[?(@.method != 'EVENT')].operation"))
                .containsExactly("submit", "approve");
        String approval = "$.content[?(@.operation == 'approve')]";
        assertThat(PlanningApi.<List<String>>read(entries, approval + ".actorId"))
                .containsExactly(PlanningApi.SUPERVISOR);
        assertThat(PlanningApi.<List<String>>read(entries, approval + ".action")).containsExactly("UPDATE");
        assertThat(PlanningApi.<List<String>>read(entries, approval + ".method")).containsExactly("POST");
        assertThat(PlanningApi.<List<Integer>>read(entries, approval + ".status")).containsExactly(200);
        assertThat(PlanningApi.<List<String>>read(entries, approval + ".outcome")).containsExactly("SUCCESS");
        assertThat(PlanningApi.<List<String>>read(entries, approval + ".caseId"))
                .as("a plan found by its own id is still recorded under its case").containsExactly(caseId);
    }

    @Test
    void anApprovalRefusedToACaseWorkerIsRecordedAsDenied() {
        String caseId = api.caseWithDraftPlan();
        api.step(caseId, "submission");
        String caseWorker = "staff-" + UUID.randomUUID();

        assertThat(api.as(caseWorker, "CASE_WORKER", "/api/planning/plans/" + api.planId(caseId) + "/approval",
                api.versionBody(caseId))).hasStatus(HttpStatus.FORBIDDEN);

        MvcTestResult entries = asAuditor(AUDIT + "/entries?actor=" + caseWorker);
        assertThat(PlanningApi.<List<String>>read(entries, "$.content[*].operation")).containsExactly("approve");
        assertThat(PlanningApi.<List<Integer>>read(entries, "$.content[*].status")).containsExactly(403);
        assertThat(PlanningApi.<List<String>>read(entries, "$.content[*].outcome")).containsExactly("DENIED");
    }

    @Test
    void theTrailVerifiesIntactForAnAuditorAndIsRefusedToOthers() {
        api.caseWithApprovedPlan();

        assertThat(asAuditor(AUDIT + "/verification")).bodyJson().extractingPath("$.intact").isEqualTo(true);
        assertThat(api.get(AUDIT + "/verification")).hasStatus(HttpStatus.FORBIDDEN).bodyJson()
                .extractingPath("$.type").isEqualTo("urn:casemgmt:problem:audit-not-permitted");
        assertThat(mvc.get().uri(AUDIT + "/entries").header("Authorization", PlanningApi.bearer(PlanningApi.SUPERVISOR, "SUPERVISOR"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult asAuditor(String uri) {
        MvcTestResult result = mvc.get().uri(uri).header("Authorization", PlanningApi.bearer("auditor-1", "AUDITOR"))
                .exchange();
        assertThat(result).hasStatusOk();
        return result;
    }
}
