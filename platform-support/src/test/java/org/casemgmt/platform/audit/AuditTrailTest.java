package org.casemgmt.platform.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.platform.audit.ChainVerification.BrokenLink;
import org.casemgmt.platform.audit.ChainVerification.Problem;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.outbox.PendingEvent;
import org.casemgmt.platform.testing.EmbeddedMongo;
import org.casemgmt.platform.testing.EventRecorders;
import org.casemgmt.platform.testing.MutableClock;
import org.casemgmt.platform.web.CurrentActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The trail against the embedded MongoDB server: lanes that verify whoever appends, however many at once, on one
 * instance or several, across restarts and from a trail written before lanes.
 */
class AuditTrailTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00.123456Z");

    private final MutableClock clock = new MutableClock(NOON);
    private final String database = "audit-" + UUID.randomUUID();
    private final MongoClient client = MongoClients.create(EmbeddedMongo.uri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);
    private final EventRecorder events = EventRecorders.outsideAnyRequest("/casemgmt/intake-service", clock);
    private final List<MongoClient> otherInstances = new ArrayList<>();

    @AfterEach
    void dropTheTrail() {
        mongo.getDb().drop();
        client.close();
        otherInstances.forEach(MongoClient::close);
    }

    @Test
    void entriesAreNumberedFromOneOnTheFirstLaneAndEachCarriesTheHashOfTheOneBefore() {
        AuditTrail trail = trail();

        AuditEntry first = trail.record(reading("client-1", 200));
        AuditEntry second = trail.record(reading("client-2", 404));

        assertThat(first.getLane()).isZero();
        assertThat(first.getSequence()).isEqualTo(1);
        assertThat(first.getPreviousHash()).isEqualTo(AuditEntry.GENESIS_HASH);
        assertThat(second.getLane()).as("one writer keeps to one lane").isZero();
        assertThat(second.getSequence()).isEqualTo(2);
        assertThat(second.getPreviousHash()).isEqualTo(first.getHash());
        assertThat(trail.verify()).isEqualTo(new ChainVerification(true, 2, 1, null));
    }

    @Test
    void anEntryRecordsWhoForWhichAgencyWhatAndTheOutcome() {
        AuditEntry entry = trail().record(reading("client-1", 403));

        var recorded = mongo.findById(entry.getId(), AuditEntry.class).toEvent();
        assertThat(recorded.service()).isEqualTo("intake-service");
        assertThat(recorded.actorId()).isEqualTo("worker-1");
        assertThat(recorded.agencyId()).isEqualTo("agency-a");
        assertThat(recorded.resourceType()).isEqualTo("client");
        assertThat(recorded.resourceId()).isEqualTo("client-1");
        assertThat(recorded.action()).isEqualTo("READ");
        assertThat(recorded.status()).isEqualTo(403);
        assertThat(recorded.outcome()).isEqualTo("DENIED");
        assertThat(recorded.occurredAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00.123Z"));
        assertThat(recorded.lane()).isZero();
        assertThat(recorded.sequence()).isEqualTo(1);
    }

    @Test
    void theEntryCarriesItsAuditRecordedEventKeyedByCaseThenResourceThenType() {
        AuditTrail trail = trail();

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
    void twoInstancesAppendingAtOnceEachOnLanesOfItsOwnLeaveEveryLaneIntact() throws Exception {
        AuditTrail instanceA = anotherInstance();
        AuditTrail instanceB = anotherInstance();

        List<AuditEntry> appended = appendAtOnce(List.of(instanceA, instanceB), 120, 8);

        Set<Integer> lanesOfA = lanesOf(appended, 0);
        Set<Integer> lanesOfB = lanesOf(appended, 1);
        assertThat(lanesOfA).as("A's lanes").isNotEmpty().doesNotContainAnyElementsOf(lanesOfB);
        ChainVerification verification = instanceA.verify();
        assertThat(verification.intact()).as("%s", verification).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(120);
        assertThat(verification.lanes()).isEqualTo(lanesOfA.size() + lanesOfB.size());
    }

    @Test
    void anInstanceAppendsOnAtMostItsShareOfLanesHoweverManyWriteAtOnce() throws Exception {
        AuditTrail trail = trail();

        List<AuditEntry> appended = appendAtOnce(List.of(trail), 160, 16);

        assertThat(appended.stream().map(AuditEntry::getLane).distinct().count())
                .isBetween(1L, (long) AuditTrail.LANES_PER_INSTANCE);
        assertThat(trail.verify()).extracting(ChainVerification::intact, ChainVerification::entriesChecked)
                .containsExactly(true, 160L);
    }

    @Test
    void instancesWhoseClocksDisagreeAppendOnTheSameLanesAtOnceAndEachLaneStaysOneChain() throws Exception {
        AuditTrail instanceA = anotherInstance(clock);
        instanceA.record(reading("client-a", 200));
        // B's clock is past A's leases, so B claims A's lanes while A goes on appending on them.
        AuditTrail instanceB = anotherInstance(new MutableClock(NOON.plus(AuditTrail.LEASE).plusSeconds(1)));

        List<AuditEntry> appended = appendAtOnce(List.of(instanceA, instanceB), 120, 8);

        assertThat(lanesOf(appended, 0)).as("lanes both appended on").containsAnyElementsOf(lanesOf(appended, 1));
        ChainVerification verification = instanceA.verify();
        assertThat(verification.intact()).as("%s", verification).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(121);
    }

    @Test
    void anAppendWhosePlaceAnotherInstanceTookChainsToThatInstancesEntry() {
        SimpleMeterRegistry metersOfA = new SimpleMeterRegistry();
        AuditTrail instanceA = new AuditTrail(mongo, events, agencyWorker(), clock, "intake-service", metersOfA);
        instanceA.record(reading("client-1", 200));
        AuditEntry ofB = anotherInstance(new MutableClock(NOON.plus(AuditTrail.LEASE))).record(reading("client-2", 200));

        AuditEntry ofA = instanceA.record(reading("client-3", 200));

        assertThat(ofB.getLane()).as("A's lease was over by B's clock").isZero();
        assertThat(ofA.getLane()).isZero();
        assertThat(ofA.getSequence()).isEqualTo(3);
        assertThat(ofA.getPreviousHash()).isEqualTo(ofB.getHash());
        assertThat(metersOfA.get("casemgmt.audit.collisions").counter().count()).isEqualTo(1);
        assertThat(metersOfA.get("casemgmt.audit.recorded").counter().count()).isEqualTo(2);
    }

    @Test
    void whenEveryLaneIsLeasedAnInstanceAppendsBesideAHolderChainingToWhatTheHolderAppended() {
        for (int lane = 0; lane < AuditTrail.LANES; lane++) {
            mongo.insert(new Document("_id", lane).append(AuditLanes.OWNER, "elsewhere")
                    .append(AuditLanes.UNTIL, Date.from(NOON.plus(Duration.ofDays(1)))), AuditLanes.COLLECTION);
        }
        AuditTrail trail = trail();
        AuditEntry first = trail.record(reading("client-1", 200));
        AuditEntry byTheHolder = AuditEntry.chained(first.getLane(), 2, first.getHash(), "intake-service",
                "worker-9", "agency-a", reading("client-2", 200), null, NOON);
        mongo.insert(byTheHolder);

        AuditEntry next = trail.record(reading("client-3", 200));

        assertThat(next.getLane()).isEqualTo(first.getLane());
        assertThat(next.getSequence()).isEqualTo(3);
        assertThat(next.getPreviousHash()).isEqualTo(byTheHolder.getHash());
        assertThat(trail.verify()).isEqualTo(new ChainVerification(true, 3, 1, null));
    }

    @Test
    void aTrailWrittenBeforeLanesStillVerifiesAndLaneZeroContinuesIt() {
        String previous = AuditEntry.GENESIS_HASH;
        for (long sequence = 1; sequence <= 37; sequence++) {
            Document old = legacyEntry(sequence, previous);
            mongo.insert(old, AuditEntry.COLLECTION);
            previous = old.getString("hash");
        }
        assertThat(trail().verify()).isEqualTo(new ChainVerification(true, 37, 1, null));

        AuditEntry next = trail().record(reading("client-38", 200));

        assertThat(next.getLane()).isZero();
        assertThat(next.getSequence()).isEqualTo(38);
        assertThat(next.getId()).isEqualTo(38);
        assertThat(next.getPreviousHash()).isEqualTo(previous);
        assertThat(trail().verify()).isEqualTo(new ChainVerification(true, 38, 1, null));
    }

    @Test
    void anInstanceStartingAgainTakesTheLanesItsPredecessorGaveBack() {
        AuditTrail before = trail();
        before.record(reading("client-1", 200));
        before.record(reading("client-2", 200));
        before.close();

        AuditEntry after = trail().record(reading("client-3", 200));

        assertThat(after.getLane()).isZero();
        assertThat(after.getSequence()).isEqualTo(3);
        assertThat(new AuditLanes(mongo).anchors()).containsEntry(0, new LaneHead(2,
                mongo.findById(2L, AuditEntry.class).getHash()));
    }

    @Test
    void aLaneOfAnInstanceThatStoppedWithoutGivingItBackIsTakenAgainOnceItsLeaseIsOver() {
        trail().record(reading("client-1", 200));

        AuditEntry meanwhile = trail().record(reading("client-2", 200));
        clock.advance(AuditTrail.LEASE);
        AuditEntry later = trail().record(reading("client-3", 200));

        assertThat(meanwhile.getLane()).isEqualTo(1);
        assertThat(later.getLane()).isZero();
        assertThat(later.getSequence()).isEqualTo(2);
        assertThat(trail().verify()).isEqualTo(new ChainVerification(true, 3, 2, null));
    }

    @Test
    void anInstanceWhoseIdleLaneWasTakenMovesToAnother() {
        AuditTrail slow = trail();
        slow.record(reading("client-1", 200));
        clock.advance(AuditTrail.LEASE);
        AuditTrail quick = trail();
        AuditEntry taken = quick.record(reading("client-2", 200));

        AuditEntry moved = slow.record(reading("client-3", 200));

        assertThat(taken.getLane()).isZero();
        assertThat(taken.getSequence()).isEqualTo(2);
        assertThat(moved.getLane()).isEqualTo(1);
        assertThat(slow.verify()).isEqualTo(new ChainVerification(true, 3, 2, null));
    }

    @Test
    void aLaneRenewedWhileInUseIsAnchoredAtItsEnd() {
        AuditTrail trail = trail();
        trail.record(reading("client-1", 200));
        AuditEntry second = trail.record(reading("client-2", 200));

        clock.advance(AuditTrail.LEASE.dividedBy(2));
        trail.record(reading("client-3", 200));

        assertThat(new AuditLanes(mongo).anchors()).containsExactly(Map.entry(0,
                new LaneHead(2, second.getHash())));
        assertThat(new AuditLanes(mongo).leased(clock.instant().plus(AuditTrail.LEASE).minusMillis(1)))
                .containsExactly(0);
    }

    @Test
    void entriesCutOffTheEndOfALaneBeforeItsAnchorAreFound() {
        AuditTrail trail = trail();
        for (int i = 1; i <= 4; i++) {
            trail.record(reading("client-" + i, 200));
        }
        trail.close();

        mongo.remove(new Query(where("_id").gte(3L)), AuditEntry.class);

        assertThat(trail.verify().firstBrokenLink()).isEqualTo(new BrokenLink(0, 3, Problem.TRUNCATED,
                "Lane 0 ends at entry 2, but was anchored at entry 4: entries 3 to 4 missing."));
    }

    @Test
    void anInstanceTakingALaneCutBelowItsAnchorChainsAfterTheAnchorSoTheCutStaysVisible() {
        AuditTrail trail = trail();
        for (int i = 1; i <= 4; i++) {
            trail.record(reading("client-" + i, 200));
        }
        trail.close();
        mongo.remove(new Query(where("_id").gte(3L)), AuditEntry.class);

        AuditEntry next = trail().record(reading("client-5", 200));

        assertThat(next.getSequence()).isEqualTo(5);
        assertThat(trail.verify().firstBrokenLink()).isEqualTo(new BrokenLink(0, 3, Problem.GAP,
                "Lane 0: entries 3 to 4 missing: entry 5 follows entry 2."));
    }

    @Test
    void anAppendThatCannotBeStoredFailsLoudly() {
        MongoClient closed = MongoClients.create(EmbeddedMongo.uri(database));
        AuditTrail trail = new AuditTrail(new MongoTemplate(closed, database), events, agencyWorker(), clock,
                "intake-service", new SimpleMeterRegistry());
        closed.close();

        assertThatThrownBy(() -> trail.record(reading("client-1", 200)))
                .isInstanceOf(AuditUnavailableException.class)
                .hasMessageContaining("READ of client");
    }

    @Test
    void anAppendWhosePlaceIsTakenEveryTimeGivesUpAfterItsAttempts() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MongoTemplate alwaysTaken = new MongoTemplate(client, database) {
            @Override
            public <T> T insert(T entry) {
                throw new DuplicateKeyException("taken");
            }
        };
        AuditTrail trail = new AuditTrail(alwaysTaken, events, agencyWorker(), clock, "intake-service", meters);

        assertThatThrownBy(() -> trail.record(reading("client-1", 200)))
                .isInstanceOf(AuditUnavailableException.class)
                .cause().hasMessage("entry after 0 of lane 0 still taken after 20 attempts");
        assertThat(meters.get("casemgmt.audit.collisions").counter().count()).isEqualTo(AuditTrail.MAX_ATTEMPTS);
        assertThat(meters.get("casemgmt.audit.failures").counter().count()).isEqualTo(1);
    }

    @Test
    void aFailedAppendLeavesItsLaneToTheNextAppend() {
        AuditTrail trail = trail();
        trail.record(reading("client-1", 200));
        // A status no HTTP answer has: its event breaks the schema, and the append fails after taking its lane.
        AuditRecord unwritable = new AuditRecord("client", "client-2", null, AuditAction.READ, null, "GET",
                "/api/intake/clients/client-2", null, 99, null);

        assertThatThrownBy(() -> trail.record(unwritable)).isInstanceOf(AuditUnavailableException.class);
        AuditEntry next = trail.record(reading("client-3", 200));

        assertThat(next.getLane()).isZero();
        assertThat(next.getSequence()).isEqualTo(2);
    }

    @Test
    void closingGivesBackOnlyWhatItHoldsAndAClosedTrailStillAppends() {
        AuditTrail trail = trail();
        trail.close();

        AuditEntry entry = trail.record(reading("client-1", 200));
        trail.close();
        trail.close();

        assertThat(entry.getSequence()).isEqualTo(1);
        assertThat(new AuditLanes(mongo).leased(clock.instant())).isEmpty();
    }

    private List<AuditEntry> appendAtOnce(List<AuditTrail> instances, int appends, int writers) throws Exception {
        List<Callable<AuditEntry>> calls = new ArrayList<>();
        for (int i = 0; i < appends; i++) {
            AuditTrail trail = instances.get(i % instances.size());
            String clientId = "client-" + i;
            calls.add(() -> trail.record(reading(clientId, 200)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<AuditEntry> appended = new ArrayList<>();
            for (Future<AuditEntry> done : pool.invokeAll(calls)) {
                appended.add(done.get());
            }
            return appended;
        } finally {
            pool.shutdown();
        }
    }

    /** The lanes the appends of {@code instance} (by position, as {@link #appendAtOnce} spread them) went on. */
    private static Set<Integer> lanesOf(List<AuditEntry> appended, int instance) {
        Set<Integer> lanes = new TreeSet<>();
        for (int i = instance; i < appended.size(); i += 2) {
            lanes.add(appended.get(i).getLane());
        }
        return lanes;
    }

    /** An entry as the trail stored it before lanes: {@code _id} = sequence, hashed without a lane. */
    private static Document legacyEntry(long sequence, String previousHash) {
        AuditEntry entry = AuditEntry.chained(0, sequence, previousHash, "intake-service", "worker-1", "agency-a",
                reading("client-" + sequence, 200), "corr-" + sequence, NOON);
        return new Document("_id", sequence).append("service", "intake-service").append("actorId", "worker-1")
                .append("agencyId", "agency-a").append("resourceType", "client")
                .append("resourceId", "client-" + sequence).append("action", "READ").append("method", "GET")
                .append("path", "/api/intake/clients/client-" + sequence).append("status", 200)
                .append("outcome", "SUCCESS").append("correlationId", "corr-" + sequence)
                .append("occurredAt", Date.from(entry.toEvent().occurredAt())).append("previousHash", previousHash)
                .append("hash", entry.getHash()).append("recordAgencyId", "agency-a").append("outbox", List.of())
                .append("_class", "org.casemgmt.platform.audit.AuditEntry");
    }

    private AuditTrail trail() {
        return new AuditTrail(mongo, events, agencyWorker(), clock, "intake-service", new SimpleMeterRegistry());
    }

    /** Another service instance: its own connection to the same database. */
    private AuditTrail anotherInstance() {
        return anotherInstance(clock);
    }

    private AuditTrail anotherInstance(Clock itsClock) {
        MongoClient own = MongoClients.create(EmbeddedMongo.uri(database));
        otherInstances.add(own);
        return new AuditTrail(new MongoTemplate(own, database), events, agencyWorker(), itsClock, "intake-service",
                new SimpleMeterRegistry());
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
