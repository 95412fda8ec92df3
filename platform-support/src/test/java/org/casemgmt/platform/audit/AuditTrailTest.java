package org.casemgmt.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.outbox.PendingEvent;
import org.casemgmt.platform.testing.EmbeddedMongo;
import org.casemgmt.platform.testing.EventRecorders;
import org.casemgmt.platform.web.CurrentActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The trail against the embedded MongoDB server: one chain, whoever appends and however many at once. */
class AuditTrailTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00.123456Z"), ZoneOffset.UTC);

    private final String database = "audit-" + UUID.randomUUID();
    private final MongoClient client = MongoClients.create(EmbeddedMongo.uri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);
    private final EventRecorder events = EventRecorders.outsideAnyRequest("/casemgmt/intake-service", CLOCK);

    @AfterEach
    void dropTheTrail() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void entriesAreNumberedFromOneAndEachCarriesTheHashOfTheOneBefore() {
        AuditTrail trail = trail(agencyWorker());

        AuditEntry first = trail.record(reading("client-1", 200));
        AuditEntry second = trail.record(reading("client-2", 404));

        assertThat(first.getSequence()).isEqualTo(1);
        assertThat(first.getPreviousHash()).isEqualTo(AuditEntry.GENESIS_HASH);
        assertThat(second.getSequence()).isEqualTo(2);
        assertThat(second.getPreviousHash()).isEqualTo(first.getHash());
        assertThat(trail.verify()).isEqualTo(new ChainVerification(true, 2, null));
    }

    @Test
    void anEntryRecordsWhoForWhichAgencyWhatAndTheOutcome() {
        AuditEntry entry = trail(agencyWorker()).record(reading("client-1", 403));

        var recorded = mongo.findById(entry.getSequence(), AuditEntry.class).toEvent();
        assertThat(recorded.service()).isEqualTo("intake-service");
        assertThat(recorded.actorId()).isEqualTo("worker-1");
        assertThat(recorded.agencyId()).isEqualTo("agency-a");
        assertThat(recorded.resourceType()).isEqualTo("client");
        assertThat(recorded.resourceId()).isEqualTo("client-1");
        assertThat(recorded.action()).isEqualTo("READ");
        assertThat(recorded.status()).isEqualTo(403);
        assertThat(recorded.outcome()).isEqualTo("DENIED");
        assertThat(recorded.occurredAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00.123Z"));
    }

    @Test
    void theEntryCarriesItsAuditRecordedEventKeyedByCaseThenResourceThenType() {
        AuditTrail trail = trail(agencyWorker());

        PendingEvent ofCase = trail.record(new AuditRecord("intake", "intake-1", "case-1", AuditAction.UPDATE,
                "decide", "POST", "/api/intake/intakes/intake-1/decision", null, 200, null)).getOutbox().getFirst();
        PendingEvent ofClient = trail.record(reading("client-1", 200)).getOutbox().getFirst();
        PendingEvent ofList = trail.record(new AuditRecord("client", null, null, AuditAction.READ, null, "GET",
                "/api/intake/clients", "name&status=ACTIVE", 200, null)).getOutbox().getFirst();

        assertThat(List.of(ofCase.subject(), ofClient.subject(), ofList.subject()))
                .containsExactly("case-1", "client-1", "client");
        assertThat(ofCase.topic()).isEqualTo(EventCatalog.AUDIT_RECORDED.topic());
        assertThat(new EventSchemaValidator().validate(EventCatalog.AUDIT_RECORDED, ofList.data())).isEmpty();
        AuditEntry stored = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")), AuditEntry.class);
        assertThat(stored.getOutbox()).singleElement().extracting(PendingEvent::id).isEqualTo(ofList.id());
    }

    @Test
    void concurrentAppendsOfTwoInstancesSharingTheTrailFormOneUnbrokenChain() throws Exception {
        AuditTrail instanceA = trail(agencyWorker());
        AuditTrail instanceB = trail(agencyWorker());
        List<Callable<AuditEntry>> appends = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            AuditTrail trail = i % 2 == 0 ? instanceA : instanceB;
            String clientId = "client-" + i;
            appends.add(() -> trail.record(reading(clientId, 200)));
        }

        ExecutorService writers = Executors.newFixedThreadPool(6);
        try {
            for (Future<AuditEntry> appended : writers.invokeAll(appends)) {
                appended.get();
            }
        } finally {
            writers.shutdown();
        }

        assertThat(instanceA.verify()).isEqualTo(new ChainVerification(true, 60, null));
    }

    @Test
    void anAppendThatCannotBeStoredFailsLoudly() {
        MongoClient closed = MongoClients.create(EmbeddedMongo.uri(database));
        AuditTrail trail = new AuditTrail(new MongoTemplate(closed, database), events, agencyWorker(), CLOCK,
                "intake-service", new SimpleMeterRegistry());
        closed.close();

        assertThatThrownBy(() -> trail.record(reading("client-1", 200)))
                .isInstanceOf(AuditUnavailableException.class)
                .hasMessageContaining("READ of client");
    }

    private AuditTrail trail(CurrentActor actor) {
        return new AuditTrail(mongo, events, actor, CLOCK, "intake-service", new SimpleMeterRegistry());
    }

    private static CurrentActor agencyWorker() {
        return new CurrentActor() {
            @Override
            public String id() {
                return "worker-1";
            }

            @Override
            public String agencyId() {
                return "agency-a";
            }
        };
    }

    private static AuditRecord reading(String clientId, int status) {
        return new AuditRecord("client", clientId, null, AuditAction.READ, null, "GET",
                "/api/intake/clients/" + clientId, null, status, null);
    }
}
