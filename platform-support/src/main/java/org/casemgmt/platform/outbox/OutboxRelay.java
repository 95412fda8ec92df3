package org.casemgmt.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.ArrayOperators;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
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
 * <p>How it works: every poll it scans each collection of a {@code HasOutbox} entity for documents whose
 * {@code outbox} is not empty (an indexed query), claims one document at a time with an atomic
 * {@code findAndModify} that sets a short lease (so two instances of a service never relay the same document at
 * once), publishes that document's events in order with an idempotent, {@code acks=all} producer, waits for each
 * acknowledgement and then {@code $pull}s that event by id. A crash anywhere in between only delays: the event is
 * still in the document and the next scan (of this or another instance, once the lease has expired) sends it.
 * A failed publication stops that document and ends the scan; the document is tried again after a backoff that
 * doubles per failure.
 *
 * <p>Delivery is at least once, never at most once. The {@code $pull} deliberately leaves the document's
 * {@code @Version} alone, so the relay never makes a user's update fail as stale. The price: a service that loaded
 * the document before the pull and saves it afterwards writes the already-sent event back, and it is sent again
 * with the same {@code ce_id}. The same happens when a crash falls between the broker's acknowledgement and the
 * pull. Consumers therefore record the ids they processed ({@code ProcessedEventIds}) and drop repeats.
 *
 * <p>Events of one document keep their order; events of different documents may interleave. The record key is
 * the event's subject (the case id), so all events of one case land on one partition in the order they were sent.
 */
public class OutboxRelay implements SmartLifecycle {

    /** Field in the aggregate's document holding this relay's claim; unmapped, so a full save simply drops it. */
    static final String LEASE_FIELD = "outboxLease";
    private static final String PENDING_FIELD = HasOutbox.OUTBOX_FIELD + ".0";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final Supplier<Producer<String, byte[]>> producers;
    private final OutboxProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String owner = UUID.randomUUID().toString();
    private final String eventIdField;
    private final Set<String> indexedCollections = ConcurrentHashMap.newKeySet();

    private volatile ScheduledExecutorService poller;
    private volatile Producer<String, byte[]> producer;

    public OutboxRelay(MongoTemplate mongo, Supplier<Producer<String, byte[]>> producers, OutboxProperties properties,
                       Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.producers = producers;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.eventIdField = embeddedIdFieldName();
        Gauge.builder("casemgmt.outbox.pending", this, OutboxRelay::countPendingEvents)
                .description("Events written to an aggregate's outbox and not yet acknowledged by Kafka")
                .register(meters);
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        producer();
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollSafely, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (!isRunning()) {
            return;
        }
        poller.shutdown();
        try {
            if (!poller.awaitTermination(properties.sendTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                poller.shutdownNow();
            }
        } catch (InterruptedException e) {
            poller.shutdownNow();
            Thread.currentThread().interrupt();
        }
        poller = null;
        synchronized (producers) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
        releaseLeases();
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }

    /** Relays what is pending now, on the caller's thread; the poller calls this on every tick. */
    public void relayPending() {
        for (String collection : outboxCollections()) {
            for (int i = 0; i < properties.documentsPerPoll(); i++) {
                Document claimed = claimNextDocument(collection);
                if (claimed == null) {
                    break;
                }
                if (!relayDocument(collection, claimed)) {
                    return;
                }
            }
        }
    }

    private Producer<String, byte[]> producer() {
        synchronized (producers) {
            if (producer == null) {
                producer = producers.get();
            }
            return producer;
        }
    }

    private void pollSafely() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            log.warn("Outbox scan failed; retrying on the next poll", e);
        }
    }

    /** Collections of every mapped entity implementing {@link HasOutbox}; read each time, as mapping is lazy. */
    List<String> outboxCollections() {
        List<String> collections = mongo.getConverter().getMappingContext().getPersistentEntities().stream()
                .filter(entity -> HasOutbox.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
        collections.forEach(this::ensurePendingIndex);
        return collections;
    }

    private void ensurePendingIndex(String collection) {
        if (indexedCollections.add(collection)) {
            mongo.indexOps(collection).createIndex(new Index().on(PENDING_FIELD, Sort.Direction.ASC).sparse()
                    .named("outbox_pending"));
        }
    }

    private Document claimNextDocument(String collection) {
        Instant now = clock.instant();
        Query claimable = new Query(new Criteria().andOperator(
                where(PENDING_FIELD).exists(true),
                new Criteria().orOperator(
                        where(LEASE_FIELD + ".until").exists(false),
                        where(LEASE_FIELD + ".until").lte(Date.from(now)))));
        Update claim = new Update()
                .set(LEASE_FIELD + ".owner", owner)
                .set(LEASE_FIELD + ".until", Date.from(now.plus(properties.lease())));
        return mongo.findAndModify(claimable, claim, FindAndModifyOptions.options().returnNew(true),
                Document.class, collection);
    }

    /** Publishes the document's events in order; answers false when one failed (the broker is likely away). */
    private boolean relayDocument(String collection, Document claimed) {
        Object documentId = claimed.get("_id");
        for (PendingEvent event : pendingEvents(claimed)) {
            try {
                producer().send(toRecord(event)).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                backOff(collection, claimed, e);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            mongo.updateFirst(new Query(where("_id").is(documentId)),
                    new Update().pull(HasOutbox.OUTBOX_FIELD, new Document(eventIdField, event.id())), collection);
            Counter.builder("casemgmt.outbox.published").description("Events acknowledged by Kafka")
                    .tag("topic", event.topic()).register(meters).increment();
        }
        mongo.updateFirst(new Query(where("_id").is(documentId).and(LEASE_FIELD + ".owner").is(owner)),
                new Update().unset(LEASE_FIELD), collection);
        return true;
    }

    private void backOff(String collection, Document claimed, Exception cause) {
        Document lease = claimed.get(LEASE_FIELD, Document.class);
        int failures = (lease == null ? 0 : lease.getInteger("failures", 0)) + 1;
        Instant retryAt = clock.instant().plus(properties.backoffAfter(failures));
        mongo.updateFirst(new Query(where("_id").is(claimed.get("_id"))),
                new Update().set(LEASE_FIELD + ".until", Date.from(retryAt)).set(LEASE_FIELD + ".failures", failures),
                collection);
        Counter.builder("casemgmt.outbox.failures").description("Publications of outbox events that failed")
                .tag("collection", collection).register(meters).increment();
        log.warn("Publishing outbox events of {} {} failed ({} in a row); next try at {}: {}", collection,
                claimed.get("_id"), failures, retryAt, cause.toString());
    }

    private List<PendingEvent> pendingEvents(Document claimed) {
        List<PendingEvent> events = new ArrayList<>();
        for (Document element : claimed.getList(HasOutbox.OUTBOX_FIELD, Document.class, List.of())) {
            events.add(mongo.getConverter().read(PendingEvent.class, element));
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

    /** A stopped instance gives its claims back at once instead of letting them run out. */
    private void releaseLeases() {
        try {
            for (String collection : outboxCollections()) {
                mongo.updateMulti(new Query(where(LEASE_FIELD + ".owner").is(owner)),
                        new Update().unset(LEASE_FIELD + ".owner").unset(LEASE_FIELD + ".until"), collection);
            }
        } catch (RuntimeException e) {
            log.debug("Could not release outbox leases; they expire on their own", e);
        }
    }

    private double countPendingEvents() {
        long pending = 0;
        for (String collection : outboxCollections()) {
            Aggregation count = Aggregation.newAggregation(
                    Aggregation.match(where(PENDING_FIELD).exists(true)),
                    Aggregation.project().and(ArrayOperators.Size.lengthOfArray(HasOutbox.OUTBOX_FIELD)).as("n"),
                    Aggregation.group().sum("n").as("total"));
            Document result = mongo.aggregate(count, collection, Document.class).getUniqueMappedResult();
            if (result != null) {
                pending += ((Number) result.get("total")).longValue();
            }
        }
        return pending;
    }

    private String embeddedIdFieldName() {
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(PendingEvent.class);
        MongoPersistentProperty id = entity.getIdProperty();
        return id == null ? "id" : id.getFieldName();
    }
}
