package org.casemgmt.platform.outbox;

import java.util.List;

/**
 * An aggregate whose MongoDB document carries its own outbox in a field named {@code outbox}. The relay finds
 * every mapped document type that implements this and publishes what waits there.
 */
public interface HasOutbox {

    /** The field name the relay queries; aggregates must map their outbox list under this name. */
    String OUTBOX_FIELD = "outbox";

    /** Events recorded with the aggregate's state and not yet acknowledged by Kafka; mutable. */
    List<PendingEvent> getOutbox();
}
