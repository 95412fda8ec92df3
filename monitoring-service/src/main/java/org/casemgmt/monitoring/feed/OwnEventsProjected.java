package org.casemgmt.monitoring.feed;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.OwnEventListener;
import org.casemgmt.platform.outbox.PendingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Monitoring's own events reach its projections (timeline, work queues, review schedule) in-process, exactly as other
 * stages' events do from Kafka: a service does not consume its own topics. Right after the save that recorded them,
 * so that what a worker just did shows at once; and again, surely, as the outbox relay is about to publish each
 * ({@link OwnEventListener}): a projection that failed after the save (its store away a moment) is tried again
 * there, and the event stays in the outbox until it is projected. Each projection applies an event once, so the
 * second hearing, and later saves that still carry the event, change nothing.
 */
@Component
class OwnEventsProjected implements AfterSaveCallback<HasOutbox>, OwnEventListener, Ordered {

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
            try {
                beforePublishing(pending);
            } catch (RuntimeException e) {
                log.warn("Projecting monitoring's own event {} ({}) after its save failed; the outbox relay projects"
                        + " it before publishing it", pending.id(), pending.topic(), e);
            }
        }
        return saved;
    }

    /** Throws when a projection fails: the relay then keeps the event and tries again after its back-off. */
    @Override
    public void beforePublishing(PendingEvent pending) {
        ownCaseEvent(pending).ifPresent(type -> {
            IncomingEvent<?> event = new IncomingEvent<>(pending.id(), pending.type(), pending.source(),
                    pending.subject(), pending.time(), json.readValue(pending.data(), type.payloadType()));
            projections.orderedStream().forEach(projection -> projection.project(event));
        });
    }

    private static Optional<EventType<?>> ownCaseEvent(PendingEvent pending) {
        return EventCatalog.byType(pending.type())
                .filter(type -> type.producers().contains(PlatformService.MONITORING))
                .filter(type -> "caseId".equals(type.subjectField()));
    }

    /** After the outbox marking, which must see the save first. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
