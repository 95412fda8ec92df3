package org.casemgmt.platform.outbox;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.casemgmt.events.EventType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a contract record into a {@link PendingEvent} for an aggregate's outbox: assigns the CloudEvents id,
 * serialises the body now (so the relay needs no knowledge of payload types) and captures the correlation
 * and trace ids of the request that caused it.
 */
public class EventRecorder {

    private final JsonMapper jsonMapper;
    private final String source;
    private final Clock clock;
    private final TraceContext traceContext;

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
        return new PendingEvent(UUID.randomUUID().toString(), type.topic(), type.type(), source, subject,
                type.dataschema(), clock.instant().truncatedTo(ChronoUnit.MILLIS), jsonMapper.writeValueAsString(payload),
                traceContext.correlationId(), traceContext.traceparent());
    }

    /** The ids of the request being served, if any, so an event can be followed back to what caused it. */
    public interface TraceContext {
        String correlationId();

        String traceparent();
    }
}
