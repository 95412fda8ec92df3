package org.casemgmt.console.casefile;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The client takes their consent back, recorded from the banner that says what it covers. */
class ConsentWithdrawalTest extends ConsoleWebTest {

    @BeforeEach
    void aCaseWithAConsentInForce() {
        anOpenCase("""
                [{"id": "k-1", "givenAt": "2026-09-01T09:00:00Z", "expiresAt": "2027-09-01T00:00:00Z",
                  "withdrawn": false, "sharedWithAgencyIds": ["agency-north", "shelter-north"]}]""");
    }

    @Test
    void theBannerOffersToRecordTheWithdrawalOfTheConsentInForce() {
        Document page = page(mvc.get().uri("/cases/case-1").with(caseWorker()).exchange());

        assertThat(page.selectFirst("#consent-banner p").text()).contains("agency-north, shelter-north");
        assertThat(page.selectFirst("#withdraw-consent form").attr("action"))
                .isEqualTo("/cases/case-1/consents/k-1/withdrawal");
        assertThat(page.selectFirst("label[for=withdrawal-reason]").text()).isEqualTo("Why, in the client's words");
    }

    @Test
    void theWithdrawalIsSentWithTheReasonAndTheCasePageSaysWhatFollows() {
        API.answer("POST", "/api/intake/intakes/case-1/consents/k-1/withdrawal", 200, """
                {"id": "k-1", "withdrawn": true}""");

        MvcTestResult result = submit(caseWorker(), "/cases/case-1/consents/k-1/withdrawal", "reason",
                "Does not want the shelter to know");

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/cases/case-1#consent-banner");
        assertThat(result).flash().containsEntry("notice", "Consent withdrawn: referrals it covered are cancelled.");
        assertThat(API.received("POST", "/api/intake/intakes/case-1/consents/k-1/withdrawal")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).isEqualTo("{\"reason\":\"Does not want the shelter to know\"}"));
    }

    @Test
    void aProviderIsOfferedNoWithdrawal() {
        Document page = page(mvc.get().uri("/cases/case-1").with(provider()).exchange());

        assertThat(page.select("#withdraw-consent")).isEmpty();
    }
}
