package org.casemgmt.partner.webhook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.casemgmt.platform.testing.StageApi;
import org.casemgmt.platform.testing.StageIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the webhook integration tests start from: retries a second apart (four attempts, then the dead letter), new
 * feed topics noticed within half a second, timers looked for every 200 ms. The feed builder's topology is not started:
 * the tests write the feed topics as it would. Each test works for an agency of its own, so that its feed topic and
 * webhooks are its alone.
 */
@TestPropertySource(properties = {"webhooks.retry-schedule=1s,1s,1s", "webhooks.topic-discovery=500ms",
        "casemgmt.timers.poll-interval=200ms", "spring.kafka.streams.auto-startup=false",
        "spring.kafka.streams.state-dir=${java.io.tmpdir}/partner-webhook-it-${random.uuid}"})
abstract class WebhookIntegrationTestBase extends StageIntegrationTest {

    static final String WEBHOOKS = "/api/partners/webhooks";

    StageApi api;
    String agency;

    @BeforeEach
    void anAgencyOfItsOwn() {
        api = new StageApi(mvc, topics);
        agency = "partner-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The partner's own system, with its client-credentials token. */
    static String partnerSystem(String agency) {
        return StageApi.bearer(agency + "-system", agency, "PROVIDER");
    }

    static String admin(String agency) {
        return StageApi.bearer("admin-of-" + agency, agency, "AGENCY_ADMIN");
    }

    MvcTestResult register(String authorization, String url, String... types) {
        return api.post(WEBHOOKS, authorization, "{\"url\": \"" + url + "\", \"eventTypes\": [\""
                + String.join("\", \"", types) + "\"]}");
    }

    /** Registers and answers the registration's id and secret. */
    String[] registered(String agency, String url, String... types) {
        MvcTestResult result = register(partnerSystem(agency), url, types);
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("registration refused: " + StageApi.body(result));
        }
        return new String[] {StageApi.read(result, "$.id"), StageApi.read(result, "$.secret")};
    }

    /** A record of a topic's events on the agency's feed, as the feed builder writes it; answers its event id. */
    String publishToFeed(String agency, String topic, String caseId, String body) {
        String eventId = UUID.randomUUID().toString();
        publishToFeed(agency, eventId, topic, caseId, body);
        return eventId;
    }

    void publishToFeed(String agency, String eventId, String topic, String caseId, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_id", eventId);
        headers.put("ce_type", "org.casemgmt." + topic + ".v1");
        headers.put("ce_source", "/casemgmt/intake-service");
        headers.put("ce_subject", caseId);
        headers.put("ce_time", Instant.now().toString());
        headers.put("ce_specversion", "1.0");
        headers.put("content-type", "application/json");
        headers.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        topics.publish(PartnerFeedTopic.of(agency).name(), caseId, headers, body);
    }

    MvcTestResult deliveries(String agency, String webhookId, String query) {
        return api.get(WEBHOOKS + "/" + webhookId + "/deliveries" + query, partnerSystem(agency));
    }
}
