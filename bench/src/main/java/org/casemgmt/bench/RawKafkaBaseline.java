package org.casemgmt.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casemgmt.launcher.KafkaAccessList;
import org.casemgmt.launcher.Platform;

/**
 * What Kafka alone takes on the platform's broker, for the event path to be compared with: a plain producer sending
 * copies of a real case.opened record (value and headers, under a key of its own) to a topic of the bench's, one
 * at a time, each timed from {@code send} to a plain consumer ({@link TopicArrivals}, as for case.opened) polling
 * it. The producer is configured as the outbox relay's is: {@code acks=all}, idempotent, the client's defaults
 * otherwise. Only the broker's admin may create topics, so the admin creates, writes and reads this one.
 */
final class RawKafkaBaseline {

    static final String TOPIC = "bench.raw-baseline";
    /** Sent first and not measured: the producer's first send also fetches the topic's metadata. */
    static final int WARMUP_RECORDS = 50;
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(30);

    record Result(int records, int recordBytes, Samples.Distribution sendToPolled) {
    }

    private final Platform platform;

    RawKafkaBaseline(Platform platform) {
        this.platform = platform;
    }

    Result measure(ConsumerRecord<String, String> like, int records) throws Exception {
        Map<String, Object> admin = platform.kafkaClientProperties(KafkaAccessList.ADMIN);
        try (Admin topics = Admin.create(admin)) {
            // The broker's defaults, as the platform's own topics are created with.
            topics.createTopics(List.of(new NewTopic(TOPIC, Optional.empty(), Optional.empty()))).all().get();
            try {
                return sendAndPoll(like, records);
            } finally {
                topics.deleteTopics(List.of(TOPIC)).all().get();
            }
        }
    }

    private Result sendAndPoll(ConsumerRecord<String, String> like, int records) throws Exception {
        Properties config = new Properties();
        config.putAll(platform.kafkaClientProperties(KafkaAccessList.ADMIN));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        List<Long> nanos = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer());
             TopicArrivals arrivals = new TopicArrivals(platform, KafkaAccessList.ADMIN,
                     "bench-raw-baseline-" + UUID.randomUUID(), TOPIC)) {
            arrivals.awaitAssigned(ARRIVAL_TIMEOUT);
            for (int i = 0; i < WARMUP_RECORDS + records; i++) {
                String key = UUID.randomUUID().toString();
                long sent = System.nanoTime();
                Future<RecordMetadata> acknowledged = producer.send(new ProducerRecord<>(TOPIC, null, key,
                        like.value(), new RecordHeaders(like.headers().toArray())));
                long polled = arrivals.awaitFirstSeen(key, ARRIVAL_TIMEOUT);
                acknowledged.get(); // a failed send shows here, rather than as a timeout above
                if (i >= WARMUP_RECORDS) {
                    nanos.add(polled - sent);
                }
            }
            int recordBytes = arrivals.lastRecord().map(TopicArrivals::serializedBytes).orElseThrow();
            return new Result(records, recordBytes, Samples.Distribution.of(nanos));
        }
    }
}
