package org.casemgmt.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casemgmt.events.EventType;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.platform.outbox.CloudEventHeaders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reads and writes raw Kafka records in tests, as a partner's plain Kafka client would: what the relay really put
 * on a topic (key, headers, JSON body), and records a consumer must survive (redeliveries, malformed input).
 * Reading always starts from the beginning of the topic, with no consumer group, so nothing is committed.
 */
public class TopicProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventSchemaValidator SCHEMAS = new EventSchemaValidator();
    private final String bootstrapServers;

    public TopicProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record on the topic now (up to its end offsets); empty when the topic does not exist. */
    public List<Received> readAll(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Received> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> records.add(Received.of(r)));
            }
            return records;
        }
    }

    /** Waits (up to 30 s) until the topic holds at least {@code count} records with this key; returns those. */
    public List<Received> awaitRecords(String topic, String key, int count) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> withKey(topic, key), records -> records.size() >= count);
    }

    /**
     * Waits (up to 30 s) for {@code count} events of {@code type} about {@code subject}, each checked as a partner
     * would check it: keyed by its subject, the CloudEvents headers the outbox relay writes, the topic's owner in the
     * catalogue as its source, and a body that keeps the type's published schema.
     */
    public List<Received> awaitPublished(EventType<?> type, String subject, int count) {
        List<Received> records = awaitRecords(type.topic(), subject, count);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.header(CloudEventHeaders.TYPE)).isEqualTo(type.type());
            assertThat(record.header(CloudEventHeaders.SUBJECT)).isEqualTo(subject);
            assertThat(type.isPublishedBy(record.header(CloudEventHeaders.SOURCE)))
                    .as("%s is published by the topic's owner", record.header(CloudEventHeaders.SOURCE)).isTrue();
            assertThat(record.header(CloudEventHeaders.SPECVERSION)).isEqualTo(CloudEventHeaders.SPECVERSION_1_0);
            assertThat(record.header(CloudEventHeaders.DATASCHEMA)).isEqualTo(type.dataschema());
            assertThat(record.header(CloudEventHeaders.ID)).isNotBlank();
            assertThat(record.header(CloudEventHeaders.TIME)).isNotBlank();
            assertThat(record.header(CloudEventHeaders.CONTENT_TYPE)).isEqualTo(CloudEventHeaders.JSON);
            assertThat(SCHEMAS.validate(type, record.body())).as("schema violations").isEmpty();
        });
        return records;
    }

    /**
     * The ids of the distinct events on the topic with this key: delivery is at least once, so the same event (the
     * same {@code ce_id}) may stand twice on a topic, and consumers drop the second; "happened once" is one id.
     */
    public Set<String> eventIds(String topic, String key) {
        return withKey(topic, key).stream().map(record -> record.header(CloudEventHeaders.ID))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The records on the topic with this key, in offset order. */
    public List<Received> withKey(String topic, String key) {
        return readAll(topic).stream().filter(r -> key.equals(r.key())).toList();
    }

    /** Publishes a record exactly as given, waiting for the broker's acknowledgement. */
    public void publish(String topic, String key, Map<String, String> headers, String body) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(topic, key, body.getBytes(StandardCharsets.UTF_8));
            headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /**
     * The CloudEvents binary-mode headers the owner of {@code type}'s topic (in the event catalogue) puts on an event
     * (the same names and values the outbox relay writes), for publishing what another stage would.
     */
    public static Map<String, String> cloudEventHeaders(EventType<?> type, String eventId, String subject) {
        String owner = type.producers().iterator().next().source();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, eventId);
        headers.put(CloudEventHeaders.TYPE, type.type());
        headers.put(CloudEventHeaders.SOURCE, owner);
        headers.put(CloudEventHeaders.SUBJECT, subject);
        headers.put(CloudEventHeaders.SPECVERSION, CloudEventHeaders.SPECVERSION_1_0);
        headers.put(CloudEventHeaders.TIME, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        headers.put(CloudEventHeaders.DATASCHEMA, type.dataschema());
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    /** One record as read: headers decoded as UTF-8 (the last value wins for a repeated name). */
    public record Received(String topic, int partition, long offset, String key, Map<String, String> headers,
                           String body) {

        static Received of(ConsumerRecord<String, byte[]> record) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null
                        : new String(header.value(), StandardCharsets.UTF_8));
            }
            String body = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
            return new Received(record.topic(), record.partition(), record.offset(), record.key(), headers, body);
        }

        public String header(String name) {
            return headers.get(name);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
