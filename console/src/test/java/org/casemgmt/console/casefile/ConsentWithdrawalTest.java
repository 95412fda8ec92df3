package org.casemgmt.console.casefile;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The client takes their consent back, recorded from the banner that says what it covers. */
class ConsentWithdrawalTest extends ConsoleWebTest {

    @BeforeEach
    void aCaseWithAConsentInForce() {
        API.get("/api/intake/intakes/case-1", """
                {"id": "case-1", "clientId": "client-1", "status": "OPENED", "programId": "housing-first",
                 "riskLevel": "MEDIUM", "priority": "HIGH", "decidedAt": "2026-09-01T09:00:00Z",
                 "caseManager": "worker.alex",
                 "consents": [{"id": "k-1", "givenAt": "2026-09-01T09:00:00Z", "expiresAt": "2027-09-01T00:00:00Z",
                               "withdrawn": false, "sharedWithAgencyIds": ["agency-north", "shelter-north"]}]}""");
        API.get("/api/intake/clients/client-1", """
                {"id": "client-1", "givenName": "María", "familyName": "García"}""");
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

        MvcTestResult result = mvc.post().uri("/cases/case-1/consents/k-1/withdrawal").with(caseWorker()).with(csrf())
                .param("reason", "Does not want the shelter to know").exchange();

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
