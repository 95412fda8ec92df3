package org.casemgmt.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.casemgmt.platform.outbox.PendingOutboxes.Mark;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Publishes the events that aggregates left in their own documents ({@link HasOutbox}) to Kafka, then removes
 * each one from its document once the broker has acknowledged it.
 *
 * <p>How it finds them: every save of an aggregate with events in its outbox marks the document in
 * {@link PendingOutboxes} and hands the events it has just written to this relay ({@link #publishSaved}). The
 * relay's sender thread claims the mark by id (a short lease, so two instances of a service never relay the same
 * document at once) and sends them at once, in order, with an idempotent, {@code acks=all} producer, without reading
 * the document again; then it waits for the acknowledgements and {@code $pull}s each acknowledged event by id. The
 * saving thread never waits for the broker, which may be away, and the sender never waits for the relay's rounds of
 * marks. What it could not claim (another instance or a round of this relay holds the document), the relay's poller
 * finds by its mark: it looks up the due marks once per round, claims them one at a time, reads the document each
 * names by id and publishes its events the same way, one acknowledgement at a time.
 * No query ever looks at documents that have nothing pending, so the relay costs the same with 1,000 or 1,000,000
 * audit entries. Besides being woken it looks every {@code pollInterval}, for what other instances marked and for
 * retries. A crash anywhere only delays: the event is still in the document, the mark
 * still names it, and once its lease has expired this or another instance sends it. A failed publication stops
 * that document and this round; the mark is tried again after a backoff that doubles per failure.
 *
 * <p>Delivery is at least once, never at most once. The {@code $pull} deliberately leaves the document's
 * {@code @Version} alone, so the relay never makes a user's update fail as stale. The price: a service that loaded
 * the document before the pull and saves it afterwards would write the already-sent event back; the marks remember
 * what was sent, and the save leaves it out ({@link OutboxMarking}). A copy kept longer than its mark lives, or a
 * crash between the broker's acknowledgement and the pull, still sends an event again with the same {@code ce_id}:
 * consumers therefore record the ids they processed ({@code ProcessedEventIds}) and drop repeats.
 *
 * <p>Events of one document keep their order; events of different documents may interleave. The record key is
 * the event's subject (the case id), so all events of one case land on one partition in the order they were sent.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final PendingOutboxes pending;
    private final Supplier<Producer<String, byte[]>> producers;
    private final OutboxProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String owner = UUID.randomUUID().toString();
    private final String eventIdField;
    private final Semaphore wakeUps = new Semaphore(0);
    private final LinkedBlockingQueue<Saved> saved = new LinkedBlockingQueue<>();

    private volatile boolean stopping;
    private volatile Thread poller;
    private volatile Thread sender;
    private volatile Producer<String, byte[]> producer;
    private final List<OwnEventListener> listeners;

    public OutboxRelay(MongoTemplate mongo, Supplier<Producer<String, byte[]>> producers, OutboxProperties properties,
                       Clock clock, MeterRegistry meters) {
        this(mongo, producers, properties, clock, meters, List.of());
    }

    /** @param listeners hear each event before it is published ({@link OwnEventListener}) */
    public OutboxRelay(MongoTemplate mongo, Supplier<Producer<String, byte[]>> producers, OutboxProperties properties,
                       Clock clock, MeterRegistry meters, List<OwnEventListener> listeners) {
        this.listeners = List.copyOf(listeners);
        this.mongo = mongo;
        this.pending = new PendingOutboxes(mongo);
        this.producers = producers;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.eventIdField = pending.eventIdField();
        Gauge.builder("casemgmt.outbox.pending", pending, PendingOutboxes::count)
                .description("Aggregate documents marked as holding events not yet acknowledged by Kafka")
                .register(meters);
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        stopping = false;
        producer();
        pending.markOutboxesWrittenBeforeMarks(outboxCollections(), clock.instant());
        Thread thread = new Thread(this::relayUntilStopped, "outbox-relay");
        thread.setDaemon(true);
        poller = thread;
        thread.start();
        Thread sending = new Thread(this::sendSavedUntilStopped, "outbox-sender");
        sending.setDaemon(true);
        sender = sending;
        sending.start();
    }

    @Override
    public synchronized void stop() {
        Thread thread = poller;
        if (thread == null) {
            return;
        }
        stopping = true;
        poller = null;
        Thread sending = sender;
        sender = null;
        wakeUp();
        for (Thread stopped : new Thread[] {thread, sending}) {
            try {
                stopped.join(properties.sendTimeout().toMillis() + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (stopped.isAlive()) {
                stopped.interrupt();
            }
        }
        synchronized (producers) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
        try {
            pending.releaseAll(owner);
        } catch (RuntimeException e) {
            log.debug("Could not release outbox leases; they expire on their own", e);
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }

    /** Has the poller look now rather than at its next poll; cheap, and harmless when it is already looking. */
    private void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /**
     * A save in this instance has just left {@code events} in its document, and marked it: the relay's sender thread
     * sends them at once, whatever rounds of marks the relay is in. Returns at once; the save has happened whatever
     * becomes of the sending.
     */
    public void publishSaved(String collection, Object documentId, List<PendingEvent> events) {
        if (!stopping && !events.isEmpty()) {
            saved.add(new Saved(PendingOutboxes.markId(collection, documentId), List.copyOf(events)));
        }
    }

    /**
     * Relays what is due now, at most {@code documentsPerPoll} documents, on the caller's thread, after the events
     * handed over by saves ({@link #publishSaved}); the relay's own thread calls this each time it looks. Answers
     * whether more may be due: a full round that met no failure.
     */
    public boolean relayPending() {
        sendSaved();
        List<String> due = pending.dueMarks(clock.instant(), properties.documentsPerPoll());
        for (String markId : due) {
            Instant now = clock.instant();
            // Another instance may have claimed it since the look: then it is theirs to relay.
            Mark mark = pending.claim(markId, owner, now, now.plus(properties.lease()));
            if (mark != null && !relay(mark)) {
                return false;
            }
        }
        return due.size() == properties.documentsPerPoll();
    }

    /**
     * Sends the events of every save handed over so far, each document's claimed by id, all before waiting for any
     * acknowledgement; then takes the acknowledgements. A document held by a round of this relay or by another
     * instance is left to it: the save's mark brings it back to the events.
     */
    private void sendSaved() {
        sendSaved(saved.poll());
    }

    private void sendSaved(Saved first) {
        List<Sent> sent = new ArrayList<>();
        for (Saved save = first; save != null; save = saved.poll()) {
            Instant now = clock.instant();
            Mark mark = pending.claim(save.markId(), owner, now, now.plus(properties.lease()));
            if (mark != null) {
                // A save of a copy loaded before an earlier send was recorded hands that event over again.
                List<PendingEvent> unsent = save.events().stream().filter(event -> !mark.sent().contains(event.id()))
                        .toList();
                sent.add(new Sent(mark, unsent, sendInOrder(unsent)));
            } else {
                wakeUp(); // held by a round of the poller, which then finds the mark due again at once
            }
        }
        sent.forEach(each -> acknowledged(each.mark(), each.events(), each.acknowledgements()));
    }

    private void sendSavedUntilStopped() {
        while (sender == Thread.currentThread()) {
            try {
                Saved first = saved.poll(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    sendSaved(first);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Sending saved outbox events failed; the relay sends them from their marks", e);
            }
        }
    }

    private void relayUntilStopped() {
        while (poller == Thread.currentThread()) {
            try {
                boolean backlog;
                do {
                    backlog = relayPending(); // a full round: the next one at once, not after the poll interval
                } while (backlog && poller == Thread.currentThread());
            } catch (RuntimeException e) {
                log.warn("Relaying outbox events failed; retrying on the next poll", e);
            }
            try {
                wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Producer<String, byte[]> producer() {
        synchronized (producers) {
            if (producer == null) {
                if (stopping) {
                    throw new IllegalStateException("The outbox relay has stopped");
                }
                producer = producers.get();
            }
            return producer;
        }
    }

    /** Publishes the marked document's events in order; answers false when one failed (the broker is likely away). */
    private boolean relay(Mark mark) {
        for (PendingEvent event : pendingEvents(mark)) {
            if (!acknowledged(mark, event, send(event))) {
                return false;
            }
        }
        settle(mark);
        return true;
    }

    /** Takes the acknowledgements of events sent together, in their order; stops at the first that failed. */
    private void acknowledged(Mark mark, List<PendingEvent> events, List<Future<RecordMetadata>> acknowledgements) {
        for (int i = 0; i < acknowledgements.size(); i++) {
            if (!acknowledged(mark, events.get(i), acknowledgements.get(i))) {
                return;
            }
        }
        settle(mark);
    }

    /**
     * Sends a document's events without waiting between them; after one that could not be sent (a listener refused
     * it), none of the later ones, which would otherwise reach the topic before it.
     */
    private List<Future<RecordMetadata>> sendInOrder(List<PendingEvent> events) {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
        for (PendingEvent event : events) {
            Future<RecordMetadata> acknowledgement = send(event);
            acknowledgements.add(acknowledgement);
            if (acknowledgement.state() == Future.State.FAILED) {
                break;
            }
        }
        return acknowledgements;
    }

    private Future<RecordMetadata> send(PendingEvent event) {
        try {
            listeners.forEach(listener -> listener.beforePublishing(event));
            return producer().send(toRecord(event));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Waits for the broker's acknowledgement, then takes the event out of its document; false when it failed. */
    private boolean acknowledged(Mark mark, PendingEvent event, Future<RecordMetadata> acknowledgement) {
        try {
            acknowledgement.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            backOff(mark, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        // Remembered as sent before it leaves the document: a save in between then leaves it out as well.
        pending.sent(mark, event.id());
        mongo.updateFirst(new Query(where("_id").is(mark.documentId())),
                new Update().pull(HasOutbox.OUTBOX_FIELD, new Document(eventIdField, event.id())), mark.collection());
        Counter.builder("casemgmt.outbox.published").description("Events acknowledged by Kafka")
                .tag("topic", event.topic()).register(meters).increment();
        return true;
    }

    /** The document was published as far as it was read: its mark is kept, made due again, or forgotten. */
    private void settle(Mark mark) {
        if (pending.settle(mark, clock.instant(), properties.settle()) && !pendingEvents(mark).isEmpty()) {
            pending.mark(mark.collection(), mark.documentId(), clock.instant());
        }
    }

    private void backOff(Mark mark, Exception cause) {
        int failures = mark.failures() + 1;
        Instant retryAt = clock.instant().plus(properties.backoffAfter(failures));
        pending.backOff(mark, failures, retryAt);
        Counter.builder("casemgmt.outbox.failures").description("Publications of outbox events that failed")
                .tag("collection", mark.collection()).register(meters).increment();
        log.warn("Publishing outbox events of {} {} failed ({} in a row); next try at {}: {}", mark.collection(),
                mark.documentId(), failures, retryAt, cause.toString());
    }

    private List<PendingEvent> pendingEvents(Mark mark) {
        Query byId = new Query(where("_id").is(mark.documentId()));
        byId.fields().include(HasOutbox.OUTBOX_FIELD);
        Document document = mongo.findOne(byId, Document.class, mark.collection());
        List<PendingEvent> events = new ArrayList<>();
        if (document != null) {
            for (Document element : document.getList(HasOutbox.OUTBOX_FIELD, Document.class, List.of())) {
                events.add(mongo.getConverter().read(PendingEvent.class, element));
            }
        }
        return events;
    }

    static ProducerRecord<String, byte[]> toRecord(PendingEvent event) {
        RecordHeaders headers = new RecordHeaders();
        addHeader(headers, CloudEventHeaders.ID, event.id());
        addHeader(headers, CloudEventHeaders.TYPE, event.type());
        addHeader(headers, CloudEventHeaders.SOURCE, event.source());
        addHeader(headers, CloudEventHeaders.SUBJECT, event.subject());
        addHeader(headers, CloudEventHeaders.TIME, event.time() == null ? null : event.time().toString());
        addHeader(headers, CloudEventHeaders.SPECVERSION, CloudEventHeaders.SPECVERSION_1_0);
        addHeader(headers, CloudEventHeaders.DATASCHEMA, event.dataschema());
        addHeader(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        addHeader(headers, CloudEventHeaders.TRACEPARENT, event.traceparent());
        addHeader(headers, CloudEventHeaders.CORRELATION_ID, event.correlationId());
        return new ProducerRecord<>(event.topic(), null, event.subject(),
                event.data().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void addHeader(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Collections of every mapped entity implementing {@link HasOutbox}. */
    private List<String> outboxCollections() {
        return mongo.getConverter().getMappingContext().getPersistentEntities().stream()
                .filter(entity -> HasOutbox.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
    }

    /** The events a save left in its document, as the saving thread handed them over. */
    private record Saved(String markId, List<PendingEvent> events) {
    }

    /** The events of a claimed document, sent together, with their acknowledgements to take in order. */
    private record Sent(Mark mark, List<PendingEvent> events, List<Future<RecordMetadata>> acknowledgements) {
    }
}
