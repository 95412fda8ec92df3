package org.casemgmt.platform.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.platform.observability.Correlation;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.web.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Appends entries to the service's own {@code audit_trail} collection: append-only and hash-chained, each entry
 * carrying the hash of the one before it on its lane, and its {@code audit.recorded} event in its own outbox.
 *
 * <p><b>Lanes.</b> The trail is several hash chains, its lanes, so that appends need not wait for each other. With
 * one chain per service every write of the service went through one point: a lock in each instance, and between
 * instances a duplicate key and a fresh look for the chain's end on nearly every append (bin/bench-audit, on the
 * launcher's store: one instance stayed near 3,900 appends/s from 4 writers up, two instances fell to 400-530). An
 * instance appends on lanes it holds a lease on ({@link AuditLanes}), one writer per lane at a time, and claims
 * another lane when all of its own are busy, up to {@value #LANES_PER_INSTANCE}; the lowest free one of
 * {@value #LANES}, so that an instance starting again takes the lanes its predecessor left rather than begin new
 * chains. When every lane is leased it appends on one beside its holder, as below, until one frees up.
 *
 * <p>How each lane stays one line with single-document atomicity only (no transactions): an entry's {@code _id}
 * is its lane and sequence number ({@link AuditEntry}). The writer builds entry {@code last + 1} of its lane, whose
 * previous hash is the last entry's hash, and <em>inserts</em> it. If another instance appended there first (a lease
 * that ran out while its holder was still writing, clocks apart, a shared lane), MongoDB's unique {@code _id} lets
 * exactly one insert succeed; the other gets a duplicate-key error, looks for the lane's new end and tries again, at
 * most {@value #MAX_ATTEMPTS} times before the append fails. The lease only spares instances the collisions; the
 * unique {@code _id} is what keeps each chain whole. An entry is never updated, so the hash a writer chained to can
 * never change under it, and an inserted entry is complete in one write (state and event together). A lane's end is
 * found by looking entries up by {@code _id} ({@link LaneEnd}), never by a sorted query, which the embedded store
 * answers by reading the whole trail.
 *
 * <p><b>The trade-off.</b> Entries on different lanes are not chained to each other: their order is their time
 * ({@code occurredAt}, to the millisecond), which no hash protects, and the entries endpoint lists them by it.
 * Each lane also has an end of its own, where entries cut off leave a chain that still verifies: a lane's anchor,
 * the last entry its holder had appended when it last renewed its lease (every {@code LEASE / 2} at most while it
 * appends) or gave it back, catches a cut before that point and a lane deleted whole; what was appended since shows
 * as missing only in the published {@code audit.recorded} events, as the end of the single chain did before. An
 * edited, deleted, inserted or reordered entry anywhere else breaks its lane as it broke the single chain
 * ({@link AuditChainVerifier}), and the verification reads the same entries as before, lane by lane.
 *
 * <p><b>Upgrade.</b> The entries written before lanes are lane 0: their {@code _id} is their sequence number, and
 * their hash does not include a lane. The first instance to claim lane 0 finds that chain's end and continues it.
 *
 * <p>The only later change to an entry's document is the outbox relay removing the published event (and its
 * lease); neither is part of the hash. A failed append throws {@link AuditUnavailableException}: callers must not
 * hand out data that is not on record (see {@code AuditedRequests}).
 */
public class AuditTrail implements AutoCloseable {

    static final int MAX_ATTEMPTS = 20;
    /** Lanes a trail may have: the most instances ever append at once, times the lanes each holds, stay within. */
    static final int LANES = 128;
    /** Appends one instance runs at once; more wait for a lane of theirs to be free. */
    static final int LANES_PER_INSTANCE = 8;
    /** How long a lane stays an instance's after it last claimed or renewed it. */
    static final Duration LEASE = Duration.ofMinutes(1);
    /** Free lanes one claim tries before it appends beside another instance. */
    private static final int CLAIM_TRIES = 8;
    /** Entries per reply while verifying: the embedded store answers a query without one in a single reply. */
    private static final int VERIFY_BATCH = 1_000;
    /** The method of an entry for a change made on consuming an event rather than answering a request. */
    public static final String CONSUMED = "EVENT";

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final MongoTemplate mongo;
    private final AuditLanes lanes;
    private final EventRecorder events;
    private final CurrentActor actor;
    private final Clock clock;
    private final String service;
    private final Counter recorded;
    private final Counter failures;
    private final Counter collisions;
    private final String owner = UUID.randomUUID().toString();
    private final ReentrantLock pool = new ReentrantLock();
    private final Condition laneFreed = pool.newCondition();
    /** This instance's lanes no writer is on, the last one freed first: one writer alone keeps to one lane. */
    private final Deque<Lane> free = new ArrayDeque<>();
    /** The numbers of this instance's lanes, free or in use. */
    private final Set<Integer> held = new HashSet<>();
    /** Claims under way, which count towards {@link #LANES_PER_INSTANCE} before they add to {@link #held}. */
    private int claiming;
    /** One claim at a time, so that two writers of this instance never claim the same lane. */
    private final ReentrantLock claims = new ReentrantLock();

    public AuditTrail(MongoTemplate mongo, EventRecorder events, CurrentActor actor, Clock clock, String service,
                      MeterRegistry meters) {
        this.mongo = mongo;
        this.lanes = new AuditLanes(mongo);
        this.events = events;
        this.actor = actor;
        this.clock = clock;
        this.service = service;
        this.recorded = Counter.builder("casemgmt.audit.recorded").description("Entries appended to the audit trail")
                .register(meters);
        this.failures = Counter.builder("casemgmt.audit.failures")
                .description("Accesses that could not be put on the audit trail").register(meters);
        this.collisions = Counter.builder("casemgmt.audit.collisions")
                .description("Appends that found their place on a lane taken by another instance, and tried again")
                .register(meters);
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
        Lane lane = null;
        try {
            lane = takeLane();
            while (!stillHeld(lane)) {
                forget(lane);
                lane = null;
                lane = takeLane();
            }
            AuditEntry entry = append(lane, actorId, agencyId, what, correlationId);
            recorded.increment();
            return entry;
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (lane != null) {
                lane.current = false; // the insert may have landed all the same
            }
            failures.increment();
            throw new AuditUnavailableException("Could not put " + what.action() + " of " + what.resourceType()
                    + " on the audit trail", e);
        } finally {
            if (lane != null) {
                giveBack(lane);
            }
        }
    }

    private AuditEntry append(Lane lane, String actorId, String agencyId, AuditRecord what, String correlationId) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            if (!lane.current) {
                lane.last = endOf(lane.number, lane.last);
                lane.current = lane.leased; // on a shared lane, the end may move before every append
            }
            AuditEntry entry = AuditEntry.chained(lane.number, lane.last.sequence() + 1, lane.last.hash(), service,
                    actorId, agencyId, what, correlationId, clock.instant());
            entry.getOutbox().add(events.record(EventCatalog.AUDIT_RECORDED, entry.subject(), entry.toEvent()));
            try {
                mongo.insert(entry);
                lane.last = new LaneHead(entry.getSequence(), entry.getHash());
                return entry;
            } catch (DuplicateKeyException taken) {
                lane.current = false; // another instance appended there first: chain to its entry
                collisions.increment();
            }
        }
        throw new IllegalStateException("entry after " + lane.last.sequence() + " of lane " + lane.number
                + " still taken after " + MAX_ATTEMPTS + " attempts");
    }

    /** The last entry of {@code lane}, looking from {@code from}, an entry known to exist (or the lane's start). */
    private LaneHead endOf(int lane, LaneHead from) {
        long last = LaneEnd.lastPresent(from.sequence(), sequence -> sequence < AuditEntry.LANE_SPAN
                && mongo.exists(new Query(where("_id").is(AuditEntry.idOf(lane, sequence))), AuditEntry.class));
        if (last == from.sequence()) {
            return from;
        }
        AuditEntry end = mongo.findById(AuditEntry.idOf(lane, last), AuditEntry.class);
        if (end == null) {
            throw new IllegalStateException("entry " + last + " of lane " + lane + " was there and then was not");
        }
        return new LaneHead(last, end.getHash());
    }

    /** A free lane of this instance's, else one more claimed; waits while it has {@value #LANES_PER_INSTANCE}. */
    private Lane takeLane() throws InterruptedException {
        pool.lock();
        try {
            while (free.isEmpty() && held.size() + claiming >= LANES_PER_INSTANCE) {
                laneFreed.await();
            }
            Lane lane = free.pollFirst();
            if (lane != null) {
                return lane;
            }
            claiming++;
        } finally {
            pool.unlock();
        }
        return claimLane();
    }

    private Lane claimLane() {
        Lane lane = null;
        claims.lock();
        try {
            Instant now = clock.instant();
            Set<Integer> ours = heldLanes();
            for (int candidate : AuditLanes.candidates(lanes.leased(now), ours, LANES, CLAIM_TRIES)) {
                Optional<AuditLanes.Claimed> claimed = lanes.claim(candidate, owner, now, now.plus(LEASE), null);
                if (claimed.isPresent()) {
                    lane = new Lane(candidate, true, claimed.get().anchor(), now);
                    return lane;
                }
            }
            lane = new Lane(sharedLane(ours), false, null, now);
            return lane;
        } finally {
            pool.lock();
            try {
                claiming--;
                if (lane != null) {
                    held.add(lane.number);
                } else {
                    laneFreed.signal(); // room for another writer's claim
                }
            } finally {
                pool.unlock();
            }
            claims.unlock();
        }
    }

    /** Every lane is leased: one of them, not this instance's, to append on beside its holder. */
    private static int sharedLane(Set<Integer> ours) {
        int lane;
        do {
            lane = ThreadLocalRandom.current().nextInt(LANES);
        } while (ours.contains(lane));
        return lane;
    }

    /**
     * Renews the lane's lease once half of it has gone, and tries a shared lane's again as often: false when another
     * instance has taken a lane this one held.
     */
    private boolean stillHeld(Lane lane) {
        Instant now = clock.instant();
        if (now.isBefore(lane.renewAt)) {
            return true;
        }
        Optional<AuditLanes.Claimed> claimed = lanes.claim(lane.number, owner, now, now.plus(LEASE),
                lane.leased && lane.current ? lane.last : null);
        lane.renewAt = now.plus(LEASE.dividedBy(2));
        if (claimed.isEmpty()) {
            return !lane.leased;
        }
        if (!owner.equals(claimed.get().previousOwner())) {
            lane.current = false; // another instance had it meanwhile: its end has moved
            lane.last = lane.last.orLater(claimed.get().anchor());
        }
        lane.leased = true;
        return true;
    }

    private void giveBack(Lane lane) {
        pool.lock();
        try {
            free.addFirst(lane);
            laneFreed.signal();
        } finally {
            pool.unlock();
        }
    }

    private void forget(Lane lane) {
        pool.lock();
        try {
            held.remove(lane.number);
            laneFreed.signal();
        } finally {
            pool.unlock();
        }
    }

    private Set<Integer> heldLanes() {
        pool.lock();
        try {
            return Set.copyOf(held);
        } finally {
            pool.unlock();
        }
    }

    /**
     * Gives back the leases of the lanes no writer is on, anchored at their ends, so that an instance starting now
     * takes them at once; a lane in use keeps its lease until it runs out.
     */
    @Override
    public void close() {
        List<Lane> leaving;
        pool.lock();
        try {
            leaving = List.copyOf(free);
            free.clear();
            leaving.forEach(lane -> held.remove(lane.number));
        } finally {
            pool.unlock();
        }
        Instant now = clock.instant();
        for (Lane lane : leaving) {
            if (lane.leased) {
                try {
                    lanes.release(lane.number, owner, now, lane.current ? lane.last : null);
                } catch (RuntimeException e) {
                    log.debug("Could not give back lane {} of the audit trail; it is free when its lease ends",
                            lane.number, e);
                }
            }
        }
    }

    /** Every entry, lane by lane in sequence order, checked link by link and against each lane's anchor. */
    public ChainVerification verify() {
        // The anchors first: an entry appended meanwhile is met by the walk, while an anchor read after the walk
        // could name an entry the walk did not see.
        Map<Integer, LaneHead> anchors = lanes.anchors();
        Query byId = new Query().with(Sort.by(Sort.Direction.ASC, "_id")).cursorBatchSize(VERIFY_BATCH);
        try (var entries = mongo.stream(byId, AuditEntry.class)) {
            return AuditChainVerifier.verify(entries::iterator, anchors);
        }
    }

    /** A lane in this instance's hands; one writer at a time uses it, taking it from and giving it back to the pool. */
    private static final class Lane {

        private final int number;
        /** The last entry known: the lane's end when {@link #current}, else a point to look for the end from. */
        private LaneHead last;
        private boolean current;
        /** False for a lane shared with the instance leasing it. */
        private boolean leased;
        private Instant renewAt;

        Lane(int number, boolean leased, LaneHead anchor, Instant claimedAt) {
            this.number = number;
            this.leased = leased;
            this.last = LaneHead.START.orLater(anchor);
            this.renewAt = claimedAt.plus(LEASE.dividedBy(2));
        }
    }
}
