package org.casemgmt.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.monitoring.v1.ProgressRecorded;
import org.casemgmt.launcher.KafkaAccessList;
import org.casemgmt.launcher.Platform;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes what monitoring-service will publish once it exists, with a plain Kafka producer and only the
 * CloudEvents headers the spec requires (no {@code content-type}, which is optional): the contract, not our code,
 * is what planning must understand. It signs in as the broker's operator, the one user besides monitoring-service that
 * may write progress.
 */
final class MonitoringStandIn implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, String> producer;

    MonitoringStandIn(Platform platform) {
        Properties config = new Properties();
        config.putAll(platform.kafkaClientProperties(KafkaAccessList.OPERATOR));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer = new KafkaProducer<>(config);
    }

    /** Sends one progress.recorded; sending the same event id twice is what an at-least-once producer may do. */
    void progressRecorded(String eventId, String caseId, String goalId, String objectiveId, double value)
            throws ExecutionException, InterruptedException {
        Instant now = Instant.now();
        ProgressRecorded progress = new ProgressRecorded("entry-" + eventId, caseId, goalId, objectiveId, value,
                null, "worker.alex", now);
        ProducerRecord<String, String> record = new ProducerRecord<>(EventCatalog.PROGRESS_RECORDED.topic(), caseId,
                JSON.writeValueAsString(progress));
        header(record, "ce_id", eventId);
        header(record, "ce_type", EventCatalog.PROGRESS_RECORDED.type());
        header(record, "ce_source", "/casemgmt/monitoring-service");
        header(record, "ce_subject", caseId);
        header(record, "ce_time", now.toString());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_dataschema", EventCatalog.PROGRESS_RECORDED.dataschema());
        producer.send(record).get();
    }

    static String newEventId() {
        return UUID.randomUUID().toString();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
