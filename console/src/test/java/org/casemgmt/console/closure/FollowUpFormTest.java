package org.casemgmt.console.closure;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A closed case's follow-up, due now, recorded from the case page that the queue's "follow-up due" opens. */
class FollowUpFormTest extends ConsoleWebTest {

    @BeforeEach
    void aClosedCaseWithItsFollowUps() {
        anOpenCase();
        API.get("/api/closure/cases/case-1", """
                {"caseId": "case-1", "status": "CLOSED", "episode": 1, "version": 7, "requests": [], "transitionPlan": null,
                 "followUps": [
                   {"followUpId": "fu-3", "episode": 1, "sequence": 3, "dueAt": "2027-06-05T10:00:00Z", "status": "SCHEDULED"},
                   {"followUpId": "fu-1", "episode": 1, "sequence": 1, "dueAt": "2026-11-06T10:00:00Z", "status": "COMPLETED"},
                   {"followUpId": "fu-2", "episode": 1, "sequence": 2, "dueAt": "2026-12-06T10:00:00Z", "status": "DUE"}]}""");
    }

    @Test
    void theCasePageOffersToRecordTheEarliestFollowUpStillAwaitingItsResult() {
        MvcTestResult result = mvc.get().uri("/cases/case-1").with(caseWorker()).exchange();

        assertThat(result).hasStatusOk();
        Document page = page(result);
        assertThat(page.selectFirst("#follow-up summary").text()).isEqualTo("Record the follow-up due 2026-12-06");
        assertThat(page.selectFirst("#follow-up form").attr("action")).isEqualTo("/cases/case-1/follow-ups/fu-2/result");
        assertThat(page.select("#follow-up select#followUp-result option").eachAttr("value"))
                .containsExactly("COMPLETED", "UNABLE_TO_CONTACT", "DECLINED");
        assertThat(page.selectFirst("label[for=followUp-method]").text()).isEqualTo("How the client was contacted");
        assertThat(page.select("#closure li").eachText()).contains("2026-11-06: done", "2026-12-06: due",
                "2027-06-05: scheduled");
    }

    @Test
    void aContactMadeWithoutItsMethodIsRefusedBesideTheMethodWithWhatWasTypedKept() {
        API.answer("POST", "/api/closure/cases/case-1/follow-ups/fu-2/result", 400, """
                {"type": "urn:casemgmt:problem:validation-failed", "title": "The request is not valid",
                 "status": 400, "detail": "1 field is not valid",
                 "errors": [{"field": "methodGivenForAContact", "message": "a contact that was made names its method"}]}""");

        MvcTestResult result = submit(caseWorker(), "/cases/case-1/follow-ups/fu-2/result", "result", "COMPLETED", "reached", "true", "notes", "Settled in the flat");

        assertThat(result).hasStatusOk();
        Document page = page(result);
        assertThat(page.selectFirst("#follow-up").hasAttr("open")).isTrue();
        assertThat(page.selectFirst("#followUp-method").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#methodGivenForAContact-error").text())
                .isEqualTo("Error: a contact that was made names its method");
        assertThat(page.selectFirst("#followUp-reached").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("#followUp-notes").text()).isEqualTo("Settled in the flat");
    }

    @Test
    void aRecordedFollowUpSendsEverythingTheFormAsksAndReturnsToTheClosure() {
        API.answer("POST", "/api/closure/cases/case-1/follow-ups/fu-2/result", 200, """
                {"followUpId": "fu-2", "status": "COMPLETED"}""");

        MvcTestResult result = submit(caseWorker(), "/cases/case-1/follow-ups/fu-2/result", "result", "COMPLETED", "method", "PHONE", "reached", "true",
                "stillStable", "true", "destinationCategory", "PERMANENT", "notes", "Settled in the flat");

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/cases/case-1#closure");
        assertThat(API.received("POST", "/api/closure/cases/case-1/follow-ups/fu-2/result")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).contains("\"result\":\"COMPLETED\"",
                        "\"method\":\"PHONE\"", "\"reached\":true", "\"stillStable\":true",
                        "\"destinationCategory\":\"PERMANENT\"", "\"notes\":\"Settled in the flat\""));
    }

    @Test
    void aProviderIsOfferedNoFollowUpToRecord() {
        MvcTestResult result = mvc.get().uri("/cases/case-1").with(provider()).exchange();

        assertThat(page(result).select("#follow-up")).isEmpty();
    }

}
