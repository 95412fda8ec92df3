package org.casemgmt.platform.audit;

import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.platform.observability.Correlation;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.web.CurrentActor;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Appends entries to the service's own {@code audit_trail} collection: append-only and hash-chained, each entry
 * carrying the hash of the one before, and its {@code audit.recorded} event in its own outbox.
 *
 * <p>How the chain stays one line with single-document atomicity only (no transactions) and several writers:
 * the entry's {@code _id} is its sequence number. A writer takes the last entry (highest {@code _id}), builds
 * entry {@code last + 1} whose previous hash is the last entry's hash, and <em>inserts</em> it. Two writers that
 * read the same last entry build the same {@code _id}; MongoDB's unique {@code _id} lets exactly one insert
 * succeed, and the other gets a duplicate-key error, reads the new last entry and tries again. An entry is never
 * updated, so the hash a writer chained to can never change under it, and an inserted entry is complete in one
 * write (state and event together). Within one instance appends take a lock and remember the last entry, so they
 * neither collide nor re-read; only instances sharing the collection retry, at most {@value #MAX_ATTEMPTS}
 * times before the append fails.
 *
 * <p>The only later change to an entry's document is the outbox relay removing the published event (and its
 * lease); neither is part of the hash. Anything else — an edited, deleted or moved entry — shows up in
 * {@link AuditChainVerifier}.
 *
 * <p>A failed append throws {@link AuditUnavailableException}: callers must not hand out data that is not on
 * record (see {@code AuditedRequests}).
 */
public class AuditTrail {

    static final int MAX_ATTEMPTS = 20;
    /** The method of an entry for a change made on consuming an event rather than answering a request. */
    public static final String CONSUMED = "EVENT";

    private final MongoTemplate mongo;
    private final EventRecorder events;
    private final CurrentActor actor;
    private final Clock clock;
    private final String service;
    private final Counter recorded;
    private final Counter failures;
    private final ReentrantLock appending = new ReentrantLock();
    private Link last;

    public AuditTrail(MongoTemplate mongo, EventRecorder events, CurrentActor actor, Clock clock, String service,
                      MeterRegistry meters) {
        this.mongo = mongo;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
        this.service = service;
        this.recorded = Counter.builder("casemgmt.audit.recorded").description("Entries appended to the audit trail")
                .register(meters);
        this.failures = Counter.builder("casemgmt.audit.failures")
                .description("Accesses that could not be put on the audit trail").register(meters);
        // The relay's one-time look for outboxes written before it marked them covers mapped types only: map this
        // one now, so that a trail written by an older version is looked at too.
        mongo.getConverter().getMappingContext().getPersistentEntity(AuditEntry.class);
    }

    /** Puts one access on record for the current actor, request and time; answers the stored entry. */
    public AuditEntry record(AuditRecord what) {
        return record(actor.id(), actor.agencyId(), what);
    }

    /**
     * Puts on record a change this service made to a record on consuming an event: the actor is the service that
     * published it, the method {@value #CONSUMED}, the path the event's topic and the operation its type, the
     * correlation id the event's.
     *
     * @param eventType      the event's CloudEvents type
     * @param eventSource    the event's CloudEvents source, the service that published it
     * @param recordAgencyId the agency whose record changed, so that its auditors find the entry
     */
    public AuditEntry recordConsumed(String eventType, String eventSource, String resourceType, String resourceId,
                                     String caseId, AuditAction action, String recordAgencyId) {
        String topic = EventCatalog.byType(eventType).<String>map(EventType::topic).orElse(eventType);
        String source = eventSource == null ? null : eventSource.substring(eventSource.lastIndexOf('/') + 1);
        return record(source, null, new AuditRecord(resourceType, resourceId, caseId, action, eventType, CONSUMED,
                topic, null, 200, recordAgencyId));
    }

    private AuditEntry record(String actorId, String agencyId, AuditRecord what) {
        String correlationId = MDC.get(Correlation.MDC_KEY);
        appending.lock();
        try {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                Link after = last != null ? last : readLast();
                AuditEntry entry = AuditEntry.chained(after.sequence() + 1, after.hash(), service, actorId, agencyId,
                        what, correlationId, clock.instant());
                entry.getOutbox().add(events.record(EventCatalog.AUDIT_RECORDED, entry.subject(), entry.toEvent()));
                try {
                    mongo.insert(entry);
                    last = new Link(entry.getSequence(), entry.getHash());
                    recorded.increment();
                    return entry;
                } catch (DuplicateKeyException taken) {
                    last = null; // another instance appended first: chain to its entry
                }
            }
            throw new IllegalStateException("entry after " + readLast().sequence() + " still taken after "
                    + MAX_ATTEMPTS + " attempts");
        } catch (RuntimeException e) {
            last = null;
            failures.increment();
            throw new AuditUnavailableException("Could not put " + what.action() + " of " + what.resourceType()
                    + " on the audit trail", e);
        } finally {
            appending.unlock();
        }
    }

    /** Every entry, in sequence order, checked link by link. */
    public ChainVerification verify() {
        Query inSequence = new Query().with(Sort.by(Sort.Direction.ASC, "_id"));
        try (var entries = mongo.stream(inSequence, AuditEntry.class)) {
            return AuditChainVerifier.verify(entries::iterator);
        }
    }

    private Link readLast() {
        AuditEntry newest = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
                AuditEntry.class);
        return newest == null ? new Link(0, AuditEntry.GENESIS_HASH) : new Link(newest.getSequence(), newest.getHash());
    }

    private record Link(long sequence, String hash) {
    }
}
