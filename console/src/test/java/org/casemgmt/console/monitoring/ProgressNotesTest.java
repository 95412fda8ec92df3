package org.casemgmt.console.monitoring;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The case's latest contacts and progress notes on its page, and a note written from there. */
class ProgressNotesTest extends ConsoleWebTest {

    @BeforeEach
    void aCase() {
        anOpenCase();
    }

    @Test
    void theCasePageShowsTheLatestContactsAndNotesConfidentialOnesMarked() {
        API.get("/api/monitoring/cases/case-1/contacts", """
                {"content": [{"id": "c-2", "occurredAt": "2026-12-04T15:30:00Z", "medium": "PHONE", "contactMade": false},
                             {"id": "c-1", "occurredAt": "2026-12-01T09:00:00Z", "medium": "IN_PERSON",
                              "contactMade": true, "summary": "Talked through the tenancy offer"}]}""");
        API.get("/api/monitoring/cases/case-1/notes", """
                {"content": [{"id": "n-2", "text": "Disclosed a debt to a relative", "confidential": true,
                              "recordedBy": "worker.alex", "recordedAt": "2026-12-05T11:00:00Z"},
                             {"id": "n-1", "text": "Viewing booked for Friday", "confidential": false,
                              "recordedBy": "worker.alex", "recordedAt": "2026-12-03T16:45:00Z"}]}""");

        MvcTestResult result = mvc.get().uri("/cases/case-1").with(caseWorker()).exchange();

        assertThat(result).hasStatusOk();
        Document page = page(result);
        assertThat(page.select("#journal .contacts li").eachText()).containsExactly(
                "2026-12-04 15:30, Phone, tried, not reached",
                "2026-12-01 09:00, In person, reached: Talked through the tenancy offer");
        assertThat(page.select("#journal .notes li").eachText()).containsExactly(
                "2026-12-05 11:00 by worker.alex confidential Disclosed a debt to a relative",
                "2026-12-03 16:45 by worker.alex Viewing booked for Friday");
        assertThat(page.selectFirst("#note form").attr("action")).isEqualTo("/cases/case-1/notes");
    }

    @Test
    void aCaseWithoutAnyShowsThatNothingIsRecordedYet() {
        Document page = page(mvc.get().uri("/cases/case-1").with(caseWorker()).exchange());

        assertThat(page.selectFirst("#journal").text()).contains("No contact recorded yet.", "No progress note yet.");
    }

    @Test
    void aNoteIsSentAsWrittenAndTheCasePageOpensAtTheNotes() {
        API.answer("POST", "/api/monitoring/cases/case-1/notes", 201, """
                {"id": "n-3", "caseId": "case-1", "text": "Moved in", "confidential": true}""");

        MvcTestResult result = submit(caseWorker(), "/cases/case-1/notes", "text", "Moved in", "confidential", "true");

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/cases/case-1#notes");
        assertThat(API.received("POST", "/api/monitoring/cases/case-1/notes")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).isEqualTo("{\"text\":\"Moved in\",\"confidential\":true}"));
    }

    @Test
    void anEmptyNoteIsRefusedBesideItsFieldAndTheSummaryLinksThere() {
        API.answer("POST", "/api/monitoring/cases/case-1/notes", 400, """
                {"type": "urn:casemgmt:problem:validation-failed", "title": "The request is not valid",
                 "status": 400, "detail": "1 field is not valid",
                 "errors": [{"field": "text", "message": "must not be blank"}]}""");

        MvcTestResult result = submit(caseWorker(), "/cases/case-1/notes", "text", "", "confidential", "true");

        assertThat(result).hasStatusOk();
        Document page = page(result);
        assertThat(page.selectFirst("#note").hasAttr("open")).isTrue();
        assertThat(page.selectFirst("#note-text").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#text-error").text()).isEqualTo("Error: must not be blank");
        assertThat(page.selectFirst("#note #problem a").attr("href")).isEqualTo("#text-error");
        assertThat(page.selectFirst("#note-confidential").hasAttr("checked")).isTrue();
    }

}
