package org.casemgmt.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The relay's to-do list: one small document per aggregate document that may hold unpublished events, in the
 * service's own {@value #COLLECTION} collection. The relay reads only this list and the documents it names by id,
 * so finding pending work costs what is pending, never the size of the history (an audit trail of 100,000 entries
 * is not looked at). Nothing here needs an index beyond {@code _id}, so it costs the same on MongoDB and on the
 * embedded store, which uses no other index for queries.
 *
 * <p>Why it cannot lose an event without transactions: a writer marks a document before saving it and again after
 * (see {@link OutboxMarking}); the relay forgets a mark only once the document has not been marked for
 * {@code settle} (longer than any single save takes), and then reads the document once more and marks it again if
 * anything is pending. So a save that lands after the relay has looked, or a writer that dies between its save and
 * its second mark, still leaves a mark behind that names the document.
 *
 * <p>The mark also remembers the events of its document the relay has sent ({@code sent}), so that a writer who
 * loaded the document before they were sent, and saves it afterwards, does not write them back to be sent again
 * ({@link #markAndSent}); a copy kept longer than the mark lives (past {@code settle}) may still do so, and consumers
 * drop such repeats by their id.
 *
 * <p>A mark: {@code _id} = {@code <collection>/<document id>}; the collection and the document id as stored;
 * {@code touchedAt}, the writer's last mark; {@code dueAt}, when the relay should look next; {@code lease}, the
 * instance that is looking now and until when, with the failures in a row of its last publication; {@code sent}, the
 * ids of the events sent while the mark lived.
 */
class PendingOutboxes {

    static final String COLLECTION = "outbox_pending";
    static final String TOUCHED_AT = "touchedAt";
    static final String DUE_AT = "dueAt";
    static final String LEASE = "lease";
    static final String SENT = "sent";
    /** Says that every outbox written before marks existed has been marked; its presence ends that one-time look. */
    static final String MARKED_SINCE = "outbox_marks_complete";

    private final MongoTemplate mongo;
    private final String eventIdField;

    PendingOutboxes(MongoTemplate mongo) {
        this.mongo = mongo;
        MongoPersistentProperty id = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(PendingEvent.class).getIdProperty();
        this.eventIdField = id == null ? "id" : id.getFieldName();
    }

    /** The name a {@link PendingEvent}'s id is stored under in an outbox (the mapping may call it {@code _id}). */
    String eventIdField() {
        return eventIdField;
    }

    /** Marks the document as possibly holding unpublished events, due at once. */
    void mark(String collection, Object documentId, Instant now) {
        mongo.upsert(byDocument(collection, documentId), marking(collection, documentId, now), COLLECTION);
    }

    /** Marks the document as {@link #mark} does, answering the ids of its events the relay has sent already. */
    Set<String> markAndSent(String collection, Object documentId, Instant now) {
        Document marked = mongo.findAndModify(byDocument(collection, documentId),
                marking(collection, documentId, now), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COLLECTION);
        return marked == null ? Set.of() : Set.copyOf(marked.getList(SENT, String.class, List.of()));
    }

    /** The relay sent this event of the marked document. */
    void sent(Mark mark, String eventId) {
        mongo.updateFirst(new Query(where("_id").is(mark.id())), new Update().addToSet(SENT, eventId), COLLECTION);
    }

    private static Query byDocument(String collection, Object documentId) {
        return new Query(where("_id").is(markId(collection, documentId)));
    }

    private static Update marking(String collection, Object documentId, Instant now) {
        Date at = Date.from(now);
        return new Update()
                .setOnInsert("collection", collection)
                .setOnInsert("documentId", documentId)
                .set(TOUCHED_AT, at)
                .min(DUE_AT, at);
    }

    /**
     * The ids of at most {@code limit} marks due now and not leased: one look at the list for a whole round, since
     * a store without secondary indexes (the embedded one) reads every mark to answer it, and a backlog of thousands
     * claimed one look each took minutes to drain.
     */
    List<String> dueMarks(Instant now, int limit) {
        Query due = dueAt(now).limit(limit);
        due.fields().include("_id");
        return mongo.find(due, Document.class, COLLECTION).stream().map(mark -> mark.getString("_id")).toList();
    }

    /** Claims the mark for {@code owner} until {@code leaseUntil} if it is still due and free; else null. */
    Mark claim(String markId, String owner, Instant now, Instant leaseUntil) {
        Query stillDue = dueAt(now).addCriteria(where("_id").is(markId));
        Document claimed = mongo.findAndModify(stillDue, new Update()
                        .set(LEASE + ".owner", owner).set(LEASE + ".until", Date.from(leaseUntil)),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        return claimed == null ? null : Mark.of(claimed);
    }

    private static Query dueAt(Instant now) {
        Date at = Date.from(now);
        return new Query(new Criteria().andOperator(
                where(DUE_AT).lte(at),
                new Criteria().orOperator(where(LEASE + ".until").exists(false), where(LEASE + ".until").lte(at))));
    }

    /**
     * The marked document was published as far as it was read. A mark touched since it was claimed is due again at
     * once (the writer's mark said so); one untouched for {@code settle} is forgotten, answering true so that the
     * caller reads the document once more; one touched more recently is looked at again when it has settled.
     */
    boolean settle(Mark mark, Instant now, Duration settle) {
        Query untouched = new Query(where("_id").is(mark.id()).and(TOUCHED_AT).is(Date.from(mark.touchedAt())));
        if (!mark.touchedAt().plus(settle).isAfter(now)) {
            if (mongo.remove(untouched, COLLECTION).getDeletedCount() == 1) {
                return true;
            }
        } else if (mongo.updateFirst(untouched, new Update().set(DUE_AT, Date.from(mark.touchedAt().plus(settle)))
                .unset(LEASE), COLLECTION).getMatchedCount() == 1) {
            return false;
        }
        release(mark);
        return false;
    }

    /** A publication failed: the mark is left alone until {@code retryAt}. */
    void backOff(Mark mark, int failures, Instant retryAt) {
        mongo.updateFirst(new Query(where("_id").is(mark.id())), new Update()
                .set(LEASE + ".until", Date.from(retryAt)).set(LEASE + ".failures", failures), COLLECTION);
    }

    /** Gives back every claim of {@code owner}, so a stopped instance's marks need not wait for their leases. */
    void releaseAll(String owner) {
        mongo.updateMulti(new Query(where(LEASE + ".owner").is(owner)), new Update().unset(LEASE), COLLECTION);
    }

    /**
     * Once per database, ever: marks the documents whose outboxes were written by a version of the platform that did
     * not mark them yet, so an upgrade loses no event. Looks at each collection once; later starts only read the
     * one document that says it was done.
     */
    void markOutboxesWrittenBeforeMarks(List<String> collections, Instant now) {
        if (mongo.exists(new Query(where("_id").is(MARKED_SINCE)), MARKED_SINCE)) {
            return;
        }
        for (String collection : collections) {
            Query withEvents = new Query(where(HasOutbox.OUTBOX_FIELD + ".0").exists(true));
            withEvents.fields().include("_id");
            for (Document document : mongo.find(withEvents, Document.class, collection)) {
                mark(collection, document.get("_id"), now);
            }
        }
        mongo.save(new Document("_id", MARKED_SINCE).append("at", Date.from(now)), MARKED_SINCE);
    }

    long count() {
        return mongo.getCollection(COLLECTION).countDocuments();
    }

    private void release(Mark mark) {
        mongo.updateFirst(new Query(where("_id").is(mark.id())), new Update().unset(LEASE), COLLECTION);
    }

    static String markId(String collection, Object documentId) {
        return collection + "/" + documentId;
    }

    /** A claimed mark, as read when it was claimed, with the ids of its document's events sent while it lived. */
    record Mark(String id, String collection, Object documentId, Instant touchedAt, int failures, Set<String> sent) {

        static Mark of(Document mark) {
            Document lease = mark.get(LEASE, Document.class);
            return new Mark(mark.getString("_id"), mark.getString("collection"), mark.get("documentId"),
                    mark.getDate(TOUCHED_AT).toInstant(), lease == null ? 0 : lease.getInteger("failures", 0),
                    Set.copyOf(mark.getList(SENT, String.class, List.of())));
        }
    }
}
