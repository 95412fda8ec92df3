package org.casemgmt.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.apache.kafka.common.serialization.StringDeserializer;
import org.casemgmt.launcher.KafkaAccessList;
import org.casemgmt.launcher.Platform;

/**
 * A plain Kafka consumer, as a partner runs one (signed in as the broker's partner user), polling a topic on a thread
 * of its own and noting when (by this JVM's monotonic clock) each record key was first seen: the moment an event
 * becomes visible outside the platform.
 */
final class TopicArrivals implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, CompletableFuture<Long>> firstSeenNanos = new ConcurrentHashMap<>();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final Thread poller;
    private volatile boolean closing;

    TopicArrivals(Platform platform, String topic) {
        Properties config = new Properties();
        config.putAll(platform.kafkaClientProperties(KafkaAccessList.PARTNER));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, KafkaAccessList.PARTNER_GROUP_PREFIX + "-bench-" + UUID.randomUUID());
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

    private CompletableFuture<Long> arrival(String key) {
        return firstSeenNanos.computeIfAbsent(key, k -> new CompletableFuture<>());
    }

    private void pollUntilClosed() {
        try {
            while (!closing) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    arrival(record.key()).complete(System.nanoTime());
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
