package org.casemgmt.console.audit;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/** An auditor reads who did what to the agency's records, and whether each stage's trail is intact. */
class AuditTrailTest extends ConsoleWebTest {

    private static final String ENTRY = """
            {"service": "intake-service", "sequence": %d, "actorId": "worker.alex", "agencyId": "agency-north",
             "resourceType": "client", "resourceId": "client-7", "caseId": null, "action": "READ",
             "operation": %s, "method": "GET", "path": "/api/intake/clients/client-7", "filter": null,
             "status": 200, "outcome": "SUCCESS", "occurredAt": "2026-12-0%dT10:15:30Z", "lane": 0}""";

    private RequestPostProcessor auditor() {
        return signedInAs("auditor.ari", "agency-north", "AUDITOR");
    }

    @Test
    void anAuditorLandsOnTheTrailNotOnACaseload() {
        MvcTestResult home = mvc.get().uri("/").with(auditor()).exchange();

        assertThat(home).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/audit");
    }

    @Test
    void theLatestPageComesFirstWithTheVerificationOfEveryChain() {
        API.get("/api/intake/audit/entries", """
                {"content": [%s, %s], "page": {"size": 50, "number": 0, "totalElements": 2, "totalPages": 1}}"""
                .formatted(ENTRY.formatted(1, "null", 5), ENTRY.formatted(2, "\"erase\"", 6)));
        API.get("/api/intake/audit/verification", """
                {"intact": true, "entriesChecked": 1234, "lanes": 2, "firstBrokenLink": null}""");

        Document page = page(mvc.get().uri("/audit").with(auditor()).exchange());

        assertThat(page.selectFirst("#verification").text())
                .isEqualTo("The trail is intact: 1,234 entries checked on 2 chains.");
        assertThat(page.select("table.audit tbody tr")).extracting(row -> row.text()).containsExactly(
                "2026-12-05 10:15:30 worker.alex READ client client-7 SUCCESS 200",
                "2026-12-06 10:15:30 worker.alex READ (erase) client client-7 SUCCESS 200");
        assertThat(page.selectFirst("nav a[href=/audit]").text()).isEqualTo("Audit trail");
    }

    @Test
    void onlyTheFiltersGivenAreAskedForAndABrokenChainIsSaid() {
        API.get("/api/referral/audit/entries", """
                {"content": [], "page": {"size": 50, "number": 0, "totalElements": 0, "totalPages": 0}}""");
        API.get("/api/referral/audit/verification", """
                {"intact": false, "entriesChecked": 40, "lanes": 1,
                 "firstBrokenLink": {"lane": 0, "sequence": 17, "problem": "HASH_MISMATCH", "detail": "x"}}""");

        Document page = page(mvc.get().uri("/audit?stage=referral&resourceType=&resourceId=r-9&actor=&from=2026-12-01")
                .with(auditor()).exchange());

        assertThat(API.received("GET", "/api/referral/audit/entries")).singleElement().satisfies(sent ->
                assertThat(sent.query()).isEqualTo("size=50&page=0&resourceId=r-9&from=2026-12-01"));
        assertThat(page.selectFirst("#verification").text()).startsWith("The trail is broken: chain 0, entry 17");
        assertThat(page.selectFirst("#resourceId").val()).isEqualTo("r-9");
        assertThat(page.selectFirst("#stage option[selected]").val()).isEqualTo("referral");
        assertThat(page.text()).contains("No entry matches.");
    }

    @Test
    void onAnotherPageTheLatestIsAskedForAndOlderOnesAreLinked() {
        API.get("/api/intake/audit/entries", """
                {"content": [%s], "page": {"size": 50, "number": 2, "totalElements": 101, "totalPages": 3}}"""
                .formatted(ENTRY.formatted(101, "null", 7)));
        API.get("/api/intake/audit/verification", """
                {"intact": true, "entriesChecked": 101, "lanes": 1, "firstBrokenLink": null}""");

        Document page = page(mvc.get().uri("/audit").with(auditor()).exchange());

        assertThat(API.received("GET", "/api/intake/audit/entries")).extracting(sent -> sent.query())
                .containsExactly("size=50&page=0", "size=50&page=2");
        assertThat(page.selectFirst("nav.pages a").attr("href")).isEqualTo("/audit?stage=intake&page=1");
        assertThat(page.selectFirst("table.audit caption").text()).isEqualTo("Page 3 of 3, oldest first");
    }
}
