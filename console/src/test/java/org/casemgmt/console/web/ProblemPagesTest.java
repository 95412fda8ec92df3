package org.casemgmt.console.web;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemPagesTest extends ConsoleWebTest {

    @Test
    void aCaseThePlatformDoesNotKnowOrHidesIsNotFound() {
        API.answer("GET", "/api/intake/intakes/case-9", 404, """
                {"type": "urn:casemgmt:problem:not-found", "title": "Not found", "status": 404,
                 "detail": "No intake case-9"}""");

        MvcTestResult casePage = mvc.get().uri("/cases/case-9").with(caseWorker()).exchange();

        assertThat(casePage).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/problem");
        Document page = page(casePage);
        assertThat(page.select("h1").text()).isEqualTo("Not available");
        assertThat(page.select("[role=alert]").text())
                .isEqualTo("Not found. It does not exist, or it is not your agency's.");
        assertThat(page.selectFirst("main a").attr("href")).isEqualTo("/");
    }

    @Test
    void aCaseTheUserMayNotSeeIsNotPermittedWithWhatThePlatformSaid() {
        API.answer("GET", "/api/intake/intakes/case-1", 403, """
                {"type": "urn:casemgmt:problem:forbidden", "title": "Forbidden", "status": 403,
                 "detail": "Providers read referrals, not cases"}""");

        MvcTestResult casePage = mvc.get().uri("/cases/case-1").with(provider()).exchange();

        assertThat(casePage).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(page(casePage).select("[role=alert] p").eachText())
                .containsExactly("You are not permitted to do this.", "Providers read referrals, not cases");
    }
}
