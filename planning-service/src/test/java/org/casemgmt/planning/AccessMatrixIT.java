package org.casemgmt.planning;

import java.util.UUID;
import java.util.stream.Stream;

import org.casemgmt.platform.testing.AccessMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.casemgmt.platform.testing.AccessMatrix.OK;
import static org.casemgmt.platform.testing.AccessMatrix.row;

/** Who may do what over every planning endpoint: the table of {@link AccessMatrix}, filled in for planning. */
class AccessMatrixIT extends PlanningIntegrationTestBase {

    private static final String GOAL = """
            {"version": {version}, "needDomain": "HOUSING", "statement": "A place of my own", "priority": "HIGH",
             "responsibleParty": "CASE_WORKER", "objectives": [{"indicator": "Nights housed", "baseline": 0,
             "target": 28, "unit": "nights", "direction": "HIGHER_IS_BETTER", "dueDate": "2027-02-28"}]}""";
    private static final String STEP = "{\"version\": {version}}";
    private static final String WITH_REASON = "{\"version\": {version}, \"reason\": \"matrix\"}";
    private static final String TEMPLATE = """
            {"statement": "Stable housing", "priority": "HIGH", "responsibleParty": "CASE_WORKER",
             "objectives": [{"indicator": "Nights housed", "baseline": 0, "target": 28, "unit": "nights",
             "direction": "HIGHER_IS_BETTER", "dueInDays": 90}]}""";

    /**
     * endpoint, method, path with {plan}, {case}, {goal}, {new-goal} (one added for each request), {version},
     * {program}, {domain} placeholders, body, then the answers for WORKER, SUPERVISOR, ADMIN, PROVIDER, AUDITOR,
     * OTHER_AGENCY_WORKER.
     */
    static Stream<AccessMatrix.Row> matrix() {
        String plan = "/api/planning/plans/{plan}";
        return Stream.of(
                row("list plans", "GET", "/api/planning/plans", null, OK, OK, OK, "403", "403", OK),
                row("read a plan", "GET", plan, null, OK, OK, OK, "403", "403", "404"),
                row("read the plan of a case", "GET", "/api/planning/cases/{case}/plan", null,
                        OK, OK, OK, "403", "403", "404"),
                row("add a goal", "POST", plan + "/goals", GOAL, OK, OK, "403", "403", "403", "404"),
                row("read a goal", "GET", plan + "/goals/{goal}", null, OK, OK, OK, "403", "403", "404"),
                row("edit a goal", "PUT", plan + "/goals/{goal}", GOAL, OK, OK, "403", "403", "403", "404"),
                row("remove a goal", "DELETE", plan + "/goals/{new-goal}?version={version}", null,
                        OK, OK, "403", "403", "403", "404"),
                row("abandon a goal", "POST", plan + "/goals/{goal}/abandonment", WITH_REASON,
                        OK, OK, "403", "403", "403", "404"),
                row("submit", "POST", plan + "/submission", STEP, OK, OK, "403", "403", "403", "404"),
                row("return to draft", "POST", plan + "/return", WITH_REASON, OK, OK, "403", "403", "403", "404"),
                // A case worker passes the role check; the four-eyes rule then refuses them with its own 403.
                row("approve", "POST", plan + "/approval", STEP, "409", OK, "403", "403", "403", "404"),
                row("activate", "POST", plan + "/activation", STEP, OK, OK, "403", "403", "403", "404"),
                row("revise", "POST", plan + "/revisions", WITH_REASON, OK, OK, "403", "403", "403", "404"),
                row("list versions", "GET", plan + "/versions", null, OK, OK, OK, "403", "403", "404"),
                row("read a version", "GET", plan + "/versions/1", null, OK, OK, OK, "403", "403", "404"),
                row("list overdue objectives", "GET", "/api/planning/overdue-objectives", null,
                        OK, OK, OK, "403", "403", OK),
                row("read planning settings", "GET", "/api/planning/programs/{program}/settings", null,
                        OK, OK, OK, "403", "403", OK),
                row("change planning settings", "PUT", "/api/planning/programs/{program}/settings",
                        "{\"selfApprovalAllowed\": false}", "403", "403", OK, "403", "403", "403"),
                row("list goal templates", "GET", "/api/planning/goal-templates", null,
                        OK, OK, OK, "403", "403", OK),
                row("read a goal template", "GET", "/api/planning/goal-templates/HOUSING", null,
                        OK, OK, OK, "403", "403", OK),
                row("change a goal template", "PUT", "/api/planning/goal-templates/{domain}", TEMPLATE,
                        "403", "403", OK, "403", "403", "403"),
                row("read the audit trail", "GET", "/api/planning/audit/entries", null,
                        "403", "403", "403", "403", OK, "403"),
                row("verify the audit trail", "GET", "/api/planning/audit/verification", null,
                        "403", "403", "403", "403", OK, "403"));
    }

    private String caseId;
    private String planId;
    private String goalId;
    private String program;
    private String domain;

    /** A fresh draft plan of the test agency for each row, so that one row's writes don't shape another's. */
    @BeforeEach
    void draftPlan() {
        caseId = api.caseWithDraftPlan();
        planId = api.planId(caseId);
        goalId = api.goalId(caseId, "HOUSING");
        program = "program-matrix-" + UUID.randomUUID();
        domain = "MATRIX_" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyoneGetsWhatTheirRoleAndAgencyAllow(AccessMatrix.Row row) {
        new AccessMatrix(mvc, PlanningApi.AGENCY).check(row, text -> withNewGoal(text).replace("{plan}", planId)
                .replace("{case}", caseId).replace("{goal}", goalId).replace("{program}", program)
                .replace("{domain}", domain)
                .replace("{version}", Long.toString(api.version(caseId))));
    }

    private String withNewGoal(String text) {
        if (!text.contains("{new-goal}")) {
            return text;
        }
        MvcTestResult added = api.post("/api/planning/plans/" + planId + "/goals",
                GOAL.replace("{version}", Long.toString(api.version(caseId))));
        return text.replace("{new-goal}", PlanningApi.read(added, "$.id"));
    }
}
