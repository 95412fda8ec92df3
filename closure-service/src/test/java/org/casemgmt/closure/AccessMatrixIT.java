package org.casemgmt.closure;

import static org.casemgmt.platform.testing.AccessMatrix.OK;
import static org.casemgmt.platform.testing.AccessMatrix.row;

import java.util.stream.Stream;

import org.casemgmt.platform.testing.AccessMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what over every closure endpoint: the table of {@link AccessMatrix}, filled in for closure. A provider
 * agency sees nothing of a case's closure, whatever the client's consent: it learns of the closure from case.closed.
 * The supervisor column approves a request the worker made; the worker's own approval is refused by four eyes.
 * Retention is the agency admin's: policies and legal holds; the auditor reads the policies and the report too.
 */
class AccessMatrixIT extends ClosureIntegrationTestBase {

    private static final String NO = "403";
    private static final String MISSING = "404";

    /**
     * endpoint, method, path with {case}, {closure}, {followUp}, {version} placeholders, body, then the answers for
     * WORKER, SUPERVISOR, ADMIN, PROVIDER, AUDITOR, OTHER_AGENCY_WORKER.
     */
    static Stream<AccessMatrix.Row> matrix() {
        String kase = "/api/closure/cases/{case}";
        return Stream.of(
                row("closure readiness", "GET", kase + "/readiness", null, OK, OK, OK, NO, NO, MISSING),
                row("a case's closure", "GET", kase, null, OK, OK, OK, NO, NO, MISSING),
                row("plan the transition", "PUT", kase + "/transition-plan",
                        "{\"version\": {version}, \"destinationCode\": 410, \"followUpContactAgreed\": true}",
                        OK, OK, NO, NO, NO, MISSING),
                row("request closure", "POST", kase + "/closure-requests", "{\"version\": {version}, \"reason\": "
                        + "\"OTHER\", \"outcome\": \"OTHER\", \"overrideReason\": \"for the matrix\"}",
                        OK, OK, NO, NO, NO, MISSING),
                row("approve a closure", "POST", kase + "/closure-requests/{closure}/approval",
                        "{\"version\": {version}}", NO, OK, NO, NO, NO, MISSING),
                row("reject a closure", "POST", kase + "/closure-requests/{closure}/rejection",
                        "{\"version\": {version}, \"comment\": \"not yet\"}", NO, OK, NO, NO, NO, MISSING),
                row("list follow-ups", "GET", kase + "/follow-ups", null, OK, OK, OK, NO, NO, MISSING),
                row("a case's outcome", "GET", kase + "/outcome", null, OK, OK, OK, NO, NO, MISSING),
                row("attach a document", "POST", kase + "/documents", AccessMatrix.DOCUMENT_UPLOAD,
                        OK, OK, NO, NO, NO, "404"),
                row("list documents", "GET", kase + "/documents", null, OK, OK, OK, NO, NO, "404"),
                row("read a document", "GET", kase + "/documents" + "/{document}", null,
                        OK, OK, OK, NO, NO, "404"),
                row("download a document", "GET", kase + "/documents" + "/{document}/content", null,
                        OK, OK, OK, NO, NO, "404"),
                row("delete a document", "DELETE", kase + "/documents" + "/{document}", null, NO, NO, OK, NO, NO, NO),
                row("a program's outcomes", "GET", "/api/closure/outcomes?programId=program-1"
                        + "&from=2026-01-01T00:00:00Z&to=2030-01-01T00:00:00Z", null, OK, OK, OK, NO, NO, OK),
                row("closure reasons", "GET", "/api/closure/closure-reasons", null, OK, OK, OK, OK, OK, OK),
                row("exit destinations", "GET", "/api/closure/exit-destinations", null, OK, OK, OK, OK, OK, OK),
                row("retention policies", "GET", "/api/closure/retention-policies", null, NO, NO, OK, NO, OK, NO),
                row("set a retention policy", "PUT", "/api/closure/retention-policies/program-matrix",
                        "{\"retentionPeriod\": \"P7Y\", \"legalBasis\": \"for the matrix\"}",
                        NO, NO, OK, NO, NO, NO),
                row("place a legal hold", "PUT", kase + "/legal-hold", "{\"reason\": \"for the matrix\"}",
                        NO, NO, OK, NO, NO, NO),
                row("the retention report", "GET", "/api/closure/retention/expiring?within=P30D", null,
                        NO, NO, OK, NO, OK, NO),
                row("read the audit trail", "GET", "/api/closure/audit/entries", null, NO, NO, NO, NO, OK, NO),
                row("verify the audit trail", "GET", "/api/closure/audit/verification", null,
                        NO, NO, NO, NO, OK, NO));
    }

    /** Rows about a closed case's follow-ups and re-opening, where the request above would not fit. */
    static Stream<AccessMatrix.Row> closedCaseMatrix() {
        String kase = "/api/closure/cases/{case}";
        return Stream.of(
                row("record a follow-up", "POST", kase + "/follow-ups/{followUp}/result",
                        "{\"result\": \"UNABLE_TO_CONTACT\", \"reached\": false}", OK, OK, NO, NO, NO, MISSING),
                row("re-open a case", "POST", kase + "/reopening",
                        "{\"version\": {version}, \"reason\": \"NEW_NEEDS\"}", OK, OK, NO, NO, NO, MISSING));
    }

    /** Lifting a hold, on a case an admin has put on hold. */
    static Stream<AccessMatrix.Row> heldCaseMatrix() {
        return Stream.of(row("lift a legal hold", "DELETE", "/api/closure/cases/{case}/legal-hold", null,
                NO, NO, OK, NO, NO, NO));
    }

    private String caseId;
    private String documentId;

    @BeforeEach
    void aCaseWithAPendingClosureRequest() {
        caseId = api.openCase("program-1");
        api.goalMet(caseId);
        documentId = new AccessMatrix(mvc, ClosureApi.AGENCY).attachDocument("/api/closure/cases/" + caseId
                + "/documents");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyoneGetsWhatTheirRoleAndAgencyAllowOnAnOpenCase(AccessMatrix.Row row) {
        api.planTransition(caseId, "{\"version\": {version}, \"destinationCode\": 30, \"followUpContactAgreed\": "
                + "false}");
        String closureId = ClosureApi.read(api.requestClosure(caseId, """
                {"version": {version}, "reason": "OTHER", "outcome": "OTHER"}"""), "$.requests[0].closureId");
        check(row, closureId, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closedCaseMatrix")
    void everyoneGetsWhatTheirRoleAndAgencyAllowOnAClosedCase(AccessMatrix.Row row) {
        api.close(caseId);
        check(row, null, ClosureApi.read(api.closure(caseId), "$.followUps[0].followUpId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heldCaseMatrix")
    void everyoneGetsWhatTheirRoleAndAgencyAllowOnAHeldCase(AccessMatrix.Row row) {
        api.put("/api/closure/cases/" + caseId + "/legal-hold", ClosureApi.admin(), "{\"reason\": \"matrix\"}");
        check(row, null, null);
    }

    private void check(AccessMatrix.Row row, String closureId, String followUpId) {
        String version = api.version(caseId);
        new AccessMatrix(mvc, ClosureApi.AGENCY).check(row, text -> text.replace("{case}", caseId)
                .replace("{closure}", String.valueOf(closureId)).replace("{followUp}", String.valueOf(followUpId))
                .replace("{version}", version).replace("{document}", String.valueOf(documentId)));
    }
}
