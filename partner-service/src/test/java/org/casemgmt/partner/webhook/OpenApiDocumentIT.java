package org.casemgmt.partner.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.casemgmt.platform.testing.StageOpenApiDocumentTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * What the webhook endpoints promise in partner-service's OpenAPI document, beyond what every stage's says. The
 * properties are the other webhook integration tests', so that they all share one Spring context.
 */
@TestPropertySource(properties = {"webhooks.retry-schedule=1s,1s,1s", "webhooks.topic-discovery=500ms",
        "casemgmt.timers.poll-interval=200ms", "spring.kafka.streams.auto-startup=false",
        "spring.kafka.streams.state-dir=${java.io.tmpdir}/partner-webhook-it-${random.uuid}"})
class OpenApiDocumentIT extends StageOpenApiDocumentTest {

    @Test
    void aRegistrationIsA201ThatMayBeRefusedForItsUrl() {
        String webhooks = "$.paths['/api/partners/webhooks']";
        assertThat(document.read(webhooks + ".post.responses", Map.class)).containsKeys("201", "400", "403");
        assertThat(document.read(webhooks + ".post.responses.400.description", String.class))
                .contains("unsafe-webhook-url", "private-address", "not-https");
        assertThat(document.read("$.paths", Map.class)).containsKeys("/api/partners/webhooks/{webhookId}",
                "/api/partners/webhooks/{webhookId}/deliveries",
                "/api/partners/webhooks/{webhookId}/deliveries/{deliveryId}/redelivery",
                "/api/partners/webhooks/{webhookId}/replays", "/api/partners/webhooks/{webhookId}/disabling");
        assertThat(document.read("$.paths['/api/partners/webhooks/{webhookId}/replays'].post.responses", Map.class))
                .containsKeys("202", "404");
    }

    @Test
    void everyErrorOfTheApiIsAProblemDocument() {
        assertThat(document.errorsThatAreNoProblemDocument()).isEmpty();
    }
}
