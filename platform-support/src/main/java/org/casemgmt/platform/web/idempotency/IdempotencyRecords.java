package org.casemgmt.platform.web.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
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
 */
class IdempotencyRecords {

    static final String COLLECTION = "idempotency_keys";
    private static final String IN_FLIGHT = "IN_FLIGHT";
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
        try {
            mongo.insert(new Document("_id", scope).append("fingerprint", fingerprint).append("state", IN_FLIGHT)
                    .append("createdAt", Date.from(now)), COLLECTION);
            return new Claim(Claim.Outcome.FIRST, null);
        } catch (DuplicateKeyException alreadyClaimed) {
            Document existing = mongo.findById(scope, Document.class, COLLECTION);
            if (existing == null) {
                return claim(scope, fingerprint);
            }
            if (!fingerprint.equals(existing.getString("fingerprint"))) {
                return new Claim(Claim.Outcome.DIFFERENT_REQUEST, null);
            }
            if (COMPLETED.equals(existing.getString("state"))) {
                return new Claim(Claim.Outcome.COMPLETED, StoredResponse.from(existing));
            }
            return takeOverIfAbandoned(scope, existing, now);
        }
    }

    private Claim takeOverIfAbandoned(String scope, Document existing, Instant now) {
        Date startedAt = existing.getDate("createdAt");
        if (startedAt.toInstant().plus(properties.abandonedAfter()).isAfter(now)) {
            return new Claim(Claim.Outcome.IN_PROGRESS, null);
        }
        Document taken = mongo.findAndModify(
                new Query(where("_id").is(scope).and("state").is(IN_FLIGHT).and("createdAt").is(startedAt)),
                new Update().set("createdAt", Date.from(now)), Document.class, COLLECTION);
        return new Claim(taken == null ? Claim.Outcome.IN_PROGRESS : Claim.Outcome.FIRST, null);
    }

    void complete(String scope, StoredResponse response) {
        mongo.updateFirst(new Query(where("_id").is(scope)), new Update()
                .set("state", COMPLETED)
                .set("status", response.status())
                .set("contentType", response.contentType())
                .set("location", response.location())
                .set("body", new Binary(response.body()))
                .set("sealedUnder", response.sealedUnder())
                .set("audit", response.audit() == null ? null : response.audit().toDocument()), COLLECTION);
    }

    /** Forgets an unfinished request (it failed on our side), so that a retry runs it again. */
    void release(String scope) {
        mongo.remove(new Query(where("_id").is(scope).and("state").is(IN_FLIGHT)), COLLECTION);
    }

    record Claim(Outcome outcome, StoredResponse stored) {
        enum Outcome { FIRST, COMPLETED, IN_PROGRESS, DIFFERENT_REQUEST }
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
