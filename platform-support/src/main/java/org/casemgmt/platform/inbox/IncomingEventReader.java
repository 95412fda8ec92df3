package org.casemgmt.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.casemgmt.events.EventType;
import org.casemgmt.platform.outbox.CloudEventHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a Kafka record in CloudEvents binary mode, as a Spring Cloud Stream consumer receives it, into an
 * {@link IncomingEvent}. Header values may arrive as {@code byte[]} (records from the outbox relay or any plain
 * Kafka client) or as {@code String}. Anything that can never be processed is a {@link MalformedEventException},
 * which the binder does not retry and dead-letters at once.
 *
 * <p>An attribute is read under the Kafka prefix ({@code ce_id}) or the HTTP one ({@code ce-id}): Spring Cloud
 * Function renames a record's {@code ce_} headers to {@code ce-} before the consumer sees them when the record
 * carries no {@code content-type} header, and a partner's record without one is still a valid CloudEvent.
 */
public class IncomingEventReader {

    private static final String HTTP_PREFIX = "ce-";

    private final JsonMapper mapper;

    /** Uses the service's mapper, made tolerant: a producer may add fields to a contract at any time. */
    public IncomingEventReader(JsonMapper serviceMapper) {
        this.mapper = serviceMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public <T> IncomingEvent<T> read(Message<?> message, EventType<T> expected) {
        MessageHeaders headers = message.getHeaders();
        String id = required(headers, CloudEventHeaders.ID);
        String type = required(headers, CloudEventHeaders.TYPE);
        String source = required(headers, CloudEventHeaders.SOURCE);
        String subject = required(headers, CloudEventHeaders.SUBJECT);
        required(headers, CloudEventHeaders.SPECVERSION);
        if (!expected.type().equals(type)) {
            throw new MalformedEventException("Event " + id + " has ce_type " + type + ", expected " + expected.type());
        }
        return new IncomingEvent<>(id, type, source, subject, time(headers, id), body(message, expected, id));
    }

    private <T> T body(Message<?> message, EventType<T> expected, String id) {
        Object payload = message.getPayload();
        try {
            T data = payload instanceof byte[] bytes
                    ? mapper.readValue(bytes, expected.payloadType())
                    : mapper.readValue(payload.toString(), expected.payloadType());
            if (data == null) {
                throw new MalformedEventException("Event " + id + " has an empty body");
            }
            return data;
        } catch (JacksonException e) {
            throw new MalformedEventException("Event " + id + " has a body that is not a "
                    + expected.payloadType().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static Instant time(MessageHeaders headers, String id) {
        String time = header(headers, CloudEventHeaders.TIME);
        if (time == null) {
            return null;
        }
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("Event " + id + " has a ce_time that is not RFC 3339: " + time, e);
        }
    }

    private static String required(MessageHeaders headers, String name) {
        String value = header(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Record has no " + name + " header");
        }
        return value;
    }

    static String header(MessageHeaders headers, String name) {
        Object value = headers.containsKey(name) ? headers.get(name) : headers.get(HTTP_PREFIX + name.substring(3));
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
