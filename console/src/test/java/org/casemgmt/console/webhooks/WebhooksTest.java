package org.casemgmt.console.webhooks;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** An agency administrator registers, disables and inspects the webhooks that deliver the agency's partner feed. */
class WebhooksTest extends ConsoleWebTest {

    @BeforeEach
    void oneWebhook() {
        API.get("/api/partners/webhooks", """
                [{"id": "wh-1", "url": "https://partner.example/hooks", "eventTypes": ["case.opened", "case.closed"],
                  "status": "ACTIVE", "createdBy": "admin.ada", "createdAt": "2026-11-01T09:00:00Z", "version": 1}]""");
    }

    private RequestPostProcessor admin() {
        return signedInAs("admin.ada", "agency-north", "AGENCY_ADMIN");
    }

    @Test
    void theWebhooksAndTheDeliveriesOfOneAreListedADeadLetteredOneToSendAgain() {
        API.get("/api/partners/webhooks/wh-1/deliveries", """
                [{"id": "d-2", "eventType": "org.casemgmt.case.closed.v1", "subject": "case-9", "status": "DEAD_LETTERED",
                  "attempts": 8, "lastResponseCode": 503},
                 {"id": "d-1", "eventType": "org.casemgmt.case.opened.v1", "subject": "case-9", "status": "DELIVERED",
                  "attempts": 1, "lastResponseCode": 200}]""");

        Document page = page(mvc.get().uri("/webhooks?deliveriesOf=wh-1").with(admin()).exchange());

        assertThat(page.selectFirst("#webhook-wh-1").text()).contains("https://partner.example/hooks",
                "case.opened, case.closed", "active", "Disable");
        assertThat(page.select("#deliveries tbody tr")).extracting(row -> row.text()).containsExactly(
                "org.casemgmt.case.closed.v1 case-9 given up (8 attempts) 503 Send again",
                "org.casemgmt.case.opened.v1 case-9 delivered (1 attempt) 200");
        assertThat(page.selectFirst("#deliveries form").attr("action"))
                .isEqualTo("/webhooks/wh-1/deliveries/d-2/redelivery");
        assertThat(page.selectFirst("nav a[href=/webhooks]").text()).isEqualTo("Webhooks");
    }

    @Test
    void aRegistrationSendsTheEventTypesTypedAndTheSecretIsShownOnTheNextPageOnly() {
        API.answer("POST", "/api/partners/webhooks", 201, """
                {"id": "wh-2", "url": "https://crm.example/in", "eventTypes": ["referral.requested", "*"],
                 "status": "ACTIVE", "secret": "whsec_abc123"}""");

        MvcTestResult result = mvc.post().uri("/webhooks").with(admin()).with(csrf())
                .param("url", "https://crm.example/in").param("eventTypes", " referral.requested, *,,").exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/webhooks");
        assertThat(result).flash().containsEntry("secret", "whsec_abc123");
        assertThat(API.received("POST", "/api/partners/webhooks")).singleElement().satisfies(sent -> assertThat(
                sent.body()).isEqualTo("{\"url\":\"https://crm.example/in\",\"eventTypes\":[\"referral.requested\",\"*\"]}"));
        assertThat(page(mvc.get().uri("/webhooks").with(admin()).exchange()).select("#webhook-secret")).isEmpty();
    }

    @Test
    void anUnsafeAddressIsRefusedBesideTheFieldWithWhatWasTyped() {
        API.answer("POST", "/api/partners/webhooks", 400, """
                {"type": "urn:casemgmt:problem:unsafe-webhook-url", "title": "The webhook's address is refused",
                 "status": 400, "detail": "It resolves to a private address", "reason": "private-address",
                 "errors": [{"field": "url", "message": "resolves to a private address"}]}""");

        Document page = page(mvc.post().uri("/webhooks").with(admin()).with(csrf())
                .param("url", "https://10.0.0.5/hook").param("eventTypes", "*").exchange());

        assertThat(page.selectFirst("#url-error").text()).isEqualTo("Error: resolves to a private address");
        assertThat(page.selectFirst("#url").val()).isEqualTo("https://10.0.0.5/hook");
    }

    @Test
    void disablingAndDeletingAreSentAsThePlatformNamesThem() {
        API.answer("POST", "/api/partners/webhooks/wh-1/disabling", 200, "{}");
        API.answer("DELETE", "/api/partners/webhooks/wh-1", 204, "");

        assertThat(mvc.post().uri("/webhooks/wh-1/disabling").with(admin()).with(csrf()).exchange())
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/webhooks");
        assertThat(mvc.post().uri("/webhooks/wh-1/deletion").with(admin()).with(csrf()).exchange())
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/webhooks");
        assertThat(mvc.post().uri("/webhooks/wh-1/renaming").with(admin()).with(csrf()).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(API.received("DELETE", "/api/partners/webhooks/wh-1")).hasSize(1);
    }
}
