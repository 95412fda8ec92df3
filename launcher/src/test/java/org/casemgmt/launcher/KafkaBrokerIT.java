package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final String TOPIC = "case.opened";

    @TempDir
    Path dataDir;

    private final LaunchOptions ports = LaunchOptions.builder(Path.of("")).freePorts().build();

    @Test
    void aRecordProducedBeforeARestartIsConsumedAgainAfterIt() throws Exception {
        KafkaBroker first = startBroker();
        try {
            produceTo(first, "intake-service", TOPIC, "case-1", "{\"caseId\":\"case-1\"}");
        } finally {
            first.stop();
        }

        KafkaBroker second = startBroker();
        try {
            List<ConsumerRecord<String, String>> records = consumeFromTheBeginning(second, 1);
            assertThat(records).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("case-1");
                assertThat(record.value()).isEqualTo("{\"caseId\":\"case-1\"}");
            });
        } finally {
            second.stop();
        }
    }

    @Test
    void startingCreatesEveryKnownTopicAndKeepsAutoCreationForTheAdmin() throws Exception {
        KafkaBroker broker = startBroker();
        try (Admin admin = Admin.create(broker.clientProperties(KafkaAccessList.ADMIN))) {
            assertThat(topics(admin)).containsAll(KafkaBroker.knownTopics());

            produceTo(broker, KafkaAccessList.ADMIN, "smoke.tested", "k", "v");
            assertThat(topics(admin)).contains("smoke.tested");
        } finally {
            broker.stop();
        }
    }

    @Test
    void everyTopicAndItsDeadLetterTopicHaveTheConfiguredPartitionsAndAnOlderDeadLetterTopicIsGrownToMatch()
            throws Exception {
        KafkaBroker broker = startBroker();
        String deadLetters = TOPIC + ".dlq";
        try (Admin admin = Admin.create(broker.clientProperties(KafkaAccessList.ADMIN))) {
            assertThat(partitions(admin, TOPIC)).isEqualTo(LaunchOptions.DEFAULT_PARTITIONS);
            assertThat(partitions(admin, deadLetters)).isEqualTo(LaunchOptions.DEFAULT_PARTITIONS);

            // As a version that gave every dead-letter topic one partition left it.
            admin.deleteTopics(List.of(deadLetters)).all().get(30, TimeUnit.SECONDS);
            await().atMost(READY_TIMEOUT).ignoreExceptions().until(() -> {
                admin.createTopics(List.of(new NewTopic(deadLetters, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
                return true;
            });
            new KafkaAccess(READY_TIMEOUT).createMissingTopics(admin, KafkaBroker.knownTopics());

            assertThat(partitions(admin, deadLetters)).isEqualTo(LaunchOptions.DEFAULT_PARTITIONS);
        } finally {
            broker.stop();
        }
    }

    private static int partitions(Admin admin, String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                .size();
    }

    private KafkaBroker startBroker() throws LaunchException {
        KafkaBroker broker = KafkaBroker.start(dataDir.resolve("kafka"), dataDir.resolve("logs"), ports.kafkaPort(),
                ports.kafkaControllerPort(), "256m", LaunchOptions.DEFAULT_PARTITIONS, child -> { });
        try {
            broker.awaitReady(READY_TIMEOUT);
            return broker;
        } catch (LaunchException | RuntimeException e) {
            broker.stop();
            throw e;
        }
    }

    private static Set<String> topics(Admin admin)
            throws InterruptedException, ExecutionException, TimeoutException {
        return admin.listTopics().names().get(30, TimeUnit.SECONDS);
    }

    private static void produceTo(KafkaBroker broker, String user, String topic, String key, String value)
            throws Exception {
        Map<String, Object> config = new HashMap<>(broker.clientProperties(user));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<ConsumerRecord<String, String>> consumeFromTheBeginning(KafkaBroker broker, int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Map<String, Object> config = new HashMap<>(broker.clientProperties(KafkaAccessList.PARTNER));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, KafkaAccessList.PARTNER_GROUP_PREFIX + "-restart-check");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Instant deadline = Instant.now().plus(READY_TIMEOUT);
            while (records.size() < count && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
