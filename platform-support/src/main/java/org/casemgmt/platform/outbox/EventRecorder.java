package org.casemgmt.platform.outbox;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import java.util.List;

import org.casemgmt.events.EventType;
import org.casemgmt.events.schema.EventSchemaValidator;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a contract record into a {@link PendingEvent} for an aggregate's outbox: assigns the CloudEvents id,
 * serialises the body now (so the relay needs no knowledge of payload types) and captures the correlation
 * and trace ids of the request that caused it.
 *
 * <p>The body is checked against the type's published JSON Schema before it goes into the outbox, with the same
 * validator consumers use at their door: the platform never publishes an event that breaks its own contract. A
 * body that does is a programming error, and the state change that recorded it fails with it.
 */
public class EventRecorder {

    private final JsonMapper jsonMapper;
    private final String source;
    private final Clock clock;
    private final TraceContext traceContext;
    private final EventSchemaValidator schemas = new EventSchemaValidator();

    public EventRecorder(JsonMapper jsonMapper, String source, Clock clock, TraceContext traceContext) {
        this.jsonMapper = jsonMapper;
        this.source = source;
        this.clock = clock;
        this.traceContext = traceContext;
    }

    /**
     * The time is cut to milliseconds, MongoDB's precision, so the event read back from the outbox is the one
     * recorded.
     *
     * @param type    the event type from {@code EventCatalog}
     * @param subject the case id (or the client id for client-scoped events): the Kafka record key
     * @param payload the contract record
     */
    public <T> PendingEvent record(EventType<T> type, String subject, T payload) {
        String data = jsonMapper.writeValueAsString(payload);
        List<String> violations = schemas.validate(type, data);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Refusing to publish " + type.type() + " for " + subject
                    + ": it breaks its published schema " + type.dataschema() + ": " + String.join("; ", violations));
        }
        return new PendingEvent(UUID.randomUUID().toString(), type.topic(), type.type(), source, subject,
                type.dataschema(), clock.instant().truncatedTo(ChronoUnit.MILLIS), data,
                traceContext.correlationId(), traceContext.traceparent());
    }

    /** The ids of the request being served, if any, so an event can be followed back to what caused it. */
    public interface TraceContext {

        /** Outside any request (a job, a benchmark, a test): no correlation id, no trace. */
        TraceContext NONE = new TraceContext() {
            @Override
            public String correlationId() {
                return null;
            }

            @Override
            public String traceparent() {
                return null;
            }
        };

        String correlationId();

        String traceparent();
    }
}
