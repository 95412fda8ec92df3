package org.casemgmt.partner.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.casemgmt.platform.security.StaffAccess;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * A webhook's replay: its partner's feed read again from a moment, up to where it ended when the replay was asked
 * for, each record the registration wants becoming a new delivery (marked with the replay's id, so it is sent again
 * even if it was delivered before). Only the registration's own agency's feed topic is read.
 */
@Component
class FeedReplays {

    private final Webhooks webhooks;
    private final FeedDeliveries deliveries;
    private final StaffAccess access;
    private final KafkaProperties kafka;
    private final WebhookProperties properties;
    private final Clock clock;

    FeedReplays(Webhooks webhooks, FeedDeliveries deliveries, StaffAccess access, KafkaProperties kafka,
                WebhookProperties properties, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.access = access;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
    }

    record Replay(String replayId, String registrationId, Instant from, int recordsRead, int deliveriesMade) {
    }

    Replay replay(String registrationId, Instant from) {
        access.requireRole(Webhooks.MANAGERS, "replay webhooks");
        WebhookRegistration registration = webhooks.visible(registrationId);
        String replayId = "rpl_" + UUID.randomUUID();
        String topic = registration.feed().name();
        int read = 0;
        int made = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(replayConsumer(), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(partition -> times.put(partition, from.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(times);
            List<TopicPartition> toRead = partitions.stream()
                    .filter(p -> starts.get(p) != null && starts.get(p).offset() < ends.get(p)).toList();
            consumer.assign(toRead);
            toRead.forEach(partition -> consumer.seek(partition, starts.get(partition).offset()));
            Instant giveUp = clock.instant().plus(properties.replayReadTimeout());
            while (!toRead.isEmpty() && toRead.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (clock.instant().isAfter(giveUp)) {
                    throw new IllegalStateException("The replay of " + topic + " did not reach the feed's end within "
                            + properties.replayReadTimeout());
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        read++;
                        if (deliveries.replay(WebhookConfiguration.feedRecord(record), registration, replayId)) {
                            made++;
                        }
                    }
                }
            }
        }
        return new Replay(replayId, registration.getId(), from, read, made);
    }

    /** No group: a replay reads by position and commits nothing. */
    private Map<String, Object> replayConsumer() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.putAll(WebhookConfiguration.committedOnly());
        return config;
    }
}
