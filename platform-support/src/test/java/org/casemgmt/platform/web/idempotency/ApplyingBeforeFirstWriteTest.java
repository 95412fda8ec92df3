package org.casemgmt.platform.web.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import org.bson.Document;
import org.casemgmt.platform.audit.AuditEntry;
import org.casemgmt.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

class ApplyingBeforeFirstWriteTest {

    private static final MongoClient CLIENT = MongoClients.create(EmbeddedMongo.uri("idempotency-test"));
    private static final MongoTemplate MONGO = new MongoTemplate(CLIENT, "idempotency-test");
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

    private final IdempotencyRecords records = recordsAt(START);
    private final MongoTemplate store = new MongoTemplate(CLIENT, "idempotency-test");

    {
        store.setEntityCallbacks(EntityCallbacks.create(new ApplyingBeforeFirstWrite(() -> records)));
    }

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void everyInsertSaveAndReplaceOfEntitiesAndDocumentsMarksTheKeyedRequestApplying() {
        List<Consumer<MongoTemplate>> writes = List.of(
                mongo -> mongo.insert(new Document("_id", id()), "idempotency_test_writes"),
                mongo -> mongo.save(new Document("_id", id()), "idempotency_test_writes"),
                mongo -> mongo.insert(new Note(id(), "inserted")),
                mongo -> mongo.save(new Note(id(), "saved")),
                mongo -> mongo.insertAll(List.of(new Note(id(), "one of many"))),
                mongo -> mongo.findAndReplace(new Query(where("_id").is(id())), new Note(null, "replaced"),
                        FindAndReplaceOptions.options().upsert()));

        for (Consumer<MongoTemplate> write : writes) {
            String scope = UUID.randomUUID().toString();
            inKeyedRequest(scope);

            write.accept(store);

            assertThat(state(scope)).as("after write %d", writes.indexOf(write)).isEqualTo("APPLYING");
        }
    }

    @Test
    void writesToTheIdempotencyRecordsAndTheAuditTrailAreNotTheRequestsEffects() {
        String scope = UUID.randomUUID().toString();
        inKeyedRequest(scope);

        store.insert(new Document("_id", id()), AuditEntry.COLLECTION);
        store.insert(new Document("_id", id()), IdempotencyRecords.COLLECTION);

        assertThat(state(scope)).isEqualTo("IN_FLIGHT");
    }

    @Test
    void writesOutsideAKeyedRequestOrOnAnotherThreadAreLeftAlone() {
        store.insert(new Note(id(), "no request"));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        store.insert(new Note(id(), "a request without a key"));

        String scope = UUID.randomUUID().toString();
        inKeyedRequest(scope);
        CompletableFuture.runAsync(() -> store.insert(new Note(id(), "the outbox sender's"))).join();

        assertThat(state(scope)).isEqualTo("IN_FLIGHT");
    }

    @Test
    void aRequestTakenOverIsStoppedBeforeItsFirstWriteAndWritesNothing() {
        String scope = UUID.randomUUID().toString();
        inKeyedRequest(scope);
        recordsAt(START.plus(Duration.ofSeconds(61))).claim(scope, "body-hash");
        String noteId = id();

        assertThatThrownBy(() -> store.insert(new Note(noteId, "too late")))
                .isInstanceOf(IdempotentRequestTakenOverException.class);

        assertThat(MONGO.findById(noteId, Note.class)).isNull();
        assertThat(state(scope)).isEqualTo("IN_FLIGHT");
    }

    private void inKeyedRequest(String scope) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/notes");
        request.setAttribute(ClaimedRequest.ATTRIBUTE,
                new ClaimedRequest(scope, records.claim(scope, "body-hash").owner()));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static String state(String scope) {
        return MONGO.findById(scope, Document.class, IdempotencyRecords.COLLECTION).getString("state");
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static IdempotencyRecords recordsAt(Instant now) {
        return new IdempotencyRecords(MONGO, Clock.fixed(now, ZoneOffset.UTC),
                new IdempotencyProperties(Duration.ofHours(24), Duration.ofSeconds(60)));
    }

    @org.springframework.data.mongodb.core.mapping.Document("idempotency_test_notes")
    record Note(@Id String id, String text) {
    }
}
