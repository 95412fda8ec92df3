package org.casemgmt.platform.inbox;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a stage changes one of its records on a consumed event: skip it if the record has already applied
 * it, else change the record, save it (the event's id in the same write as the change) and put the change on the
 * audit trail. A failure before the save changes nothing and the binder retries; a failure after it finds the event
 * applied on the retry, so it is applied exactly once however often it is delivered.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final AuditTrail trail;

    public EventInbox(AuditTrail trail) {
        this.trail = trail;
    }

    /** What applying an event to a record did. */
    public enum Applied {
        /** The record changed, was saved and the change is on the audit trail. */
        APPLIED,
        /** The record had already applied this event: nothing was done. */
        REDELIVERY
    }

    /**
     * @param event  the consumed event, as the door read it
     * @param record the record it changes, as loaded
     * @param action how the audit trail names the change
     * @param change what the event does to the record (its rules, in the aggregate)
     * @param save   writes the record, answering the saved one (usually the repository's {@code save})
     */
    public <A extends AppliesEvents> Applied apply(IncomingEvent<?> event, A record, AuditAction action,
                                                   Consumer<? super A> change, UnaryOperator<A> save) {
        if (!record.processedEvents().firstDelivery(event.id())) {
            log.debug("Event {} ({}) was already applied to {}", event.id(), event.type(), record.recordOnFile());
            return Applied.REDELIVERY;
        }
        change.accept(record);
        audit(event, save.apply(record), action);
        return Applied.APPLIED;
    }

    /**
     * Puts on the audit trail a record the event created; the caller made it remember the event, so that a
     * redelivery finds it, and inserted it.
     */
    public void created(IncomingEvent<?> event, AppliesEvents record) {
        audit(event, record, AuditAction.CREATE);
    }

    private void audit(IncomingEvent<?> event, AppliesEvents record, AuditAction action) {
        AppliesEvents.RecordOnFile onFile = record.recordOnFile();
        trail.recordConsumed(event.type(), event.source(), onFile.resourceType(), onFile.resourceId(),
                onFile.caseId(), action, onFile.agencyId());
    }
}
