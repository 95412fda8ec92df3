package org.casemgmt.partner.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casemgmt.platform.testing.StageApi;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/** Registering, reading, disabling and deleting webhooks; the URL check at the door. */
class WebhookRegistrationIT extends WebhookIntegrationTestBase {

    @Test
    void theSecretIsShownOnceWhenTheWebhookIsRegistered() {
        MvcTestResult registered = register(partnerSystem(agency), "https://127.0.0.1:9443/hooks", "case.opened",
                "consent.ended");

        assertThat(registered.getResponse().getStatus()).as(StageApi.body(registered)).isEqualTo(201);
        String id = StageApi.read(registered, "$.id");
        assertThat(registered.getResponse().getHeader("Location")).endsWith("/api/partners/webhooks/" + id);
        assertThat(StageApi.read(registered, "$.secret")).startsWith("whsec_");
        assertThat(StageApi.read(registered, "$.status")).isEqualTo("ACTIVE");
        assertThat(StageApi.read(registered, "$.createdBy")).isEqualTo(agency + "-system");
        MvcTestResult read = api.get(WEBHOOKS + "/" + id, admin(agency));
        assertThat(read.getResponse().getStatus()).isEqualTo(200);
        assertThat(StageApi.read(read, "$.secret")).isNull();
        assertThat(JsonPath.<List<String>>read(StageApi.body(read), "$.eventTypes"))
                .containsExactlyInAnyOrder("case.opened", "consent.ended");
    }

    @Test
    void aPartnerSeesOnlyItsOwnWebhooks() {
        String ours = registered(agency, "https://127.0.0.1:9443/ours", "*")[0];
        String theirs = registered(agency + "-other", "https://127.0.0.1:9443/theirs", "*")[0];

        assertThat(JsonPath.<List<String>>read(StageApi.body(api.get(WEBHOOKS, partnerSystem(agency))), "$[*].id"))
                .containsExactly(ours);
        assertThat(api.get(WEBHOOKS + "/" + theirs, partnerSystem(agency)).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.post(WEBHOOKS + "/" + theirs + "/disabling", admin(agency), "").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(api.get(WEBHOOKS + "/" + theirs + "/deliveries", admin(agency)).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aNonHttpsUrlIsRefusedWithAProblemNamingWhy() {
        MvcTestResult refused = register(partnerSystem(agency), "http://93.184.216.34/hooks", "*");

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(refused.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(StageApi.read(refused, "$.type")).isEqualTo("urn:casemgmt:problem:unsafe-webhook-url");
        assertThat(StageApi.read(refused, "$.reason")).isEqualTo("not-https");
    }

    @Test
    void privateLinkLocalAndUserinfoUrlsAreRefused() {
        assertThat(reasonFor("https://10.0.0.7/hooks")).isEqualTo("private-address");
        assertThat(reasonFor("https://192.168.1.20/hooks")).isEqualTo("private-address");
        assertThat(reasonFor("https://169.254.169.254/latest/meta-data")).isEqualTo("link-local-address");
        assertThat(reasonFor("https://partner:pw@127.0.0.1/hooks")).isEqualTo("userinfo-in-url");
        assertThat(JsonPath.<List<String>>read(StageApi.body(api.get(WEBHOOKS, partnerSystem(agency))), "$"))
                .as("nothing registered").isEmpty();
    }

    @Test
    void aDisabledWebhookCanBeEnabledAgainAndADeletedOneIsGone() {
        String id = registered(agency, "https://127.0.0.1:9443/hooks", "*")[0];

        MvcTestResult disabled = api.post(WEBHOOKS + "/" + id + "/disabling", admin(agency), "");
        assertThat(StageApi.read(disabled, "$.status")).isEqualTo("DISABLED");
        MvcTestResult enabled = api.post(WEBHOOKS + "/" + id + "/enabling", partnerSystem(agency), "");
        assertThat(StageApi.read(enabled, "$.status")).isEqualTo("ACTIVE");

        assertThat(mvc.delete().uri(WEBHOOKS + "/" + id).header("Authorization", admin(agency)).exchange()
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(api.get(WEBHOOKS + "/" + id, admin(agency)).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aRegistrationNamesItsUrlAndAtLeastOneType() {
        MvcTestResult noTypes = api.post(WEBHOOKS, partnerSystem(agency),
                "{\"url\": \"https://127.0.0.1/hooks\", \"eventTypes\": []}");

        assertThat(noTypes.getResponse().getStatus()).isEqualTo(400);
        assertThat(StageApi.read(noTypes, "$.type")).isEqualTo("urn:casemgmt:problem:validation-failed");
    }

    private String reasonFor(String url) {
        MvcTestResult refused = register(admin(agency), url, "*");
        assertThat(refused.getResponse().getStatus()).as(url).isEqualTo(400);
        return StageApi.read(refused, "$.reason");
    }
}
