package org.casemgmt.console.plan;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan changed as the work goes on: a goal added to a draft, a goal abandoned, an approved plan revised. */
class PlanChangesTest extends ConsoleWebTest {

    private static final String GOALS = """
            [{"id": "g-1", "needDomain": "HOUSING", "statement": "A flat of my own", "status": "OPEN",
              "objectives": [{"id": "o-1", "indicator": "Nights housed", "baseline": 0, "target": 30, "unit": "nights",
                              "latestValue": null, "met": false, "history": []}]},
             {"id": "g-2", "needDomain": "INCOME", "statement": "Benefits paid", "status": "ACHIEVED", "objectives": []}]""";

    @BeforeEach
    void aCase() {
        anOpenCase();
    }

    private static void planIs(String status) {
        API.get("/api/planning/cases/case-1/plan", """
                {"id": "p-1", "caseId": "case-1", "planVersion": 2, "version": 9, "status": "%s", "approvedBy": null,
                 "goals": %s}""".formatted(status, GOALS));
    }

    @Test
    void anActivePlanOffersToAbandonEachOpenGoalAndToReviseThePlan() {
        planIs("ACTIVE");

        Document page = page(mvc.get().uri("/cases/case-1").with(caseWorker()).exchange());

        assertThat(page.select("#plan form[action$=/abandonment]").eachAttr("action"))
                .containsExactly("/cases/case-1/plan/goals/g-1/abandonment");
        assertThat(page.selectFirst("label[for=abandon-g-1]").text()).isEqualTo("Why abandon it");
        assertThat(page.selectFirst("#plan form[action=/cases/case-1/plan/revisions] button").text())
                .isEqualTo("Revise the plan");
        assertThat(page.select("#plan a[href=/cases/case-1/plan/goals/new]")).isEmpty();
    }

    @Test
    void aDraftOffersToAddAGoalOnAFormWithOneObjectiveToFillIn() {
        planIs("DRAFT");

        Document casePage = page(mvc.get().uri("/cases/case-1").with(caseWorker()).exchange());
        Document goalPage = page(mvc.get().uri("/cases/case-1/plan/goals/new").with(caseWorker()).exchange());

        assertThat(casePage.selectFirst("#plan a[href=/cases/case-1/plan/goals/new]").text()).isEqualTo("Add a goal");
        assertThat(casePage.select("#plan form[action=/cases/case-1/plan/revisions]")).isEmpty();
        assertThat(goalPage.selectFirst("h1").text()).isEqualTo("A new goal");
        assertThat(goalPage.selectFirst("main form").attr("action")).isEqualTo("/cases/case-1/plan/goals");
        assertThat(goalPage.select("#needDomain option").eachAttr("value")).contains("HOUSING", "MENTAL_HEALTH");
        assertThat(goalPage.select("fieldset.objective")).hasSize(1);
        assertThat(goalPage.selectFirst("#objectives-0-indicator").val()).isEmpty();
    }

    @Test
    void aNewGoalIsSentWithItsDomainWhoActsAndItsObjective() {
        planIs("DRAFT");
        API.answer("POST", "/api/planning/plans/p-1/goals", 201, """
                {"id": "g-3"}""");

        MvcTestResult result = submit(caseWorker(), "/cases/case-1/plan/goals", "version", "9", "needDomain", "MENTAL_HEALTH",
                "responsibleParty", "CLIENT", "statement", "Sleep through the night", "priority", "MEDIUM",
                "objectives[0].indicator", "Nights slept through", "objectives[0].baseline", "1",
                "objectives[0].target", "5", "objectives[0].unit", "nights a week",
                "objectives[0].direction", "HIGHER_IS_BETTER", "objectives[0].dueDate", "2027-03-01");

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/cases/case-1#plan");
        assertThat(API.received("POST", "/api/planning/plans/p-1/goals")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).contains("\"version\":9", "\"needDomain\":\"MENTAL_HEALTH\"",
                        "\"responsibleParty\":\"CLIENT\"", "\"statement\":\"Sleep through the night\"",
                        "\"indicator\":\"Nights slept through\"", "\"baseline\":1", "\"target\":5",
                        "\"dueDate\":\"2027-03-01\""));
    }

    @Test
    void aRefusedNewGoalComesBackWithTheMessageBesideTheFieldAndWhatWasTyped() {
        planIs("DRAFT");
        API.answer("POST", "/api/planning/plans/p-1/goals", 400, """
                {"type": "urn:casemgmt:problem:validation-failed", "title": "The request is not valid", "status": 400,
                 "errors": [{"field": "objectives[0].target", "message": "must not be null"}]}""");

        MvcTestResult result = submit(caseWorker(), "/cases/case-1/plan/goals", "version", "9", "needDomain", "SAFETY",
                "statement", "Feel safe at home", "objectives[0].indicator", "Safe nights");

        assertThat(result).hasStatusOk();
        Document page = page(result);
        assertThat(page.selectFirst("#objectives-0-target-error").text()).isEqualTo("Error: must not be null");
        assertThat(page.selectFirst("#objectives-0-indicator").val()).isEqualTo("Safe nights");
        assertThat(page.selectFirst("#needDomain option[selected]").val()).isEqualTo("SAFETY");
    }

    @Test
    void anAbandonedGoalAndARevisionAreSentWithTheReasonAndThePlansVersion() {
        planIs("ACTIVE");
        API.answer("POST", "/api/planning/plans/p-1/goals/g-1/abandonment", 200, "{}");
        API.answer("POST", "/api/planning/plans/p-1/revisions", 201, "{}");

        MvcTestResult abandoned = submit(caseWorker(), "/cases/case-1/plan/goals/g-1/abandonment", "planId", "p-1", "version", "9",
                "reason", "Moved in with her sister");
        MvcTestResult revised = submit(caseWorker(), "/cases/case-1/plan/revisions", "planId", "p-1", "version", "9",
                "reason", "New job changes the income goal");

        assertThat(abandoned).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/cases/case-1#plan");
        assertThat(revised).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/cases/case-1#plan");
        assertThat(API.received("POST", "/api/planning/plans/p-1/goals/g-1/abandonment")).singleElement()
                .satisfies(sent -> assertThat(sent.body())
                        .isEqualTo("{\"version\":9,\"reason\":\"Moved in with her sister\"}"));
        assertThat(API.received("POST", "/api/planning/plans/p-1/revisions")).singleElement()
                .satisfies(sent -> assertThat(sent.body())
                        .isEqualTo("{\"version\":9,\"reason\":\"New job changes the income goal\"}"));
    }

}
