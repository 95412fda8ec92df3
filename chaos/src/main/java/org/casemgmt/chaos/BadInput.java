package org.casemgmt.chaos;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.launcher.KafkaAccessList;
import org.casemgmt.launcher.Platform;

/**
 * What the run injects on purpose, and what each injection must (and must not) do: records that are not JSON or
 * break their schema (dead-lettered, those and no others), replays of events already applied (nothing changes), a
 * burst over one user's rate limit (429 with Retry-After, nothing else refused), the same update sent at once from
 * several places (one wins, the others get 409).
 */
final class BadInput {

    /** Every injected record's key, so the dead letters can be told apart from anything the platform lost. */
    static final String INJECTED_KEY_PREFIX = "chaos-injected-";
    private static final String INJECTED_TOPIC = EventCatalog.CASE_OPENED.topic();
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int WAVE = 400;
    private static final int MOST_WAVES = 3;
    private static final int RACERS = 5;
    /** A case worker of another agency, whom the clients never sign in as: their limit is the burst's alone. */
    private static final String BURST_USER = "worker.bo";

    /** What the injections did; the verdicts compare it with what the platform shows afterwards. */
    record Injected(Set<String> badRecordKeys, int replays, Map<Integer, Long> burstAnswers, boolean burstRetryAfter,
                    Map<Integer, Long> raceAnswers) {
    }

    private final Platform platform;
    private final Set<String> badRecordKeys = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Long> burstAnswers = new ConcurrentHashMap<>();
    private final Map<Integer, Long> raceAnswers = new ConcurrentHashMap<>();
    private volatile boolean burstRetryAfter;
    private volatile int replays;

    BadInput(Platform platform) {
        this.platform = platform;
    }

    Injected injected() {
        return new Injected(Set.copyOf(badRecordKeys), replays, Map.copyOf(burstAnswers), burstRetryAfter,
                Map.copyOf(raceAnswers));
    }

    /** One record that is not JSON and one that breaks case.opened's schema, each with well-formed headers. */
    void publishBadRecords() {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            String notJson = INJECTED_KEY_PREFIX + UUID.randomUUID();
            String breaksSchema = INJECTED_KEY_PREFIX + UUID.randomUUID();
            producer.send(record(notJson, "{not json"));
            producer.send(record(breaksSchema, "{\"caseId\":\"" + breaksSchema + "\",\"agencyId\":42}"));
            producer.flush();
            badRecordKeys.add(notJson);
            badRecordKeys.add(breaksSchema);
        }
    }

    /**
     * Every record of {@code topics} keyed by one of {@code caseIds}, sent again as it was (key, value, headers,
     * {@code ce_id}): what a producer retrying, or an operator replaying a topic, does.
     */
    void replay(List<String> topics, Set<String> caseIds) {
        List<ConsumerRecord<byte[], byte[]>> old = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            for (String topic : topics) {
                old.addAll(readAll(consumer, topic).stream()
                        .filter(record -> record.key() != null
                                && caseIds.contains(new String(record.key(), StandardCharsets.UTF_8)))
                        .toList());
            }
        }
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (ConsumerRecord<byte[], byte[]> record : old) {
                producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(),
                        record.headers()));
            }
            producer.flush();
        }
        replays += old.size();
    }

    /**
     * Waves of {@value #WAVE} reads at once as one user, until the gateway refuses some with 429 (its limit lets a
     * burst through, then so many a second: how many get through depends on how fast the reads are answered), at
     * most {@value #MOST_WAVES} waves.
     */
    void burstOverTheRateLimit(GatewayCaller anyClient) {
        GatewayCaller burstUser = anyClient.as(BURST_USER);
        burstUser.get("/api/intake/programs"); // signs in outside the burst
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int wave = 0; wave < MOST_WAVES && !burstAnswers.containsKey(429); wave++) {
                List<Future<GatewayCaller.Answer>> answers = IntStream.range(0, WAVE)
                        .mapToObj(i -> threads.submit(() -> burstUser.once(HttpRequest.newBuilder(
                                burstUser.resolve("/api/intake/programs")).GET())))
                        .toList();
                for (Future<GatewayCaller.Answer> future : answers) {
                    GatewayCaller.Answer answer = future.get();
                    burstAnswers.merge(answer.status(), 1L, Long::sum);
                    if (answer.status() == 429 && answer.retryAfter().isPresent()
                            && answer.header("Content-Type").startsWith("application/problem+json")) {
                        burstRetryAfter = true;
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("the burst failed: " + e, e);
        }
    }

    /** {@value #RACERS} replacements of a new intake's assessment from the same version, sent at once. */
    void raceOnOneRecord(CaseJourney journey, GatewayCaller worker) {
        String clientId = journey.registerClient("race");
        GatewayCaller.Answer intake = worker.post("/api/intake/intakes", Map.of("clientId", clientId,
                "programId", "housing-first", "caseManager", CaseJourney.WORKER)).expect(201, "intake");
        String body = GatewayCaller.JSON.writeValueAsString(journey.assessment(intake.version()));
        HttpRequest.Builder request = HttpRequest.newBuilder(worker.resolve("/api/intake/intakes/"
                + intake.text("id") + "/assessment")).PUT(HttpRequest.BodyPublishers.ofString(body));
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<GatewayCaller.Answer>> answers = IntStream.range(0, RACERS)
                    .mapToObj(i -> threads.submit(() -> worker.once(request.copy()))).toList();
            for (Future<GatewayCaller.Answer> future : answers) {
                raceAnswers.merge(future.get().status(), 1L, Long::sum);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the race failed: " + e, e);
        }
    }

    /** Every record on every dead-letter topic: the keys of what was dead-lettered, by topic. */
    Map<String, List<String>> deadLetters() {
        Map<String, List<String>> byTopic = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            for (String topic : consumer.listTopics().keySet()) {
                if (topic.endsWith(".dlq")) {
                    List<String> keys = readAll(consumer, topic).stream()
                            .map(record -> record.key() == null ? "(no key)"
                                    : new String(record.key(), StandardCharsets.UTF_8))
                            .toList();
                    if (!keys.isEmpty()) {
                        byTopic.put(topic, keys);
                    }
                }
            }
        }
        return byTopic;
    }

    private static ProducerRecord<byte[], byte[]> record(String key, String value) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(INJECTED_TOPIC, key.getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", EventCatalog.CASE_OPENED.type(), "ce_source", "/casemgmt/intake-service",
                "ce_dataschema", "urn:casemgmt:schema:case.opened:v1", "ce_subject", key, "ce_specversion", "1.0",
                "ce_time", Instant.now().toString(), "content-type", "application/json");
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(KafkaConsumer<byte[], byte[]> consumer,
                                                                 String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
            consumer.poll(POLL).forEach(records::add);
        }
        return records;
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> properties = new HashMap<>(platform.kafkaClientProperties(KafkaAccessList.ADMIN));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> properties = new HashMap<>(platform.kafkaClientProperties(KafkaAccessList.ADMIN));
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
