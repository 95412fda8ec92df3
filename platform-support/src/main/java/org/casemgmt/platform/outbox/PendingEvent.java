package org.casemgmt.platform.outbox;

import java.time.Instant;

/**
 * An event written into its aggregate's own document, in the same save as the state change it announces,
 * and kept there until {@link OutboxRelay} has it acknowledged by Kafka. This is what makes "state changed"
 * and "event published" atomic on a MongoDB without multi-document transactions.
 *
 * @param id            CloudEvents id; consumers deduplicate on it
 * @param topic         Kafka topic
 * @param type          CloudEvents type
 * @param source        CloudEvents source (the producing service)
 * @param subject       CloudEvents subject and Kafka record key: the case id (client id for client events)
 * @param dataschema    CloudEvents dataschema
 * @param time          when the state change happened
 * @param data          the JSON body, serialised when the event was recorded
 * @param correlationId the correlation id of the request that caused it, if any
 * @param traceparent   W3C trace context of the request that caused it, if any
 */
public record PendingEvent(String id, String topic, String type, String source, String subject, String dataschema,
                           Instant time, String data, String correlationId, String traceparent) {
}
