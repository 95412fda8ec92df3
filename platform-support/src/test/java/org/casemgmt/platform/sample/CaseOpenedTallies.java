package org.casemgmt.platform.sample;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.intake.v1.CaseOpened;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.inbox.IncomingEventReader;
import org.slf4j.MDC;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * The sample consumer. Agencies named "flaky..." fail the first two deliveries, as a briefly unavailable
 * dependency would; every delivery attempt is counted per record key so tests can see retries.
 */
@Component
class CaseOpenedTallies {

    static final String FLAKY_AGENCY = "flaky";

    private final IncomingEventReader reader;
    private final MongoTemplate mongo;
    private final Tracer tracer;
    private final Map<String, Integer> attemptsByKey = new ConcurrentHashMap<>();
    private final Map<String, String> traceIdByKey = new ConcurrentHashMap<>();
    private final Map<String, String> correlationIdByKey = new ConcurrentHashMap<>();

    CaseOpenedTallies(IncomingEventReader reader, MongoTemplate mongo, Tracer tracer) {
        this.reader = reader;
        this.mongo = mongo;
        this.tracer = tracer;
    }

    void apply(Message<byte[]> message) {
        Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        String recordKey = key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(key);
        int attempt = attemptsByKey.merge(recordKey, 1, Integer::sum);
        String correlationId = MDC.get("correlationId");
        if (correlationId != null) {
            correlationIdByKey.put(recordKey, correlationId);
        }
        Span current = tracer.currentSpan();
        if (current != null) {
            traceIdByKey.put(recordKey, current.context().traceId());
        }
        IncomingEvent<CaseOpened> event = reader.read(message, EventCatalog.CASE_OPENED);
        if (event.data().agencyId().startsWith(FLAKY_AGENCY) && attempt < 3) {
            throw new IllegalStateException("agency directory unavailable (attempt " + attempt + ")");
        }
        CaseOpenedTally tally = mongo.findById(event.subject(), CaseOpenedTally.class);
        if (tally == null) {
            tally = new CaseOpenedTally(event.subject());
        }
        tally.apply(event.id());
        mongo.save(tally);
    }

    int attempts(String key) {
        return attemptsByKey.getOrDefault(key, 0);
    }

    String correlationIdSeenFor(String key) {
        return correlationIdByKey.get(key);
    }

    String traceIdSeenFor(String key) {
        return traceIdByKey.get(key);
    }

    CaseOpenedTally tally(String caseId) {
        return mongo.findById(caseId, CaseOpenedTally.class);
    }
}
