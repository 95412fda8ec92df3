package org.casemgmt.platform.outbox;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.bson.Document;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;

/**
 * Marks an aggregate document in {@link PendingOutboxes} whenever it is saved with events in its outbox: once
 * before the save, so that a writer dying right after its save leaves a mark, and once after it, so that a relay
 * that looked between the two marks looks again; then hands the saved events to the relay of this instance, which
 * sends them at once instead of at its next poll.
 *
 * <p>A document loaded before the relay sent some of its events, and saved afterwards, would write them back to be
 * sent again: the first mark answers which events the relay has sent, and those leave the document before it is
 * written.
 *
 * <p>Runs for every insert and save through {@code MongoTemplate} and the repositories (entity callbacks), which is
 * how every aggregate with an outbox is written.
 */
class OutboxMarking implements BeforeSaveCallback<HasOutbox>, AfterSaveCallback<HasOutbox>, Ordered {

    private final Supplier<PendingOutboxes> pending;
    private final Clock clock;
    private final SaveListener relay;

    /**
     * @param pending got when first needed: the store's converter discovers this callback while MongoTemplate is
     *                still being made
     */
    OutboxMarking(Supplier<PendingOutboxes> pending, Clock clock, SaveListener relay) {
        this.pending = pending;
        this.clock = clock;
        this.relay = relay;
    }

    @Override
    public HasOutbox onBeforeSave(HasOutbox aggregate, Document document, String collection) {
        // A document without an id yet is new: nothing of it can be pending before this save.
        if (!aggregate.getOutbox().isEmpty() && document.get("_id") != null) {
            PendingOutboxes marks = pending.get();
            Set<String> sent = marks.markAndSent(collection, document.get("_id"), clock.instant());
            if (!sent.isEmpty()) {
                document.put(HasOutbox.OUTBOX_FIELD, document.getList(HasOutbox.OUTBOX_FIELD, Document.class).stream()
                        .filter(event -> !sent.contains(String.valueOf(event.get(marks.eventIdField())))).toList());
                aggregate.getOutbox().removeIf(event -> sent.contains(event.id()));
            }
        }
        return aggregate;
    }

    @Override
    public HasOutbox onAfterSave(HasOutbox aggregate, Document document, String collection) {
        if (!aggregate.getOutbox().isEmpty()) {
            pending.get().mark(collection, document.get("_id"), clock.instant());
            relay.saved(collection, document.get("_id"), aggregate.getOutbox());
        }
        return aggregate;
    }

    /** Last, after any callback that still changes the document (encryption): the mark names what is stored. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Told of each save that left events in its document, once the document is marked. */
    @FunctionalInterface
    interface SaveListener {
        void saved(String collection, Object documentId, List<PendingEvent> events);
    }
}
