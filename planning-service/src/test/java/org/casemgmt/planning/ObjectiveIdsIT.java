package org.casemgmt.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Objective ids are the service's: progress.recorded finds an objective by its id, so a caller names only an
 * objective the goal already has, once, and gets a 400 naming the field otherwise.
 */
class ObjectiveIdsIT extends PlanningIntegrationTestBase {

    private static final String ARREARS = """
            {%s"indicator": "Rent arrears", "baseline": 1850, "target": 200, "unit": "EUR",
             "direction": "LOWER_IS_BETTER", "dueDate": "2027-03-31"}""";
    private static final String NIGHTS = """
            {%s"indicator": "Nights housed", "baseline": 0, "target": 28, "unit": "nights",
             "direction": "HIGHER_IS_BETTER", "dueDate": "2027-03-31"}""";

    @Test
    void aNewGoalsObjectivesGetTheServicesIdsAndACallersIdIsA400NamingTheField() {
        String caseId = api.caseWithDraftPlan();
        String goals = "/api/planning/plans/" + api.planId(caseId) + "/goals";

        MvcTestResult named = api.post(goals, goal(api.version(caseId),
                ARREARS.formatted(""), NIGHTS.formatted("\"id\": \"my-own-id\", ")));
        assertThat(named).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:casemgmt:problem:validation-failed");
        assertThat(named).bodyJson().extractingPath("$.errors[0].field").isEqualTo("objectives[1].id");

        MvcTestResult added = api.post(goals, goal(api.version(caseId), ARREARS.formatted(""), NIGHTS.formatted("")));
        assertThat(added).hasStatus(HttpStatus.CREATED);
        List<String> ids = PlanningApi.read(added, "$.objectives[*].id");
        assertThat(ids).hasSize(2).doesNotHaveDuplicates().doesNotContain("my-own-id");
    }

    @Test
    void anEditNamesOnlyTheGoalsOwnObjectivesEachOnceAndItsNewObjectivesGetNewIds() {
        String caseId = api.caseWithDraftPlan();
        String goals = "/api/planning/plans/" + api.planId(caseId) + "/goals";
        MvcTestResult added = api.post(goals, goal(api.version(caseId), ARREARS.formatted(""), NIGHTS.formatted("")));
        String goal = goals + "/" + PlanningApi.read(added, "$.id");
        String arrears = PlanningApi.read(added, "$.objectives[0].id");
        String otherGoalsObjective = api.objectiveId(caseId, api.goalId(caseId, "HOUSING"),
                PlanningApi.read(api.planOf(caseId), "$.goals[0].objectives[0].indicator"));

        MvcTestResult unknown = api.put(goal, goal(api.version(caseId), ARREARS.formatted(id(arrears)),
                NIGHTS.formatted(id(otherGoalsObjective))));
        MvcTestResult twice = api.put(goal, goal(api.version(caseId), ARREARS.formatted(id(arrears)),
                NIGHTS.formatted(id(arrears))));
        MvcTestResult edited = api.put(goal, goal(api.version(caseId), ARREARS.formatted(id(arrears)),
                NIGHTS.formatted("")));

        assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("objectives[1].id");
        assertThat(twice).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].message")
                .asString().contains("a second time");
        assertThat(edited).hasStatus(HttpStatus.OK);
        List<String> ids = PlanningApi.read(api.get(goal), "$.objectives[*].id");
        assertThat(ids).hasSize(2).doesNotHaveDuplicates().startsWith(arrears)
                .doesNotContain(PlanningApi.<String>read(added, "$.objectives[1].id"), otherGoalsObjective);
    }

    private static String id(String objectiveId) {
        return "\"id\": \"" + objectiveId + "\", ";
    }

    private static String goal(long version, String... objectives) {
        return """
                {"version": %d, "needDomain": "EMPLOYMENT", "statement": "Find work I can keep",
                 "priority": "MEDIUM", "responsibleParty": "CLIENT", "objectives": [%s]}"""
                .formatted(version, String.join(", ", objectives));
    }
}
