package org.casemgmt.console.closure;

import static org.assertj.core.api.Assertions.assertThat;

import org.casemgmt.console.ConsoleWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The transition plan, the closure request and the re-opening, from the forms beside the case page: sent at the
 * version closure has now. Closure's version also counts the other stages' events it applies to the case, and those
 * forms, kept as the user typed them, are never refreshed by live updates.
 */
class ClosureDecisionsTest extends ConsoleWebTest {

    @BeforeEach
    void closureHasAppliedMoreEventsSinceThePageWasRendered() {
        anOpenCase();
        API.get("/api/closure/cases/case-1", """
                {"caseId": "case-1", "version": 7, "status": "OPEN", "requests": []}""");
    }

    @Test
    void theTransitionPlanIsSentAtClosuresCurrentVersion() {
        API.answer("PUT", "/api/closure/cases/case-1/transition-plan", 200, """
                {"caseId": "case-1", "version": 8}""");

        MvcTestResult saved = submit(caseWorker(), "/cases/case-1/transition-plan", "destinationCode", "410",
                "followUpContactAgreed", "true");

        assertThat(saved).hasStatus(HttpStatus.FOUND);
        assertThat(API.received("PUT", "/api/closure/cases/case-1/transition-plan")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).contains("\"version\":7", "\"destinationCode\":410",
                        "\"followUpContactAgreed\":true"));
    }

    @Test
    void theClosureRequestAndTheReopeningAreSentAtClosuresCurrentVersion() {
        API.answer("POST", "/api/closure/cases/case-1/closure-requests", 201, """
                {"caseId": "case-1", "version": 8}""");
        API.answer("POST", "/api/closure/cases/case-1/reopening", 200, """
                {"caseId": "case-1", "version": 9}""");

        submit(caseWorker(), "/cases/case-1/closure-requests", "reason", "TRANSFERRED", "outcome", "ACHIEVED");
        submit(caseWorker(), "/cases/case-1/reopening", "reason", "RETURNED");

        assertThat(API.received("POST", "/api/closure/cases/case-1/closure-requests")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).contains("\"version\":7", "\"reason\":\"TRANSFERRED\""));
        assertThat(API.received("POST", "/api/closure/cases/case-1/reopening")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).contains("\"version\":7", "\"reason\":\"RETURNED\""));
    }
}
