package org.casemgmt.partner.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.platform.testing.EmbeddedPlatformTest;
import org.casemgmt.platform.testing.TopicProbe;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * The feeds on a real broker: a case's events reach shelter-north's feed while its consent shares with the shelter,
 * the withdrawal sends one consent.ended and nothing follows, and a partner replays its feed from a time with a plain
 * consumer's offsets for times (what kcat's {@code -o s@<ms>} does). The topology starts once the topics exist, as
 * the launcher creates them before any service starts.
 */
@EmbeddedPlatformTest(properties = {"casemgmt.privacy.allow-development-key=true",
        "spring.kafka.streams.auto-startup=false",
        "spring.kafka.streams.state-dir=${java.io.tmpdir}/partner-feed-it-${random.uuid}"})
class PartnerFeedIT {

    private static final String FEED = EventCatalog.partnerFeed("shelter-north");

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    StreamsBuilderFactoryBean streams;

    private TopicProbe topics;
    private final String caseId = UUID.randomUUID().toString();
    private final String consentId = UUID.randomUUID().toString();

    @BeforeEach
    void startTheFeedsOnceTheTopicsExist() throws Exception {
        topics = new TopicProbe(bootstrapServers);
        if (!streams.isRunning()) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
                Set<String> missing = new HashSet<>(Subscriptions.sourceTopics());
                missing.add(FEED);
                missing.add(EventCatalog.CONSENT_ENDED.topic());
                missing.removeAll(admin.listTopics().names().get());
                admin.createTopics(missing.stream().map(topic -> new NewTopic(topic, 1, (short) 1)).toList()).all()
                        .get();
            }
            streams.start();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> streams.getKafkaStreams().state() == KafkaStreams.State.RUNNING);
    }

    @Test
    void theCaseFlowsToTheSheltersFeedUntilTheWithdrawalWhichItIsToldOnce() {
        publish(EventCatalog.CASE_OPENED, """
                {"caseId":"%s","clientId":"client-1","agencyId":"agency-1","consentScope":
                 {"consentId":"%s","sharedWithAgencyIds":["shelter-north"]},"openedAt":"2027-01-10T09:00:00Z"}"""
                .formatted(caseId, consentId));
        String goal = publish(EventCatalog.GOAL_SET, """
                {"caseId":"%s","goalId":"goal-1"}""".formatted(caseId));

        List<Received> feed = topics.awaitRecords(FEED, caseId, 2);
        assertThat(feed).extracting(Received::body).last().isEqualTo(goal);
        assertThat(feed.getLast().header("ce_type")).isEqualTo(EventCatalog.GOAL_SET.type());
        assertThat(feed.getLast().header("ce_source")).isEqualTo("/casemgmt/planning-service");

        publish(EventCatalog.CONSENT_WITHDRAWN, """
                {"caseId":"%s","clientId":"client-1","consentId":"%s","recordedBy":"staff-1",
                 "withdrawnAt":"2027-02-03T14:05:00Z"}""".formatted(caseId, consentId));
        publish(EventCatalog.GOAL_SET, """
                {"caseId":"%s","goalId":"goal-2"}""".formatted(caseId));
        String afterwards = publish(EventCatalog.GOAL_ACHIEVED, """
                {"caseId":"%s","goalId":"goal-after-the-withdrawal"}""".formatted(caseId));
        topics.awaitRecords(EventCatalog.CONSENT_ENDED.topic(), caseId, 1);
        // the stream has passed the last event once the platform's own record of the end is there and a second
        // case's event follows on the feed
        String marker = UUID.randomUUID().toString();
        publishFor(marker, EventCatalog.CASE_OPENED, """
                {"caseId":"%s","clientId":"client-2","agencyId":"agency-1","consentScope":
                 {"consentId":"%s","sharedWithAgencyIds":["shelter-north"]},"openedAt":"2027-01-10T09:00:00Z"}"""
                .formatted(marker, UUID.randomUUID()));
        topics.awaitRecords(FEED, marker, 1);

        List<Received> after = topics.withKey(FEED, caseId);
        assertThat(after).hasSize(3).extracting(Received::body).doesNotContain(afterwards);
        assertThat(after.getLast().header("ce_type")).isEqualTo("org.casemgmt.consent.ended.v1");
        assertThat(after.getLast().json().path("reason").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aPartnerReplaysItsFeedFromATimeWithOffsetsForTimes() throws InterruptedException {
        publish(EventCatalog.CASE_OPENED, """
                {"caseId":"%s","clientId":"client-1","agencyId":"agency-1","consentScope":
                 {"consentId":"%s","sharedWithAgencyIds":["shelter-north"]},"openedAt":"2027-01-10T09:00:00Z"}"""
                .formatted(caseId, consentId));
        topics.awaitRecords(FEED, caseId, 1);
        Thread.sleep(20);
        Instant replayFrom = Instant.now();
        Thread.sleep(20);
        String first = publish(EventCatalog.GOAL_SET, """
                {"caseId":"%s","goalId":"goal-1"}""".formatted(caseId));
        String second = publish(EventCatalog.GOAL_ACHIEVED, """
                {"caseId":"%s","goalId":"goal-1"}""".formatted(caseId));
        topics.awaitRecords(FEED, caseId, 3);

        List<String> replayed = new ArrayList<>();
        try (KafkaConsumer<String, String> partner = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            TopicPartition partition = new TopicPartition(FEED, 0);
            partner.assign(List.of(partition));
            OffsetAndTimestamp from = partner.offsetsForTimes(Map.of(partition, replayFrom.toEpochMilli()))
                    .get(partition);
            assertThat(from).as("a record at or after the time").isNotNull();
            partner.seek(partition, from.offset());
            long end = partner.endOffsets(List.of(partition)).get(partition);
            while (partner.position(partition) < end) {
                partner.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.key().equals(caseId)) {
                        replayed.add(record.value());
                    }
                });
            }
        }

        assertThat(replayed).containsExactly(first, second);
    }

    private String publish(EventType<?> type, String body) {
        return publishFor(caseId, type, body);
    }

    private String publishFor(String subject, EventType<?> type, String body) {
        String compact = body.replace("\n", "").replaceAll(" {2,}", "");
        topics.publish(type.topic(), subject, TopicProbe.cloudEventHeaders(type, UUID.randomUUID().toString(), subject),
                compact);
        return compact;
    }
}
