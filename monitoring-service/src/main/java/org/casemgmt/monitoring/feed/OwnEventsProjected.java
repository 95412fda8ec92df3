package org.casemgmt.monitoring.feed;

import java.util.List;

import org.bson.Document;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Monitoring's own events reach its projections (timeline, work queues, review schedule) in-process, right after the
 * save that recorded them, exactly as other stages' events do from Kafka: a service does not consume its own topics.
 * Each projection applies an event once, so the later saves that still carry it (until the relay has sent it) change
 * nothing. A projection that fails here does not undo the save: it is logged, and the record stays as saved.
 */
@Component
class OwnEventsProjected implements AfterSaveCallback<HasOutbox>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(OwnEventsProjected.class);

    private final ObjectProvider<CaseEventProjection> projections;
    private final JsonMapper json;

    OwnEventsProjected(ObjectProvider<CaseEventProjection> projections, JsonMapper json) {
        this.projections = projections;
        this.json = json;
    }

    @Override
    public HasOutbox onAfterSave(HasOutbox saved, Document document, String collection) {
        for (PendingEvent pending : List.copyOf(saved.getOutbox())) {
            EventCatalog.byType(pending.type())
                    .filter(type -> type.producers().contains(PlatformService.MONITORING))
                    .filter(type -> "caseId".equals(type.subjectField()))
                    .ifPresent(type -> project(type, pending));
        }
        return saved;
    }

    private void project(EventType<?> type, PendingEvent pending) {
        IncomingEvent<?> event = new IncomingEvent<>(pending.id(), pending.type(), pending.source(), pending.subject(),
                pending.time(), json.readValue(pending.data(), type.payloadType()));
        projections.orderedStream().forEach(projection -> {
            try {
                projection.project(event);
            } catch (RuntimeException e) {
                log.warn("Projecting monitoring's own event {} ({}) failed", pending.id(), pending.topic(), e);
            }
        });
    }

    /** After the outbox marking, which must see the save first. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
