package org.casemgmt.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;

import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.platform.outbox.CloudEventHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The door every consumed event passes: reads a Kafka record in CloudEvents binary mode, as a Spring Cloud Stream
 * consumer receives it, into an {@link IncomingEvent}, and refuses anything that is not exactly what the event
 * catalogue promises. A refusal is a {@link MalformedEventException}, which the binder does not retry and
 * dead-letters at once with the reason in its headers, so a refused record changes nothing.
 *
 * <p>What is checked, in this order: the CloudEvents attributes are there; {@code ce_type} is the expected type
 * and {@code ce_dataschema}, when given, its schema; {@code ce_source} is a service that owns the topic in the
 * catalogue; the body validates against the type's JSON Schema; the record key, {@code ce_subject} and the body's
 * subject field (the case or client id) are one and the same. Only then is the body read into the contract record,
 * ignoring fields the contract does not know yet (a producer may add fields at any time).
 *
 * <p>The source check catches a misrouted or hand-made record; that nobody but the owner can write the topic at all
 * is the broker's access lists' job.
 *
 * <p>Header values may arrive as {@code byte[]} (records from the outbox relay or any plain Kafka client) or as
 * {@code String}. An attribute is read under the Kafka prefix ({@code ce_id}) or the HTTP one ({@code ce-id}):
 * Spring Cloud Function renames a record's {@code ce_} headers to {@code ce-} before the consumer sees them when
 * the record carries no {@code content-type} header, and a partner's record without one is still a valid
 * CloudEvent.
 */
public class IncomingEventReader {

    /** Where the Kafka binder puts the record key (Spring Kafka's {@code KafkaHeaders.RECEIVED_KEY}). */
    static final String RECORD_KEY = "kafka_receivedMessageKey";
    /** Where the Kafka binder puts the topic the record was read from ({@code KafkaHeaders.RECEIVED_TOPIC}). */
    static final String RECORD_TOPIC = "kafka_receivedTopic";
    private static final String HTTP_PREFIX = "ce-";
    private static final int VIOLATIONS_NAMED = 5;

    private final JsonMapper mapper;
    private final EventSchemaValidator schemas = new EventSchemaValidator();

    /** Uses the service's mapper, made tolerant: a producer may add fields to a contract at any time. */
    public IncomingEventReader(JsonMapper serviceMapper) {
        this.mapper = serviceMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /**
     * For a consumer of several topics (one binding with many destinations): the record is read as the type of
     * {@code accepted} its topic carries, with every check of {@link #read(Message, EventType)}; a record of a topic
     * not among them is refused.
     */
    public IncomingEvent<?> readAny(Message<?> message, Collection<EventType<?>> accepted) {
        String topic = text(message.getHeaders().get(RECORD_TOPIC));
        EventType<?> expected = accepted.stream().filter(type -> type.topic().equals(topic)).findFirst()
                .orElseThrow(() -> new MalformedEventException("A record of topic " + topic + " reached a consumer "
                        + "of " + accepted.stream().map(EventType::topic).sorted().toList()));
        return read(message, expected);
    }

    public <T> IncomingEvent<T> read(Message<?> message, EventType<T> expected) {
        MessageHeaders headers = message.getHeaders();
        String id = required(headers, CloudEventHeaders.ID);
        String type = required(headers, CloudEventHeaders.TYPE);
        String source = required(headers, CloudEventHeaders.SOURCE);
        String subject = required(headers, CloudEventHeaders.SUBJECT);
        required(headers, CloudEventHeaders.SPECVERSION);
        if (!expected.type().equals(type)) {
            throw refused(id, "has ce_type " + type + ", expected " + expected.type());
        }
        String dataschema = header(headers, CloudEventHeaders.DATASCHEMA);
        if (dataschema != null && !expected.dataschema().equals(dataschema)) {
            throw refused(id, "has ce_dataschema " + dataschema + ", expected " + expected.dataschema());
        }
        if (!expected.isPublishedBy(source)) {
            throw refused(id, "has ce_source " + source + ", but only "
                    + expected.producers().stream().map(PlatformService::source).sorted().toList()
                    + " publish " + expected.topic());
        }
        Instant time = time(headers, id);
        String body = body(message);
        List<String> violations = schemas.validate(expected, body);
        if (!violations.isEmpty()) {
            throw refused(id, "breaks the schema " + expected.dataschema() + ": " + String.join("; ",
                    violations.subList(0, Math.min(VIOLATIONS_NAMED, violations.size())))
                    + (violations.size() > VIOLATIONS_NAMED ? " (and " + (violations.size() - VIOLATIONS_NAMED)
                    + " more)" : ""));
        }
        // Valid against its schema, so JSON: read once, for the subject and the record.
        JsonNode document = mapper.readTree(body);
        checkSubject(id, expected, subject, text(headers.get(RECORD_KEY)), document);
        return new IncomingEvent<>(id, type, source, subject, time, data(document, expected, id));
    }

    /** One case's events share a key so they stay in order: a record keyed or labelled otherwise is misrouted. */
    private void checkSubject(String id, EventType<?> expected, String subject, String key, JsonNode document) {
        if (!subject.equals(key)) {
            throw refused(id, "has the record key " + key + " but ce_subject " + subject
                    + "; both must be the event's subject");
        }
        if (expected.subjectField() == null) {
            return;
        }
        JsonNode bodySubject = document.path(expected.subjectField());
        if (!subject.equals(bodySubject.asString(null))) {
            throw refused(id, "has ce_subject " + subject + " but its body's " + expected.subjectField() + " is "
                    + (bodySubject.isMissingNode() ? "missing" : bodySubject.toString()));
        }
    }

    private static String body(Message<?> message) {
        Object payload = message.getPayload();
        return payload instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : payload.toString();
    }

    private <T> T data(JsonNode document, EventType<T> expected, String id) {
        try {
            T data = mapper.treeToValue(document, expected.payloadType());
            if (data == null) {
                throw refused(id, "has an empty body");
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

    private static MalformedEventException refused(String id, String reason) {
        return new MalformedEventException("Event " + id + " " + reason);
    }

    private static String required(MessageHeaders headers, String name) {
        String value = header(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Record has no " + name + " header");
        }
        return value;
    }

    static String header(MessageHeaders headers, String name) {
        return text(headers.containsKey(name) ? headers.get(name) : headers.get(HTTP_PREFIX + name.substring(3)));
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
