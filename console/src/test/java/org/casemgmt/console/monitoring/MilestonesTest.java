package org.casemgmt.console.monitoring;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The milestones a client reached, on the case page and recorded from there, towards a goal of the plan or none. */
class MilestonesTest extends ConsoleWebTest {

    @BeforeEach
    void aCaseWithAPlan() {
        API.get("/api/intake/intakes/case-1", """
                {"id": "case-1", "clientId": "client-1", "status": "OPENED", "programId": "housing-first",
                 "riskLevel": "MEDIUM", "priority": "HIGH", "decidedAt": "2026-09-01T09:00:00Z",
                 "caseManager": "worker.alex", "consents": []}""");
        API.get("/api/intake/clients/client-1", """
                {"id": "client-1", "givenName": "María", "familyName": "García"}""");
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

        MvcTestResult result = record("kind", "EMPLOYED", "goalId", "g-1", "reachedAt", "",
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

        Document page = page(record("kind", "HOUSED", "reachedAt", "2099-01-01T10:00"));

        assertThat(page.selectFirst("#milestone").hasAttr("open")).isTrue();
        assertThat(page.selectFirst("#milestone #problem").text()).contains("Not reached yet");
        assertThat(page.selectFirst("#note").hasAttr("open")).isFalse();
        assertThat(page.selectFirst("#milestone-reachedAt").val()).isEqualTo("2099-01-01T10:00");
    }

    private MvcTestResult record(String... fields) {
        var post = mvc.post().uri("/cases/case-1/milestones").with(caseWorker()).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            post.param(fields[i], fields[i + 1]);
        }
        return post.exchange();
    }
}
