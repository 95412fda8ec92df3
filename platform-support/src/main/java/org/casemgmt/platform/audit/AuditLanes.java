package org.casemgmt.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The leases on a trail's lanes, in the service's own {@value #COLLECTION} collection: one small document per lane
 * ever claimed, {@code _id} = the lane's number, with the instance holding it ({@code owner}) until when
 * ({@code until}), and its anchor: the last entry its holder had appended when it last renewed or gave the lease
 * back ({@code anchor.sequence}, {@code anchor.hash}). Everything is read or written by {@code _id}, or over these
 * few documents.
 *
 * <p>The lease keeps other instances off a lane, so that its holder neither collides nor re-reads; it is not what
 * keeps the chain whole (the unique {@code _id} of each entry is). The anchor is where a new holder starts looking
 * for the lane's end, and what {@link AuditChainVerifier} holds the lane to: a lane that ends before its anchor, or
 * holds another entry there, was cut or rewritten.
 */
class AuditLanes {

    static final String COLLECTION = "audit_lanes";
    static final String OWNER = "owner";
    static final String UNTIL = "until";
    static final String ANCHOR_SEQUENCE = "anchor.sequence";
    static final String ANCHOR_HASH = "anchor.hash";

    private final MongoTemplate mongo;

    AuditLanes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A lease taken: who held the lane before (null for a lane never claimed) and its anchor then. */
    record Claimed(String previousOwner, LaneHead anchor) {
    }

    /**
     * Takes or renews the lease on {@code lane} for {@code owner} until {@code until}, if it is free (never claimed,
     * or its lease over by {@code now}) or {@code owner}'s already; anchors it at {@code head} when given.
     *
     * @return what the lane was before; empty when another instance holds it
     */
    Optional<Claimed> claim(int lane, String owner, Instant now, Instant until, LaneHead head) {
        Query freeOrOwn = new Query(where("_id").is(lane)
                .orOperator(where(OWNER).is(owner), where(UNTIL).lte(Date.from(now))));
        Update lease = new Update().set(OWNER, owner).set(UNTIL, Date.from(until));
        if (head != null) {
            lease.set(ANCHOR_SEQUENCE, head.sequence()).set(ANCHOR_HASH, head.hash());
        }
        try {
            // Upserted when nothing matches: a lane never claimed is inserted, one held by another is a duplicate.
            Document before = mongo.findAndModify(freeOrOwn, lease,
                    FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, COLLECTION);
            return Optional.of(before == null ? new Claimed(null, null)
                    : new Claimed(before.getString(OWNER), anchorOf(before)));
        } catch (DuplicateKeyException heldByAnother) {
            return Optional.empty();
        }
    }

    /** Gives the lease back at {@code now}, anchored at {@code head} when given, if {@code owner} still holds it. */
    void release(int lane, String owner, Instant now, LaneHead head) {
        Update released = new Update().set(UNTIL, Date.from(now));
        if (head != null) {
            released.set(ANCHOR_SEQUENCE, head.sequence()).set(ANCHOR_HASH, head.hash());
        }
        mongo.updateFirst(new Query(where("_id").is(lane).and(OWNER).is(owner)), released, COLLECTION);
    }

    /** The lanes whose lease runs past {@code now}. */
    Set<Integer> leased(Instant now) {
        Query held = new Query(where(UNTIL).gt(Date.from(now)));
        held.fields().include("_id");
        Set<Integer> lanes = new HashSet<>();
        for (Document lane : mongo.find(held, Document.class, COLLECTION)) {
            lanes.add(lane.getInteger("_id"));
        }
        return lanes;
    }

    /** Every lane's anchor, by lane. */
    Map<Integer, LaneHead> anchors() {
        Map<Integer, LaneHead> anchors = new HashMap<>();
        for (Document lane : mongo.find(new Query(Criteria.where(ANCHOR_SEQUENCE).exists(true)), Document.class,
                COLLECTION)) {
            anchors.put(lane.getInteger("_id"), anchorOf(lane));
        }
        return anchors;
    }

    /**
     * The lanes to try claiming, in order: the lowest ones neither {@code leased} nor already {@code ours}, at most
     * {@code tries}. Lowest first, so that instances starting again take the lanes their predecessors left rather
     * than begin new ones: the trail never has more lanes than instances ever held at once.
     */
    static List<Integer> candidates(Set<Integer> leased, Set<Integer> ours, int lanes, int tries) {
        List<Integer> candidates = new ArrayList<>();
        for (int lane = 0; lane < lanes && candidates.size() < tries; lane++) {
            if (!leased.contains(lane) && !ours.contains(lane)) {
                candidates.add(lane);
            }
        }
        return candidates;
    }

    private static LaneHead anchorOf(Document lane) {
        Document anchor = lane.get("anchor", Document.class);
        return anchor == null ? null : new LaneHead(anchor.get("sequence", Number.class).longValue(),
                anchor.getString("hash"));
    }
}
