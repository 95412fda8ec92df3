package org.casemgmt.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.KafkaStreams;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.partner.webhook.SampleReceiver;
import org.casemgmt.platform.testing.StageApi;
import org.casemgmt.platform.testing.StageIntegrationTest;
import org.casemgmt.platform.testing.TopicProbe;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;

/**
 * The promise end to end, both channels at once: the feed's topology running on the broker, and a webhook
 * registered by shelter-north's own system with a receiver that trusts only what its signature verifies. A client's
 * withdrawal ends its case on the shelter's feed and webhook alike, with one consent.ended each; a case whose consent
 * shares with another partner (harbour-house, configured here beside shelter-north) never reaches the shelter on
 * either. Harbour-house's feed is the proof that the topology did read that case's events, and read past the event
 * that followed the withdrawal. A context of its own (its state directory's name), since the webhook tests keep the
 * topology stopped.
 */
@TestPropertySource(properties = {"webhooks.allow-loopback=true", "webhooks.retry-schedule=1s,1s,1s",
        "webhooks.topic-discovery=500ms", "casemgmt.timers.poll-interval=200ms",
        "partner.partners.harbour-house.stages=intake,planning", "spring.kafka.streams.auto-startup=false",
        "spring.kafka.streams.state-dir=${java.io.tmpdir}/partner-both-channels-it-${random.uuid}"})
class ConsentEndsBothChannelsIT extends StageIntegrationTest {

    private static final String SHELTER = "shelter-north";
    private static final String OTHER_PARTNER = "harbour-house";
    private static final String SHELTER_FEED = EventCatalog.partnerFeed(SHELTER);
    private static final String OTHER_FEED = EventCatalog.partnerFeed(OTHER_PARTNER);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Long enough for a record the topology had written to reach the webhook: topic discovery, timers, a send. */
    private static final Duration QUIET = Duration.ofSeconds(4);

    @Autowired
    StreamsBuilderFactoryBean streams;

    private final String caseA = UUID.randomUUID().toString();
    private final String consentA = UUID.randomUUID().toString();
    private final String caseB = UUID.randomUUID().toString();
    private final List<String> verified = new CopyOnWriteArrayList<>();
    private StageApi api;
    private HttpServer receiver;

    @BeforeEach
    void startTheFeedsOnceTheTopicsExist() throws Exception {
        api = new StageApi(mvc, topics);
        if (!streams.isRunning()) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
                Set<String> missing = new HashSet<>();
                EventCatalog.partnerFeedSources().forEach(type -> missing.add(type.topic()));
                missing.addAll(List.of(SHELTER_FEED, OTHER_FEED, EventCatalog.CONSENT_ENDED.topic()));
                missing.removeAll(admin.listTopics().names().get());
                admin.createTopics(missing.stream().map(topic -> new NewTopic(topic, 1, (short) 1)).toList()).all()
                        .get();
            }
            streams.start();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> streams.getKafkaStreams().state() == KafkaStreams.State.RUNNING);
    }

    @AfterEach
    void stopTheReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aWithdrawalEndsTheCaseOnTheFeedAndTheWebhookAndAnotherAgencysCaseNeverReachesEither() throws Exception {
        String webhookId = registerTheSheltersWebhookWithAVerifyingReceiver();

        String openedA = publish(caseA, EventCatalog.CASE_OPENED, """
                {"caseId":"%s","clientId":"client-a","agencyId":"agency-1","consentScope":
                 {"consentId":"%s","sharedWithAgencyIds":["%s"]},"openedAt":"2027-01-10T09:00:00Z"}"""
                .formatted(caseA, consentA, SHELTER));
        String openedB = publish(caseB, EventCatalog.CASE_OPENED, """
                {"caseId":"%s","clientId":"client-b","agencyId":"agency-1","consentScope":
                 {"consentId":"%s","sharedWithAgencyIds":["%s"]},"openedAt":"2027-01-10T09:00:00Z"}"""
                .formatted(caseB, UUID.randomUUID(), OTHER_PARTNER));
        String goalA = publish(caseA, EventCatalog.GOAL_SET, """
                {"caseId":"%s","goalId":"goal-a"}""".formatted(caseA));
        String goalB = publish(caseB, EventCatalog.GOAL_SET, """
                {"caseId":"%s","goalId":"goal-b"}""".formatted(caseB));

        assertThat(topics.awaitRecords(OTHER_FEED, caseB, 2)).as("case B read, for the agency its consent names")
                .extracting(Received::body).containsExactly(openedB, goalB);
        assertThat(topics.awaitRecords(SHELTER_FEED, caseA, 2)).extracting(Received::body)
                .containsExactly(openedA, goalA);
        await().atMost(PATIENCE).until(() -> verified.size() >= 2);
        assertThat(verified).containsExactlyInAnyOrder(openedA, goalA);
        assertThat(topics.withKey(SHELTER_FEED, caseB)).as("case B on the shelter's feed").isEmpty();

        publish(caseA, EventCatalog.CONSENT_WITHDRAWN, """
                {"caseId":"%s","clientId":"client-a","consentId":"%s","recordedBy":"staff-1","withdrawnAt":"%s"}"""
                .formatted(caseA, consentA, Instant.now()));

        Received ended = topics.awaitRecords(SHELTER_FEED, caseA, 3).get(2);
        assertThat(ended.header("ce_type")).isEqualTo(EventCatalog.CONSENT_ENDED.type());
        assertThat(ended.json().path("consentId").asString()).isEqualTo(consentA);
        assertThat(ended.json().path("agencyId").asString()).isEqualTo(SHELTER);
        assertThat(ended.json().path("reason").asString()).isEqualTo("WITHDRAWN");
        await().atMost(PATIENCE).until(() -> verified.size() >= 3);

        String achievedA = publish(caseA, EventCatalog.GOAL_ACHIEVED, """
                {"caseId":"%s","goalId":"goal-a-after-the-withdrawal"}""".formatted(caseA));
        String achievedB = publish(caseB, EventCatalog.GOAL_ACHIEVED, """
                {"caseId":"%s","goalId":"goal-b-achieved"}""".formatted(caseB));
        // B's goal.achieved follows A's on the same partition: once it is on harbour-house's feed, A's was read too
        topics.awaitRecords(OTHER_FEED, caseB, 3);
        Thread.sleep(QUIET.toMillis());

        assertThat(topics.withKey(SHELTER_FEED, caseA)).as("the shelter's feed for case A, all told")
                .extracting(Received::body).containsExactly(openedA, goalA, ended.body())
                .doesNotContain(achievedA);
        assertThat(topics.withKey(SHELTER_FEED, caseB)).as("case B on the shelter's feed").isEmpty();
        assertThat(topics.withKey(OTHER_FEED, caseB)).extracting(Received::body).last().isEqualTo(achievedB);
        assertThat(verified).as("what the shelter's receiver verified, all told")
                .containsExactlyInAnyOrder(openedA, goalA, ended.body());
        assertThat(JsonPath.<List<String>>read(StageApi.body(deliveries(webhookId)), "$[*].subject"))
                .as("the webhook's deliveries").hasSize(3).containsOnly(caseA);
        assertThat(JsonPath.<List<String>>read(StageApi.body(deliveries(webhookId)), "$[*].status"))
                .as("accepted by the receiver, so signed with the webhook's secret").containsOnly("DELIVERED");
    }

    /**
     * Registered first, to learn the secret; the sample receiver then listens on the port the registration names. A
     * delivery it cannot verify it answers 401, and never records.
     */
    private String registerTheSheltersWebhookWithAVerifyingReceiver() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        MvcTestResult registration = api.post("/api/partners/webhooks", sheltersSystem(),
                "{\"url\": \"http://127.0.0.1:" + port + "/webhooks\", \"eventTypes\": [\"*\"]}");
        assertThat(registration.getResponse().getStatus()).as(StageApi.body(registration)).isEqualTo(201);
        receiver = SampleReceiver.start(port, StageApi.read(registration, "$.secret"), verified::add);
        return StageApi.read(registration, "$.id");
    }

    private MvcTestResult deliveries(String webhookId) {
        return api.get("/api/partners/webhooks/" + webhookId + "/deliveries", sheltersSystem());
    }

    /** Shelter-north's own system, with its client-credentials token. */
    private static String sheltersSystem() {
        return StageApi.bearer(SHELTER + "-system", SHELTER, "PROVIDER");
    }

    /** Publishes as the topic's owner would; answers the body as written. */
    private String publish(String caseId, EventType<?> type, String body) {
        String compact = body.replace("\n", "").replaceAll(" {2,}", "");
        topics.publish(type.topic(), caseId, TopicProbe.cloudEventHeaders(type, UUID.randomUUID().toString(), caseId),
                compact);
        return compact;
    }
}
