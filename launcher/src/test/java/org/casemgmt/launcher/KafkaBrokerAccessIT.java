package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker as the launcher starts it: who may connect, and who may write and read which topic. */
class KafkaBrokerAccessIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration REFUSAL_WAIT = Duration.ofSeconds(5);

    @TempDir
    static Path dataDir;

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() throws LaunchException {
        LaunchOptions ports = LaunchOptions.builder(Path.of("")).freePorts().build();
        broker = KafkaBroker.start(dataDir.resolve("kafka"), dataDir.resolve("logs"), ports.kafkaPort(),
                ports.kafkaControllerPort(), "256m", LaunchOptions.DEFAULT_PARTITIONS, child -> { });
        broker.awaitReady(READY_TIMEOUT);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void aClientThatDoesNotSignInGetsNothing() {
        Map<String, Object> anonymous = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) REFUSAL_WAIT.toMillis());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(anonymous, new StringSerializer(),
                new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("progress.recorded", "case-1", "{}")).get())
                    .as("no metadata, no topic, no record")
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    @Test
    void aClientWithAWrongPasswordIsRefusedAtSignIn() {
        Map<String, Object> wrong = new HashMap<>(broker.clientProperties(KafkaAccessList.PARTNER));
        wrong.put(SaslConfigs.SASL_JAAS_CONFIG, KafkaCredentials.jaasConfig(KafkaAccessList.PARTNER, "guessed"));
        try (Admin admin = Admin.create(wrong)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class)
                    .hasMessageContaining("invalid credentials");
        }
    }

    @Test
    void aServiceProducingToATopicItDoesNotOwnIsRefusedByTheBroker() {
        assertThatThrownBy(() -> produce("planning-service", "case.opened", "case-" + UUID.randomUUID()))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(TopicAuthorizationException.class)
                .hasMessage("Not authorized to access topics: [case.opened]");
    }

    @Test
    void onlyTheOwnerOfProgressRecordedMayPublishProgress() throws Exception {
        produce("monitoring-service", "progress.recorded", "case-" + UUID.randomUUID());

        assertThatThrownBy(() -> produce("intake-service", "progress.recorded", "case-" + UUID.randomUUID()))
                .cause().isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void theOwnerProducesAndThePartnerReadsWhatItPublished() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        produce("intake-service", "case.opened", caseId);

        try (KafkaConsumer<String, String> partner = partnerConsumer()) {
            partner.subscribe(List.of("case.opened"));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(READY_TIMEOUT).until(() -> {
                partner.poll(Duration.ofMillis(500)).forEach(seen::add);
                return seen.stream().anyMatch(record -> caseId.equals(record.key()));
            });
        }
    }

    @Test
    void aConsumerDeadLettersWhatItConsumesButNothingElse() throws Exception {
        produce("planning-service", "case.opened.dlq", "case-" + UUID.randomUUID());

        assertThatThrownBy(() -> produce("planning-service", "plan.drafted.dlq", "case-" + UUID.randomUUID()))
                .cause().isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void thePartnerMayNotWriteAnything() {
        assertThatThrownBy(() -> produce(KafkaAccessList.PARTNER, "case.opened", "case-" + UUID.randomUUID()))
                .cause().isInstanceOf(AuthorizationException.class);
    }

    @Test
    void thePartnerMayNotReadADeadLetterTopic() {
        try (KafkaConsumer<String, String> partner = partnerConsumer()) {
            partner.assign(List.of(new TopicPartition("case.opened.dlq", 0)));
            partner.seekToBeginning(partner.assignment());
            assertThatThrownBy(() -> partner.poll(REFUSAL_WAIT))
                    .isInstanceOf(TopicAuthorizationException.class)
                    .hasMessageContaining("case.opened.dlq");
        }
    }

    /** As the console follows what happens for its open pages: every partition itself, from the latest offset. */
    @Test
    void theConsoleReadsWhatIsPublishedFromNowOnWithoutAConsumerGroupAndMayNotWrite() throws Exception {
        Map<String, Object> config = new HashMap<>(broker.clientProperties(KafkaAccessList.CONSOLE));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> console = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = console.partitionsFor("case.opened").stream()
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition())).toList();
            console.assign(partitions);
            console.seekToEnd(partitions);
            partitions.forEach(console::position);
            String caseId = "case-" + UUID.randomUUID();
            produce("intake-service", "case.opened", caseId);

            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(READY_TIMEOUT).until(() -> {
                console.poll(Duration.ofMillis(500)).forEach(seen::add);
                return seen.stream().anyMatch(record -> caseId.equals(record.key()));
            });
        }

        assertThatThrownBy(() -> produce(KafkaAccessList.CONSOLE, "case.opened", "case-" + UUID.randomUUID()))
                .cause().isInstanceOf(AuthorizationException.class);
    }

    /** kcat as Debian ships it signs in with PLAIN: the same users, passwords and rights as with SCRAM. */
    @Test
    void theSameUsersSignInWithPlainAsKcatDoesWithTheSameRights() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        producePlain("intake-service", passwordOf("intake-service"), "case.opened", caseId);

        assertThatThrownBy(() -> producePlain("planning-service", passwordOf("planning-service"), "case.opened",
                caseId)).cause().isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> producePlain("monitoring-service", "guess", "progress.recorded", caseId))
                .cause().isInstanceOf(SaslAuthenticationException.class);
    }

    private static String passwordOf(String user) {
        return broker.credentials().password(user);
    }

    private static void producePlain(String user, String password, String topic, String key) throws Exception {
        Map<String, Object> config = new HashMap<>(broker.clientProperties(user));
        config.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        config.put(SaslConfigs.SASL_JAAS_CONFIG, KafkaAccess.plainJaasConfig(user, password));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, "{}")).get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static void produce(String user, String topic, String key) throws Exception {
        Map<String, Object> config = new HashMap<>(broker.clientProperties(user));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, "{}")).get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static KafkaConsumer<String, String> partnerConsumer() {
        Map<String, Object> config = new HashMap<>(broker.clientProperties(KafkaAccessList.PARTNER));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, KafkaAccessList.PARTNER_GROUP_PREFIX + "-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }
}
