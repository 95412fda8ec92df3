package org.casemgmt.monitoring;

import static org.casemgmt.platform.testing.AccessMatrix.OK;
import static org.casemgmt.platform.testing.AccessMatrix.row;
import static org.casemgmt.monitoring.MonitoringApi.read;

import java.util.stream.Stream;

import org.casemgmt.platform.testing.AccessMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what over every monitoring endpoint: the table of {@link AccessMatrix}, filled in for monitoring. The
 * client's consent covers the PROVIDER column's agency, which opens the case's timeline to it, and nothing else.
 */
class AccessMatrixIT extends MonitoringIntegrationTestBase {

    private static final String PROVIDER_AGENCY = "partner-provider";
    private static final String NO = "403";
    private static final String PHQ9 = """
            {"instrumentId": "PHQ-9", "answers": [{"itemId": "1", "score": 0}, {"itemId": "2", "score": 0},
             {"itemId": "3", "score": 0}, {"itemId": "4", "score": 0}, {"itemId": "5", "score": 0},
             {"itemId": "6", "score": 0}, {"itemId": "7", "score": 0}, {"itemId": "8", "score": 0},
             {"itemId": "9", "score": 0}]}""";

    /**
     * endpoint, method, path with {case}, {goal}, {objective}, {review}, {version}, {assessment}, {task} placeholders,
     * body, then the answers for WORKER, SUPERVISOR, ADMIN, PROVIDER, AUDITOR, OTHER_AGENCY_WORKER.
     */
    static Stream<AccessMatrix.Row> matrix() {
        String kase = "/api/monitoring/cases/{case}";
        return Stream.of(
                row("goals of a case", "GET", kase + "/goals", null, OK, OK, OK, NO, NO, "404"),
                row("record a contact", "POST", kase + "/contacts",
                        "{\"occurredAt\": \"2026-11-30T10:00:00Z\", \"medium\": \"PHONE\", \"contactMade\": true}",
                        OK, OK, NO, NO, NO, "404"),
                row("list contacts", "GET", kase + "/contacts", null, OK, OK, OK, NO, NO, "404"),
                row("write a note", "POST", kase + "/notes", "{\"text\": \"note %s\"}", OK, OK, NO, NO, NO, "404"),
                row("list notes", "GET", kase + "/notes", null, OK, OK, OK, NO, NO, "404"),
                row("record a milestone", "POST", kase + "/milestones",
                        "{\"kind\": \"HOUSED\", \"reachedAt\": \"2026-11-30T10:00:00Z\"}", OK, OK, NO, NO, NO, "404"),
                row("list milestones", "GET", kase + "/milestones", null, OK, OK, OK, NO, NO, "404"),
                row("record progress", "POST", kase + "/progress",
                        "{\"goalId\": \"{goal}\", \"objectiveId\": \"{objective}\", \"value\": 3}",
                        OK, OK, NO, NO, NO, "404"),
                row("list progress", "GET", kase + "/progress", null, OK, OK, OK, NO, NO, "404"),
                row("list instruments", "GET", "/api/monitoring/instruments", null, OK, OK, OK, OK, NO, OK),
                row("read an instrument", "GET", "/api/monitoring/instruments/PHQ-9", null, OK, OK, OK, OK, NO, OK),
                row("administer an instrument", "POST", kase + "/assessments", PHQ9, OK, OK, NO, NO, NO, "404"),
                row("list assessments", "GET", kase + "/assessments", null, OK, OK, OK, NO, NO, "404"),
                row("read an assessment", "GET", kase + "/assessments/{assessment}", null, OK, OK, OK, NO, NO, "404"),
                row("read reviews", "GET", kase + "/reviews", null, OK, OK, OK, NO, NO, "404"),
                row("complete a review", "POST", kase + "/reviews/{review}/completion",
                        "{\"version\": {version}, \"outcome\": \"CONTINUE\"}", OK, OK, NO, NO, NO, "404"),
                row("read the timeline", "GET", kase + "/timeline", null, OK, OK, OK, OK, NO, "404"),
                row("my work queue", "GET", "/api/monitoring/work-queue", null, OK, OK, NO, OK, NO, OK),
                row("the team's work queue", "GET", "/api/monitoring/work-queue/team", null, NO, OK, NO, NO, NO, NO),
                row("see to a task", "POST", "/api/monitoring/work-queue/{task}/done", "{}", OK, OK, NO, NO, NO,
                        "404"),
                row("attach a document", "POST", kase + "/documents", AccessMatrix.DOCUMENT_UPLOAD,
                        OK, OK, NO, NO, NO, "404"),
                row("list documents", "GET", kase + "/documents", null, OK, OK, OK, OK, NO, "404"),
                row("read a document", "GET", kase + "/documents" + "/{document}", null,
                        OK, OK, OK, OK, NO, "404"),
                row("download a document", "GET", kase + "/documents" + "/{document}/content", null,
                        OK, OK, OK, OK, NO, "404"),
                row("delete a document", "DELETE", kase + "/documents" + "/{document}", null, NO, NO, OK, NO, NO, NO),
                row("read the audit trail", "GET", "/api/monitoring/audit/entries", null, NO, NO, NO, NO, OK, NO),
                row("verify the audit trail", "GET", "/api/monitoring/audit/verification", null,
                        NO, NO, NO, NO, OK, NO));
    }

    private String caseId;
    private String assessmentId;
    private String taskId;
    private String documentId;

    /** A fresh case with an approved plan, a review scheduled and an assessment, for each row. */
    @BeforeEach
    void aCaseWithAPlan() {
        caseId = api.caseWithApprovedPlan("program-1", PROVIDER_AGENCY);
        documentId = new AccessMatrix(mvc, MonitoringApi.AGENCY).attachDocument("/api/monitoring/cases/" + caseId
                + "/documents");
        org.awaitility.Awaitility.await().until(() -> read(api.get("/api/monitoring/cases/" + caseId + "/reviews",
                MonitoringApi.worker()), "$.next") != null);
        assessmentId = read(api.post("/api/monitoring/cases/" + caseId + "/assessments", MonitoringApi.worker(),
                PHQ9.replace("\"itemId\": \"9\", \"score\": 0", "\"itemId\": \"9\", \"score\": 1")), "$.id");
        org.awaitility.Awaitility.await().until(() -> MonitoringApi.body(api.get("/api/monitoring/work-queue",
                MonitoringApi.worker())).contains(caseId));
        taskId = com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(MonitoringApi.body(api.get(
                "/api/monitoring/work-queue", MonitoringApi.worker())),
                "$[?(@.caseId == '" + caseId + "' && @.kind == 'THRESHOLD_CROSSED')].id").getFirst();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyoneGetsWhatTheirRoleAndAgencyAllow(AccessMatrix.Row row) {
        String reviews = MonitoringApi.body(api.get("/api/monitoring/cases/" + caseId + "/reviews",
                MonitoringApi.worker()));
        new AccessMatrix(mvc, MonitoringApi.AGENCY).check(row, text -> text.replace("{case}", caseId)
                .replace("{goal}", MonitoringApi.goalOf(caseId))
                .replace("{objective}", MonitoringApi.objectiveOf(caseId, "nights"))
                .replace("{assessment}", assessmentId)
                .replace("{review}", com.jayway.jsonpath.JsonPath.read(reviews, "$.next.reviewId"))
                .replace("{version}", String.valueOf(com.jayway.jsonpath.JsonPath.<Object>read(reviews, "$.version")))
                .replace("{task}", taskId).replace("{document}", documentId));
    }
}
