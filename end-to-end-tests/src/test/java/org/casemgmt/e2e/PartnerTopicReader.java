package org.casemgmt.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.casemgmt.launcher.KafkaAccessList;
import org.casemgmt.launcher.Platform;

import static org.awaitility.Awaitility.await;

/**
 * Reads a topic the way a partner system would: a plain Kafka consumer of its own, from the beginning, signed in as
 * the broker's read-only partner user in a group of its own.
 */
final class PartnerTopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<Event> seen = new ArrayList<>();

    PartnerTopicReader(Platform platform, String topic) {
        Properties config = new Properties();
        config.putAll(platform.kafkaClientProperties(KafkaAccessList.PARTNER));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, KafkaAccessList.PARTNER_GROUP_PREFIX + "-e2e-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topic));
    }

    /** Polls until an event matching the condition has arrived, and answers it. */
    Event awaitEvent(Predicate<Event> condition) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            pollOnce();
            return seen.stream().filter(condition).findFirst().orElse(null);
        }, found -> found != null);
    }

    /** Everything on the topic now that matches, to check that something arrived only once. */
    List<Event> everythingMatching(Predicate<Event> condition) {
        while (pollOnce() > 0) {
            // read up to the end of what the broker has
        }
        return seen.stream().filter(condition).toList();
    }

    private int pollOnce() {
        int count = 0;
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(1000))) {
            Map<String, String> headers = new HashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
            seen.add(new Event(record.key(), headers, record.value()));
            count++;
        }
        return count;
    }

    @Override
    public void close() {
        consumer.close();
    }

    record Event(String key, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name);
        }
    }
}
