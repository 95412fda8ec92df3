package org.casemgmt.platform.web.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@code idempotency_keys} collection: one document per key scope. Inserting it is the atomic "first
 * request wins" step (a duplicate {@code _id} means someone was first); it then holds the response to replay.
 *
 * <p>A record goes {@code IN_FLIGHT} (claimed, nothing written yet), {@code APPLYING} (the request began writing,
 * {@link ApplyingBeforeFirstWrite}), then {@code COMPLETED} (its response kept). A request that ends without a
 * response to keep (a server error) is forgotten while nothing was written, so that a retry runs it; once it has
 * written, its record is {@code UNFINISHED}: nobody can tell what of it took effect, so it is never run again under
 * this key. Only single-document atomicity is needed: every claim carries an {@code owner} id, a takeover of an
 * abandoned request gives it a new one, and each change after the claim matches on the owner and the state it
 * expects, so of a takeover and the first request's switch to {@code APPLYING} exactly one wins, and a request
 * taken over can no longer write, complete or release the record.
 */
class IdempotencyRecords {

    static final String COLLECTION = "idempotency_keys";
    private static final String IN_FLIGHT = "IN_FLIGHT";
    private static final String APPLYING = "APPLYING";
    private static final String UNFINISHED = "UNFINISHED";
    private static final String COMPLETED = "COMPLETED";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final IdempotencyProperties properties;

    IdempotencyRecords(MongoTemplate mongo, Clock clock, IdempotencyProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
    }

    void createIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("createdAt", Sort.Direction.ASC)
                .expire(properties.retention().toSeconds(), TimeUnit.SECONDS).named("expire_idempotency_keys"));
    }

    Claim claim(String scope, String fingerprint) {
        Instant now = clock.instant();
        String owner = UUID.randomUUID().toString();
        try {
            mongo.insert(new Document("_id", scope).append("fingerprint", fingerprint).append("state", IN_FLIGHT)
                    .append("owner", owner).append("createdAt", Date.from(now)), COLLECTION);
            return Claim.first(owner);
        } catch (DuplicateKeyException alreadyClaimed) {
            Document existing = mongo.findById(scope, Document.class, COLLECTION);
            if (existing == null) {
                return claim(scope, fingerprint);
            }
            if (!fingerprint.equals(existing.getString("fingerprint"))) {
                return new Claim(Claim.Outcome.DIFFERENT_REQUEST, null, null);
            }
            String state = existing.getString("state");
            if (COMPLETED.equals(state)) {
                return new Claim(Claim.Outcome.COMPLETED, StoredResponse.from(existing), null);
            }
            if (UNFINISHED.equals(state)) {
                return new Claim(Claim.Outcome.OUTCOME_UNKNOWN, null, null);
            }
            if (existing.getDate("createdAt").toInstant().plus(properties.abandonedAfter()).isAfter(now)) {
                return new Claim(Claim.Outcome.IN_PROGRESS, null, null);
            }
            // Abandoned: a request that began writing may have taken effect, one that did not may run again.
            return APPLYING.equals(state) ? new Claim(Claim.Outcome.OUTCOME_UNKNOWN, null, null)
                    : takeOver(scope, fingerprint, existing.getString("owner"), now);
        }
    }

    /**
     * Only from the owner that abandoned it and only while it has written nothing; losing the race (its owner began
     * writing, or another retry took it over first) is answered from the record as it is now.
     */
    private Claim takeOver(String scope, String fingerprint, String abandonedBy, Instant now) {
        String owner = UUID.randomUUID().toString();
        // An owner of null also matches a record claimed before records had owners.
        long taken = mongo.updateFirst(
                new Query(where("_id").is(scope).and("state").is(IN_FLIGHT).and("owner").is(abandonedBy)),
                new Update().set("owner", owner).set("createdAt", Date.from(now)), COLLECTION).getModifiedCount();
        return taken == 1 ? Claim.first(owner) : claim(scope, fingerprint);
    }

    /**
     * Marks the request as writing, before its first write; true again for its later writes.
     *
     * @return false when the request is no longer the record's owner: a retry took it over, so it must not write
     */
    boolean applying(String scope, String owner) {
        return mongo.updateFirst(
                new Query(where("_id").is(scope).and("owner").is(owner).and("state").in(IN_FLIGHT, APPLYING)),
                new Update().set("state", APPLYING), COLLECTION).getMatchedCount() == 1;
    }

    /** Keeps the response to replay; nothing when the request was taken over meanwhile. */
    void complete(String scope, String owner, StoredResponse response) {
        mongo.updateFirst(new Query(where("_id").is(scope).and("owner").is(owner)), new Update()
                .set("state", COMPLETED)
                .set("status", response.status())
                .set("contentType", response.contentType())
                .set("location", response.location())
                .set("body", new Binary(response.body()))
                .set("sealedUnder", response.sealedUnder())
                .set("audit", response.audit() == null ? null : response.audit().toDocument()), COLLECTION);
    }

    /**
     * Ends a request without a response to keep (it failed on our side): forgotten if it wrote nothing, so that a
     * retry runs it again; {@code UNFINISHED} once it has written. Nothing when the request was taken over.
     */
    void release(String scope, String owner) {
        Query wroteNothing = new Query(where("_id").is(scope).and("owner").is(owner).and("state").is(IN_FLIGHT));
        if (mongo.remove(wroteNothing, COLLECTION).getDeletedCount() == 0) {
            mongo.updateFirst(new Query(where("_id").is(scope).and("owner").is(owner).and("state").is(APPLYING)),
                    new Update().set("state", UNFINISHED), COLLECTION);
        }
    }

    /**
     * @param stored the response to replay, for {@code COMPLETED}
     * @param owner  this request's id on the record, for {@code FIRST}
     */
    record Claim(Outcome outcome, StoredResponse stored, String owner) {

        enum Outcome { FIRST, COMPLETED, IN_PROGRESS, OUTCOME_UNKNOWN, DIFFERENT_REQUEST }

        static Claim first(String owner) {
            return new Claim(Outcome.FIRST, null, owner);
        }
    }

    /**
     * @param sealedUnder the clients whose keys seal the body, in sealing order; empty when kept as it was
     * @param audit       the resource the first request was on record for; null when it was not audited
     */
    record StoredResponse(int status, String contentType, String location, byte[] body, List<String> sealedUnder,
                          ReplayAudit audit) {
        static StoredResponse from(Document document) {
            Object body = document.get("body");
            byte[] bytes = body instanceof Binary binary ? binary.getData()
                    : body instanceof byte[] raw ? raw : new byte[0];
            List<String> sealedUnder = document.getList("sealedUnder", String.class);
            return new StoredResponse(document.getInteger("status"), document.getString("contentType"),
                    document.getString("location"), bytes, sealedUnder == null ? List.of() : sealedUnder,
                    ReplayAudit.from(document.get("audit", Document.class)));
        }
    }
}
