package org.casemgmt.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class OverdueObjectivesIT extends PlanningIntegrationTestBase {

    @Test
    void anObjectivePastItsDueDateWithoutMeetingItsTargetIsListedForItsCaseWorkerAndAgency() {
        String caseId = api.caseWithDraftPlan();
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        assertThat(api.editHousingGoal(caseId, 0, yesterday)).hasStatus(HttpStatus.OK);
        api.approved(caseId);
        String housing = api.goalId(caseId, "HOUSING");
        String arrears = api.objectiveId(caseId, housing, "Rent arrears");
        String ofThisCase = "$.content[?(@.caseId == '" + caseId + "')]";

        assertThat(api.get("/api/planning/overdue-objectives?caseWorker=" + PlanningApi.WORKER)).hasStatus(HttpStatus.OK)
                .bodyJson().satisfies(page -> {
                    assertThat(page).extractingPath(ofThisCase + ".objectiveId").asArray().containsExactly(arrears);
                    assertThat(page).extractingPath(ofThisCase + ".daysOverdue").asArray().containsExactly(1);
                    assertThat(page).extractingPath(ofThisCase + ".goalId").asArray().containsExactly(housing);
                });
        assertThat(api.get("/api/planning/overdue-objectives")).bodyJson()
                .extractingPath(ofThisCase + ".objectiveId").asArray().containsExactly(arrears);
        assertThat(mvc.get().uri("/api/planning/overdue-objectives")
                .header("Authorization", TestIssuer.shared().bearer("worker-9", "agency-b", "CASE_WORKER")))
                .as("another agency's list").bodyJson().extractingPath(ofThisCase).asArray().isEmpty();
        assertThat(api.get("/api/planning/overdue-objectives?caseWorker=staff-9999")).bodyJson()
                .extractingPath(ofThisCase).asArray().isEmpty();
    }
}
