package org.casemgmt.console.monitoring;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The milestones a client reached, on the case page and recorded from there, towards a goal of the plan or none. */
class MilestonesTest extends ConsoleWebTest {

    @BeforeEach
    void aCaseWithAPlan() {
        anOpenCase();
        API.get("/api/planning/cases/case-1/plan", """
                {"id": "p-1", "planVersion": 1, "version": 4, "status": "ACTIVE", "approvedBy": "supervisor.sam",
                 "goals": [{"id": "g-1", "needDomain": "HOUSING", "statement": "A flat of my own", "status": "OPEN",
                            "objectives": []}]}""");
    }

    @Test
    void theCasePageListsTheMilestonesAndOffersThePlansGoals() {
        API.get("/api/monitoring/cases/case-1/milestones", """
                {"content": [{"id": "m-1", "kind": "HOUSED", "description": "Moved into the flat on Elm Street",
                              "reachedAt": "2026-12-05T10:00:00Z", "goalId": "g-1"},
                             {"id": "m-2", "kind": "LEASE_RENEWED", "reachedAt": "2026-11-01T10:00:00Z"}]}""");

        Document page = page(mvc.get().uri("/cases/case-1").with(caseWorker()).exchange());

        assertThat(page.select("#journal .milestones li").eachText()).containsExactly(
                "2026-12-05: Housed, Moved into the flat on Elm Street", "2026-11-01: LEASE_RENEWED");
        assertThat(page.select("#milestone-goal option").eachText())
                .containsExactly("No goal in particular", "Housing: A flat of my own");
    }

    @Test
    void aMilestoneIsSentWithItsGoalAndMomentAndTheCasePageOpensAtTheMilestones() {
        API.answer("POST", "/api/monitoring/cases/case-1/milestones", 201, """
                {"id": "m-3", "kind": "EMPLOYED"}""");

        MvcTestResult result = submit(caseWorker(), "/cases/case-1/milestones", "kind", "EMPLOYED", "goalId", "g-1", "reachedAt", "",
                "description", "Started at the bakery");

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/cases/case-1#milestones");
        assertThat(API.received("POST", "/api/monitoring/cases/case-1/milestones")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).startsWith(
                        "{\"goalId\":\"g-1\",\"kind\":\"EMPLOYED\",\"description\":\"Started at the bakery\","
                                + "\"reachedAt\":\""));
    }

    @Test
    void aMilestoneInTheFutureIsRefusedInItsOwnFormNotTheNotesOne() {
        API.answer("POST", "/api/monitoring/cases/case-1/milestones", 409, """
                {"type": "urn:casemgmt:problem:in-the-future", "title": "Not reached yet", "status": 409,
                 "detail": "reachedAt has not happened yet"}""");

        Document page = page(submit(caseWorker(), "/cases/case-1/milestones", "kind", "HOUSED", "reachedAt", "2099-01-01T10:00"));

        assertThat(page.selectFirst("#milestone").hasAttr("open")).isTrue();
        assertThat(page.selectFirst("#milestone #problem").text()).contains("Not reached yet");
        assertThat(page.selectFirst("#note").hasAttr("open")).isFalse();
        assertThat(page.selectFirst("#milestone-reachedAt").val()).isEqualTo("2099-01-01T10:00");
    }

}
