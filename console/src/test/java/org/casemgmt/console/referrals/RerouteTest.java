package org.casemgmt.console.referrals;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A referral the provider declined, or nobody answered, sent on to the next provider from the case page. */
class RerouteTest extends ConsoleWebTest {

    @BeforeEach
    void aCaseWithReferralsInEveryState() {
        anOpenCase();
        API.get("/api/referral/referrals", """
                {"content": [
                  %s, %s, %s, %s]}""".formatted(referral("r-declined", "rejected", null),
                referral("r-expired", "cancelled", null), referral("r-done", "rejected", "r-next"),
                referral("r-next", "requested", null)));
    }

    private static String referral(String id, String status, String reroutedTo) {
        return """
                {"id": "%s", "version": 3, "status": "%s", "serviceName": "Transitional housing",
                 "organizationName": "Shelter North", "escalated": false, "outcome": null,
                 "respondBy": "2026-12-09T10:00:00Z", "reroutedToReferralId": %s}"""
                .formatted(id, status, reroutedTo == null ? "null" : "\"" + reroutedTo + "\"");
    }

    @Test
    void onlyADeclinedOrUnansweredReferralNotYetSentOnOffersTheNextProvider() {
        Document page = page(mvc.get().uri("/cases/case-1").with(caseWorker()).exchange());

        assertThat(page.select("#referrals form[action$=/reroute]").eachAttr("action")).containsExactly(
                "/cases/case-1/referrals/r-declined/reroute", "/cases/case-1/referrals/r-expired/reroute");
        assertThat(page.selectFirst("#referrals form[action$=/reroute] button").text())
                .isEqualTo("Refer to the next provider");
    }

    @Test
    void theRerouteIsSentWithTheReferralsVersionAndACaseRefusalShowsInTheReferrals() {
        API.answer("POST", "/api/referral/referrals/r-declined/reroute", 409, """
                {"type": "urn:casemgmt:problem:no-provider-to-reroute-to", "title": "No provider to re-route to",
                 "status": 409, "detail": "Every service for this goal was tried or has no capacity now"}""");

        MvcTestResult result = submit(caseWorker(), "/cases/case-1/referrals/r-declined/reroute", "version", "3");

        assertThat(result).hasStatusOk();
        assertThat(page(result).selectFirst("#referrals #problem").text())
                .contains("No provider to re-route to", "Every service for this goal was tried");
        assertThat(API.received("POST", "/api/referral/referrals/r-declined/reroute")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).isEqualTo("{\"version\":3}"));
    }

    @Test
    void aReroutedReferralReturnsToTheCasesReferrals() {
        API.answer("POST", "/api/referral/referrals/r-expired/reroute", 201, """
                {"id": "r-new", "status": "requested", "replacesReferralId": "r-expired"}""");

        MvcTestResult result = submit(caseWorker(), "/cases/case-1/referrals/r-expired/reroute", "version", "3");

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/cases/case-1#referrals");
    }
}
