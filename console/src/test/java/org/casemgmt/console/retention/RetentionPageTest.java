package org.casemgmt.console.retention;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** An agency administrator sets how long closed cases are kept, and holds a case whose client must not be erased. */
class RetentionPageTest extends ConsoleWebTest {

    @BeforeEach
    void policiesAndAReport() {
        API.get("/api/closure/retention-policies", """
                {"byDefault": {"programId": null, "retentionPeriod": "P7Y", "legalBasis": "Agency records policy"},
                 "programs": [{"programId": "housing-first", "retentionPeriod": "P10Y",
                               "legalBasis": "Funder's rule 12", "setBy": "admin.ada", "setAt": "2026-11-01T09:00:00Z"}]}""");
        API.get("/api/closure/retention/expiring", """
                {"asOf": "2026-12-07T10:00:00Z", "expiring": [
                   {"clientId": "client-1", "state": "RETAINED", "caseId": "case-1", "programId": "housing-first",
                    "expiresAt": "2026-12-20T00:00:00Z", "legalBasis": "Funder's rule 12", "holds": []},
                   {"clientId": "client-2", "state": "HELD", "caseId": "case-2", "programId": "housing-first",
                    "expiresAt": "2026-12-01T00:00:00Z", "legalBasis": "Funder's rule 12",
                    "holds": [{"caseId": "case-2", "reason": "Court order 44/2026", "placedBy": "admin.ada",
                               "placedAt": "2026-11-20T09:00:00Z", "liftedAt": null}]}],
                 "expired": [{"clientId": "client-3", "state": "EXPIRED", "caseId": "case-3",
                              "expiredAt": "2026-11-30T02:00:00Z", "legalBasis": "Agency records policy"}]}""");
        API.get("/api/intake/programs", """
                [{"id": "housing-first", "name": "Housing First"}]""");
    }

    private RequestPostProcessor admin() {
        return signedInAs("admin.ada", "agency-north", "AGENCY_ADMIN");
    }

    @Test
    void thePoliciesTheReportAndTheHoldsAreShownWithWhatAnAdministratorMayDo() {
        Document page = page(mvc.get().uri("/retention").with(admin()).exchange());

        assertThat(page.select("#policies li").eachText()).containsExactly(
                "By default: P7Y after closure (Agency records policy)",
                "housing-first: P10Y after closure (Funder's rule 12), set by admin.ada");
        assertThat(page.selectFirst("#retention-case-1 form").attr("action"))
                .isEqualTo("/retention/cases/case-1/legal-hold");
        assertThat(page.selectFirst("#retention-case-2").text())
                .contains("not while held", "Held by admin.ada since 2026-11-20: Court order 44/2026", "Lift the legal hold");
        assertThat(page.select(".expired li").eachText())
                .containsExactly("Case case-3, erased on 2026-11-30 (Agency records policy)");
        assertThat(API.received("GET", "/api/closure/retention/expiring")).singleElement()
                .satisfies(sent -> assertThat(sent.query()).isEqualTo("within=P30D"));
    }

    @Test
    void anAuditorReadsItWithoutAnyForm() {
        Document page = page(mvc.get().uri("/retention?within=P1Y").with(signedInAs("auditor.ari", "agency-north",
                "AUDITOR")).exchange());

        assertThat(page.select("main form[method=post]")).isEmpty();
        assertThat(page.selectFirst("#within option[selected]").val()).isEqualTo("P1Y");
    }

    @Test
    void aHoldIsSentWithItsReasonAndALiftAsADeleteBackToTheSameReport() {
        API.answer("PUT", "/api/closure/cases/case-1/legal-hold", 200, "{}");
        API.answer("DELETE", "/api/closure/cases/case-2/legal-hold", 200, "{}");

        MvcTestResult held = mvc.post().uri("/retention/cases/case-1/legal-hold").with(admin()).with(csrf())
                .param("reason", "Subject access request under review").param("within", "P90D").exchange();
        MvcTestResult lifted = mvc.post().uri("/retention/cases/case-2/legal-hold/lifting").with(admin()).with(csrf())
                .param("within", "P30D").exchange();

        assertThat(held).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/retention?within=P90D#report");
        assertThat(lifted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/retention?within=P30D#report");
        assertThat(API.received("PUT", "/api/closure/cases/case-1/legal-hold")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).isEqualTo("{\"reason\":\"Subject access request under review\"}"));
        assertThat(API.received("DELETE", "/api/closure/cases/case-2/legal-hold")).hasSize(1);
    }

    @Test
    void aPolicyThePlatformRefusesComesBackBesideItsField() {
        API.answer("PUT", "/api/closure/retention-policies/housing-first", 400, """
                {"type": "urn:casemgmt:problem:validation-failed", "title": "The request is not valid", "status": 400,
                 "errors": [{"field": "retentionPeriod", "message": "must be an ISO-8601 period such as P7Y"}]}""");

        MvcTestResult result = mvc.post().uri("/retention/policies").with(admin()).with(csrf())
                .param("programId", "housing-first").param("retentionPeriod", "seven years")
                .param("legalBasis", "Funder's rule 12").exchange();

        assertThat(result).hasStatusOk();
        Document page = page(result);
        assertThat(page.selectFirst("#retentionPeriod-error").text())
                .isEqualTo("Error: must be an ISO-8601 period such as P7Y");
        assertThat(page.selectFirst("#retentionPeriod").val()).isEqualTo("seven years");
        assertThat(page.selectFirst("#policies #problem")).isNotNull();
    }
}
