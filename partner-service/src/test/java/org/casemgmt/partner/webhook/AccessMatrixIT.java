package org.casemgmt.partner.webhook;

import static org.awaitility.Awaitility.await;
import static org.casemgmt.platform.testing.AccessMatrix.OK;
import static org.casemgmt.platform.testing.AccessMatrix.row;

import java.io.IOException;
import java.time.Duration;
import java.util.stream.Stream;

import org.casemgmt.platform.testing.AccessMatrix;
import org.casemgmt.platform.testing.StageApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what over the webhook endpoints: the table of {@link AccessMatrix}, the home agency being the partner.
 * Its administrator manages its webhooks; so does a provider token, the partner system's own client credentials, but
 * the matrix's provider is of another agency, so it registers and lists its own and gets 404 for the partner's.
 * Case workers, supervisors and auditors manage no webhooks.
 */
class AccessMatrixIT extends WebhookIntegrationTestBase {

    private static final String NO = "403";
    private static final String MISSING = "404";

    /**
     * endpoint, method, path with {webhook}, {delivery} placeholders, body, then the answers for WORKER, SUPERVISOR,
     * ADMIN, PROVIDER, AUDITOR, OTHER_AGENCY_WORKER.
     */
    static Stream<AccessMatrix.Row> matrix() {
        String webhook = WEBHOOKS + "/{webhook}";
        return Stream.of(
                row("register a webhook", "POST", WEBHOOKS,
                        "{\"url\": \"https://127.0.0.1:9443/%s\", \"eventTypes\": [\"*\"]}", NO, NO, OK, OK, NO, NO),
                row("list webhooks", "GET", WEBHOOKS, null, NO, NO, OK, OK, NO, NO),
                row("read a webhook", "GET", webhook, null, NO, NO, OK, MISSING, NO, NO),
                row("disable a webhook", "POST", webhook + "/disabling", null, NO, NO, OK, MISSING, NO, NO),
                row("enable a webhook", "POST", webhook + "/enabling", null, NO, NO, OK, MISSING, NO, NO),
                row("list deliveries", "GET", webhook + "/deliveries?status=DELIVERED", null,
                        NO, NO, OK, MISSING, NO, NO),
                row("redeliver", "POST", webhook + "/deliveries/{delivery}/redelivery", null,
                        NO, NO, OK, MISSING, NO, NO),
                row("replay", "POST", webhook + "/replays", "{\"from\": \"2026-01-01T00:00:00Z\"}",
                        NO, NO, OK, MISSING, NO, NO),
                row("delete a webhook", "DELETE", webhook, null, NO, NO, OK, MISSING, NO, NO),
                row("read the audit trail", "GET", "/api/partners/audit/entries", null, NO, NO, NO, NO, OK, NO));
    }

    private LocalReceiver receiver;
    private String webhookId;

    @BeforeEach
    void aWebhookOfThePartner() throws IOException {
        receiver = LocalReceiver.answering(200);
        webhookId = registered(agency, receiver.url(), "*")[0];
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyoneGetsWhatTheirRoleAndAgencyAllow(AccessMatrix.Row row) {
        String deliveryId = row.path().contains("{delivery}") ? aDelivery() : null;
        new AccessMatrix(mvc, agency).check(row, text -> text.replace("{webhook}", webhookId)
                .replace("{delivery}", String.valueOf(deliveryId)));
    }

    private String aDelivery() {
        publishToFeed(agency, "case.opened", "case-1", "{\"caseId\":\"case-1\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> StageApi.body(deliveries(agency, webhookId, ""))
                .contains("case-1"));
        return StageApi.read(deliveries(agency, webhookId, ""), "$[0].id");
    }
}
