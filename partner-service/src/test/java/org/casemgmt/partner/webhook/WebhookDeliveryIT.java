package org.casemgmt.partner.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assertj.core.data.Offset;
import org.bson.Document;
import org.casemgmt.platform.testing.StageApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;

/** Feed records delivered to receivers on loopback: signed, retried, dead-lettered, redelivered, replayed. */
class WebhookDeliveryIT extends WebhookIntegrationTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String BODY = "{\"caseId\":\"case-1\",\"programId\":\"program-1\"}";

    @Autowired
    MongoTemplate mongo;

    @Test
    void aFeedRecordArrivesAsACloudEventSignedWithTheWebhooksSecret() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.answering(204)) {
            String[] webhook = registered(agency, receiver.url(), "case.opened");
            String eventId = publishToFeed(agency, "case.opened", "case-1", BODY);

            await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
            LocalReceiver.Received received = receiver.received().getFirst();
            assertThat(received.body()).isEqualTo(BODY);
            assertThat(received.header("ce-id")).isEqualTo(eventId);
            assertThat(received.header("ce-type")).isEqualTo("org.casemgmt.case.opened.v1");
            assertThat(received.header("ce-subject")).isEqualTo("case-1");
            assertThat(received.header("ce-source")).isEqualTo("/casemgmt/intake-service");
            assertThat(received.header("ce-specversion")).isEqualTo("1.0");
            assertThat(received.header("content-type")).isEqualTo("application/json");
            assertThat(received.header("traceparent")).as("the platform's own trace stays inside").isNull();
            String id = received.header("webhook-id");
            long timestamp = Long.parseLong(received.header("webhook-timestamp"));
            assertThat(timestamp).isCloseTo(Instant.now().getEpochSecond(), Offset.offset(30L));
            assertThat(received.header("webhook-signature"))
                    .isEqualTo(WebhookSignature.sign(webhook[1], id, timestamp, BODY));
            await().atMost(PATIENCE).until(() -> "DELIVERED".equals(statusOf(agency, webhook[0], eventId)));
            MvcTestResult delivered = deliveries(agency, webhook[0], "");
            assertThat(StageApi.read(delivered, "$[0].id")).isEqualTo(id);
            assertThat(StageApi.read(delivered, "$[0].subject")).isEqualTo("case-1");
        }
    }

    @Test
    void theSampleReceiverAcceptsAGenuineDelivery() throws Exception {
        List<String> verified = new CopyOnWriteArrayList<>();
        // registered first, to learn the secret; the receiver then listens on the port the registration names
        try (LocalReceiver placeholder = LocalReceiver.answering(503)) {
            int port = URI.create(placeholder.url()).getPort();
            String[] webhook = registered(agency, placeholder.url(), "*");
            placeholder.close();
            HttpServer sample = SampleReceiver.start(port, webhook[1], verified::add);
            try {
                publishToFeed(agency, "consent.ended", "case-9", "{\"caseId\":\"case-9\"}");

                await().atMost(PATIENCE).until(() -> verified.size() == 1);
                assertThat(verified).containsExactly("{\"caseId\":\"case-9\"}");
            } finally {
                sample.stop(0);
            }
        }
    }

    @Test
    void aReceiverAnsweringFiveHundredGetsRetriesUntilItAccepts() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.answering(500, 500, 200)) {
            String[] webhook = registered(agency, receiver.url(), "org.casemgmt.goal.set.v1");
            String eventId = publishToFeed(agency, "goal.set", "case-2", "{\"caseId\":\"case-2\"}");

            await().atMost(PATIENCE).until(() -> "DELIVERED".equals(statusOf(agency, webhook[0], eventId)));
            assertThat(receiver.received()).hasSize(3)
                    .extracting(r -> r.header("webhook-id")).as("the same message id on every attempt")
                    .containsOnly(receiver.received().getFirst().header("webhook-id"));
            MvcTestResult delivered = deliveries(agency, webhook[0], "?status=DELIVERED");
            assertThat(StageApi.read(delivered, "$[0].attempts")).isEqualTo("3");
            assertThat(StageApi.read(delivered, "$[0].lastResponseCode")).isEqualTo("200");
            assertThat(StageApi.read(delivered, "$[0].nextAttemptAt")).isNull();
        }
    }

    @Test
    void aDeliveryNeverAcceptedIsDeadLetteredAndCanBeRedelivered() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.answering(503)) {
            String[] webhook = registered(agency, receiver.url(), "referral.requested");
            String eventId = publishToFeed(agency, "referral.requested", "case-3", "{\"caseId\":\"case-3\"}");

            await().atMost(PATIENCE).until(() -> "DEAD_LETTERED".equals(statusOf(agency, webhook[0], eventId)));
            MvcTestResult dead = deliveries(agency, webhook[0], "?status=DEAD_LETTERED");
            assertThat(StageApi.read(dead, "$[0].attempts")).isEqualTo("4");
            assertThat(StageApi.read(dead, "$[0].lastResponseCode")).isEqualTo("503");
            assertThat(receiver.received()).hasSize(4);
            String deliveryId = StageApi.read(dead, "$[0].id");

            receiver.answerFromNowOn(200);
            MvcTestResult redelivery = api.post(WEBHOOKS + "/" + webhook[0] + "/deliveries/" + deliveryId
                    + "/redelivery", partnerSystem(agency), "");
            assertThat(redelivery.getResponse().getStatus()).as(StageApi.body(redelivery)).isEqualTo(200);
            assertThat(StageApi.read(redelivery, "$.status")).isEqualTo("PENDING");

            await().atMost(PATIENCE).until(() -> "DELIVERED".equals(statusOf(agency, webhook[0], eventId)));
            assertThat(receiver.received()).hasSize(5);
            MvcTestResult again = api.post(WEBHOOKS + "/" + webhook[0] + "/deliveries/" + deliveryId
                    + "/redelivery", partnerSystem(agency), "");
            assertThat(again.getResponse().getStatus()).isEqualTo(409);
            assertThat(StageApi.body(again)).contains("delivery-not-dead-lettered");
        }
    }

    @Test
    void aRecordReadAgainMakesNoSecondDelivery() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.answering(200)) {
            String[] webhook = registered(agency, receiver.url(), "case.opened");
            String eventId = publishToFeed(agency, "case.opened", "case-4", BODY);
            publishToFeed(agency, eventId, "case.opened", "case-4", BODY);
            publishToFeed(agency, "goal.set", "case-4", "{}");
            String last = publishToFeed(agency, "case.opened", "case-5", BODY);

            await().atMost(PATIENCE).until(() -> "DELIVERED".equals(statusOf(agency, webhook[0], last)));
            Thread.sleep(500);
            assertThat(receiver.received()).extracting(r -> r.header("ce-id")).containsExactly(eventId, last);
        }
    }

    @Test
    void aWebhookOfAnotherAgencyNeverReceivesThisPartnersFeed() throws Exception {
        String other = agency + "-other";
        try (LocalReceiver ours = LocalReceiver.answering(200); LocalReceiver theirs = LocalReceiver.answering(200)) {
            String[] ourWebhook = registered(agency, ours.url(), "*");
            String[] theirWebhook = registered(other, theirs.url(), "*");
            String eventId = publishToFeed(agency, "case.opened", "case-6", BODY);
            String theirEvent = publishToFeed(other, "case.opened", "case-7", BODY);

            await().atMost(PATIENCE).until(() -> "DELIVERED".equals(statusOf(agency, ourWebhook[0], eventId))
                    && "DELIVERED".equals(statusOf(other, theirWebhook[0], theirEvent)));
            Thread.sleep(500);
            assertThat(ours.received()).extracting(r -> r.header("ce-id")).containsExactly(eventId);
            assertThat(theirs.received()).extracting(r -> r.header("ce-id")).containsExactly(theirEvent);
            List<Document> made = mongo.find(new Query(Criteria.where("request.headers.ce-id").is(eventId)),
                    Document.class, WebhookDelivery.COLLECTION);
            assertThat(made).as("a delivery of a feed record only to a webhook of the feed's own agency")
                    .extracting(d -> d.getString("agencyId")).containsExactly(agency);
            assertThat(JsonPath.<List<String>>read(StageApi.body(deliveries(other, theirWebhook[0], "")),
                    "$[*].eventId")).containsExactly(theirEvent);
        }
    }

    @Test
    void aReplayDeliversWhatTheFeedHeldSinceTheMomentAgain() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.answering(200); LocalReceiver probe = LocalReceiver.answering(200)) {
            registered(agency, probe.url(), "*");
            String early = publishToFeed(agency, "case.opened", "case-8", BODY);
            Thread.sleep(50);
            Instant from = Instant.now();
            Thread.sleep(50);
            String later = publishToFeed(agency, "goal.set", "case-8", "{\"caseId\":\"case-8\"}");
            String unwanted = publishToFeed(agency, "assessment.scored", "case-8", "{\"caseId\":\"case-8\"}");
            // the feed read so far, so that the webhook registered next gets these by the replay alone
            await().atMost(PATIENCE).until(() -> probe.received().size() == 3);
            String[] webhook = registered(agency, receiver.url(), "case.opened", "goal.set");
            String liveAfterRegistration = publishToFeed(agency, "goal.set", "case-8", "{}");
            await().atMost(PATIENCE).until(() -> "DELIVERED".equals(statusOf(agency, webhook[0],
                    liveAfterRegistration)));

            MvcTestResult replay = api.post(WEBHOOKS + "/" + webhook[0] + "/replays", partnerSystem(agency),
                    "{\"from\": \"" + from + "\"}");

            assertThat(replay.getResponse().getStatus()).as(StageApi.body(replay)).isEqualTo(202);
            assertThat(StageApi.read(replay, "$.recordsRead")).isEqualTo("3");
            assertThat(StageApi.read(replay, "$.deliveriesMade")).isEqualTo("2");
            String replayId = StageApi.read(replay, "$.replayId");
            await().atMost(PATIENCE).until(() -> receiver.received().size() == 3);
            assertThat(receiver.received()).extracting(r -> r.header("ce-id"))
                    .containsExactlyInAnyOrder(liveAfterRegistration, later, liveAfterRegistration)
                    .doesNotContain(early, unwanted);
            assertThat(JsonPath.<List<String>>read(StageApi.body(deliveries(agency, webhook[0], "")),
                    "$[?(@.replayId == '" + replayId + "')].eventId"))
                    .containsExactlyInAnyOrder(later, liveAfterRegistration);
        }
    }

    private String statusOf(String agency, String webhookId, String eventId) {
        List<String> statuses = JsonPath.read(StageApi.body(deliveries(agency, webhookId, "")),
                "$[?(@.eventId == '" + eventId + "' && @.replayId == null)].status");
        return statuses.isEmpty() ? "NONE" : statuses.getFirst();
    }
}
