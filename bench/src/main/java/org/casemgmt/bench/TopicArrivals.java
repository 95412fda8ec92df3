package org.casemgmt.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.casemgmt.launcher.KafkaAccessList;
import org.casemgmt.launcher.Platform;

/**
 * A plain Kafka consumer with the client's defaults, as a partner runs one, polling a topic on a thread of its own and
 * noting when (by this JVM's monotonic clock) each record key was first seen: the moment an event becomes visible
 * outside the platform. The raw baseline reads its topic with the same consumer, so the two differ only upstream.
 */
final class TopicArrivals implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, CompletableFuture<Long>> firstSeenNanos = new ConcurrentHashMap<>();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final Thread poller;
    private volatile ConsumerRecord<String, String> lastRecord;
    private volatile boolean closing;

    /** Signed in as the broker's partner user, who reads every published topic: as a partner sees the events. */
    static TopicArrivals asPartner(Platform platform, String topic) {
        return new TopicArrivals(platform, KafkaAccessList.PARTNER,
                KafkaAccessList.PARTNER_GROUP_PREFIX + "-bench-" + UUID.randomUUID(), topic);
    }

    /**
     * @param user  a user of the broker who may read the topic in {@code group}
     * @param group a group of its own, so that it reads every record
     */
    TopicArrivals(Platform platform, String user, String group, String topic) {
        Properties config = new Properties();
        config.putAll(platform.kafkaClientProperties(user));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topic));
        poller = Thread.ofPlatform().name("bench-" + topic).daemon().start(this::pollUntilClosed);
    }

    /**
     * Waits until the consumer owns the topic's partition, so that the first measured event is not delayed by the
     * group joining.
     */
    void awaitAssigned(Duration timeout) throws InterruptedException {
        if (!assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the bench's consumer got no partition within " + timeout.toSeconds() + " s");
        }
    }

    /** The {@link System#nanoTime()} at which a record with this key was first polled; waits for it. */
    long awaitFirstSeen(String key, Duration timeout) throws Exception {
        return arrival(key).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The latest record polled, as it came (key, value, headers): the raw baseline sends its like. */
    Optional<ConsumerRecord<String, String>> lastRecord() {
        return Optional.ofNullable(lastRecord);
    }

    /** A record's size: its key, its value and its headers' names and values, without the batch's framing. */
    static int serializedBytes(ConsumerRecord<String, String> record) {
        int bytes = Math.max(0, record.serializedKeySize()) + Math.max(0, record.serializedValueSize());
        for (Header header : record.headers()) {
            bytes += header.key().getBytes(StandardCharsets.UTF_8).length
                    + (header.value() == null ? 0 : header.value().length);
        }
        return bytes;
    }

    private CompletableFuture<Long> arrival(String key) {
        return firstSeenNanos.computeIfAbsent(key, k -> new CompletableFuture<>());
    }

    private void pollUntilClosed() {
        try {
            while (!closing) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    arrival(record.key()).complete(System.nanoTime());
                    lastRecord = record;
                }
                if (!consumer.assignment().isEmpty()) {
                    assigned.countDown();
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the poll up
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        closing = true;
        consumer.wakeup();
        poller.join();
    }
}
