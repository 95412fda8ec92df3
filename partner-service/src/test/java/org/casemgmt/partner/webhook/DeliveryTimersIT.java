package org.casemgmt.partner.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.casemgmt.platform.testing.StageApi;
import org.casemgmt.platform.testing.TimerInstances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deliveries are the documents' durable timers: made while no instance of the service sends anything, they are sent
 * once when instances start again, however many start.
 */
class DeliveryTimersIT extends WebhookIntegrationTestBase {

    @RegisterExtension
    final TimerInstances instances = new TimerInstances();

    @Test
    void aDeliveryDueWhileNoInstanceSendsIsSentOnceWhenInstancesStart() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.answering(200)) {
            instances.stopTheServicesOwn();
            String webhookId = registered(agency, receiver.url(), "case.opened")[0];
            publishToFeed(agency, "case.opened", "case-1", "{\"caseId\":\"case-1\"}");
            await().atMost(Duration.ofSeconds(30)).until(() -> StageApi.body(deliveries(agency, webhookId,
                    "?status=PENDING")).contains("case-1"));
            Thread.sleep(1_000);
            assertThat(receiver.received()).as("nothing sent while no instance runs").isEmpty();

            instances.startAnother();
            instances.startAnother();

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
            Thread.sleep(1_500);
            assertThat(receiver.received()).hasSize(1);
            assertThat(StageApi.read(deliveries(agency, webhookId, ""), "$[0].status")).isEqualTo("DELIVERED");
        }
    }
}
