package org.casemgmt.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.BsonValue;
import org.bson.Document;
import org.casemgmt.platform.testing.EmbeddedMongo;
import org.casemgmt.platform.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

class OutboxRelayTest {

    private static final CommandsPerCollection COMMANDS = new CommandsPerCollection();
    private static final MongoTemplate MONGO = new MongoTemplate(MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(EmbeddedMongo.uri("outbox-relay-test")))
            .addCommandListener(COMMANDS).build()), "outbox-relay-test");
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration SETTLE = OutboxProperties.defaults().settle();

    private final MutableClock clock = new MutableClock(START);
    private final SwitchableProducer producer = new SwitchableProducer();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final PendingOutboxes pending = new PendingOutboxes(MONGO);
    private final AtomicInteger wakeUps = new AtomicInteger();
    /** Whether a save hands its events to the relay, as a running service's saves do. */
    private boolean sendOnSave;
    /** What the service's own listener heard, in order; while {@link #listenerRefuses}, it refuses every event. */
    private final List<String> heard = new ArrayList<>();
    private boolean listenerRefuses;
    private final OutboxRelay relay = new OutboxRelay(MONGO, () -> producer, OutboxProperties.defaults(), clock, meters,
            List.of(event -> {
                if (listenerRefuses) {
                    throw new IllegalStateException("the view's store is away");
                }
                heard.add(event.id());
            }));

    @BeforeEach
    void startFromEmptyCollectionsWithSavesMarked() {
        MONGO.setEntityCallbacks(EntityCallbacks.create(new OutboxMarking(() -> pending, clock,
                (collection, documentId, events) -> {
                    wakeUps.incrementAndGet();
                    if (sendOnSave) {
                        relay.publishSaved(collection, documentId, events);
                    }
                })));
        MONGO.remove(new Query(), Ledger.class);
        MONGO.remove(new Query(), PendingOutboxes.COLLECTION);
        MONGO.remove(new Query(), PendingOutboxes.MARKED_SINCE);
    }

    @Test
    void publishesTheEventsOfADocumentInTheOrderTheyWereRecordedThenEmptiesItsOutbox() {
        Ledger ledger = saved(new Ledger(event("first"), event("second"), event("third")));

        relay.relayPending();

        assertThat(producer.sentIdsFor(ledger.id)).containsExactly("first", "second", "third");
        assertThat(reload(ledger).outbox).isEmpty();
        assertThat(meters.get("casemgmt.outbox.published").counter().count()).isEqualTo(3);
    }

    @Test
    void aRoundRelaysAtMostItsShareOfDocumentsAndSaysWhenMoreMayBeDue() {
        OutboxProperties defaults = OutboxProperties.defaults();
        OutboxRelay twoPerRound = new OutboxRelay(MONGO, () -> producer, new OutboxProperties(true,
                defaults.pollInterval(), defaults.lease(), defaults.sendTimeout(), defaults.initialBackoff(),
                defaults.maxBackoff(), 2, defaults.settle()), clock, meters);
        Ledger first = saved(new Ledger(event("a")));
        Ledger second = saved(new Ledger(event("b")));
        Ledger third = saved(new Ledger(event("c")));

        assertThat(twoPerRound.relayPending()).as("a full round: more may be due").isTrue();
        assertThat(producer.history()).hasSize(2);
        assertThat(twoPerRound.relayPending()).as("the last one").isFalse();

        assertThat(producer.sentIdsFor(first.id)).containsExactly("a");
        assertThat(producer.sentIdsFor(second.id)).containsExactly("b");
        assertThat(producer.sentIdsFor(third.id)).containsExactly("c");
    }

    @Test
    void aSaveWithEventsMarksItsDocumentAndWakesTheRelayAndASaveWithoutEventsDoesNeither() {
        saved(new Ledger());
        assertThat(pending.count()).isZero();
        assertThat(wakeUps).hasValue(0);

        saved(new Ledger(event("e")));
        assertThat(pending.count()).isEqualTo(1);
        assertThat(wakeUps).hasValue(1);
        assertThat(meters.get("casemgmt.outbox.pending").gauge().value()).isEqualTo(1);
    }

    @Test
    void anIdleRelaySendsNoCommandToTheCollectionsWhoseDocumentsHaveNothingPending() {
        for (int i = 0; i < 300; i++) {
            saved(new Ledger());
        }
        Ledger published = saved(new Ledger(event("only")));
        relay.relayPending();
        clock.advance(SETTLE);
        relay.relayPending();
        assertThat(pending.count()).isZero();

        COMMANDS.clear();
        relay.relayPending();
        relay.relayPending();

        assertThat(producer.sentIdsFor(published.id)).containsExactly("only");
        assertThat(COMMANDS.collections()).containsOnly(PendingOutboxes.COLLECTION);
    }

    @Test
    void theMarkOfAPublishedDocumentIsForgottenOnceItsLastSaveHasSettled() {
        saved(new Ledger(event("e")));

        relay.relayPending();
        assertThat(pending.count()).as("kept while a save could still be landing").isEqualTo(1);

        clock.advance(SETTLE);
        relay.relayPending();
        assertThat(pending.count()).isZero();
    }

    @Test
    void aSaveThatLandsAfterTheRelayLookedIsPublishedEvenIfItsWriterDiedBeforeMarkingItAgain() {
        Ledger ledger = new Ledger(event("late"));
        pending.mark("ledgers", ledger.id, clock.instant());
        relay.relayPending();
        writtenWithoutMarks(ledger);
        assertThat(producer.sentIdsFor(ledger.id)).isEmpty();

        clock.advance(SETTLE);
        relay.relayPending();

        assertThat(producer.sentIdsFor(ledger.id)).containsExactly("late");
        assertThat(reload(ledger).outbox).isEmpty();
    }

    @Test
    void aDocumentSavedAgainWhileTheRelayPublishesIsLookedAtAgainAtOnce() {
        Ledger ledger = saved(new Ledger(event("first")));
        relay.relayPending();
        Ledger changed = reload(ledger);
        changed.outbox.add(new PendingEvent("second", "ledger.changed", "org.casemgmt.ledger.changed.v1",
                "/casemgmt/test", ledger.id, "urn:casemgmt:schema:ledger.changed:v1", clock.instant(), "{}", null, null));
        clock.advance(Duration.ofMillis(1));
        MONGO.save(changed);

        relay.relayPending();

        assertThat(producer.sentIdsFor(ledger.id)).containsExactly("first", "second");
    }

    @Test
    void outboxesWrittenBeforeMarksExistedAreMarkedOnceSoAnUpgradeLosesNoEvent() {
        Ledger written = new Ledger(event("old"));
        writtenWithoutMarks(written);

        pending.markOutboxesWrittenBeforeMarks(List.of("ledgers"), clock.instant());
        relay.relayPending();

        assertThat(producer.sentIdsFor(written.id)).containsExactly("old");
        Ledger writtenLater = new Ledger(event("unmarked"));
        writtenWithoutMarks(writtenLater);
        pending.markOutboxesWrittenBeforeMarks(List.of("ledgers"), clock.instant());
        assertThat(pending.count()).as("the look happens once per database").isEqualTo(1);
    }

    /** Whether the relay's poller found the document by its mark or the save handed the events over. */
    @ParameterizedTest(name = "handed over by the save: {0}")
    @ValueSource(booleans = {false, true})
    void aFailedPublicationKeepsTheEventAndRetriesOnlyAfterTheBackoff(boolean handedOver) {
        sendOnSave = handedOver;
        producer.failing = true;
        Ledger ledger = saved(new Ledger(event("a"), event("b")));

        relay.relayPending();

        assertThat(reload(ledger).outbox).extracting(PendingEvent::id).containsExactly("a", "b");
        assertThat(meters.get("casemgmt.outbox.failures").counter().count()).isEqualTo(1);

        producer.failing = false;
        relay.relayPending();
        assertThat(producer.sentIdsFor(ledger.id)).isEmpty();

        clock.advance(OutboxProperties.defaults().initialBackoff());
        relay.relayPending();
        assertThat(producer.sentIdsFor(ledger.id)).containsExactly("a", "b");
        assertThat(reload(ledger).outbox).isEmpty();
    }

    /** Whether the relay's poller found the document by its mark or the save handed the events over. */
    @ParameterizedTest(name = "handed over by the save: {0}")
    @ValueSource(booleans = {false, true})
    void anEventTheServicesOwnListenerRefusedStaysUnpublishedWithTheLaterOnesUntilTheListenerTakesIt(
            boolean handedOver) {
        sendOnSave = handedOver;
        listenerRefuses = true;
        Ledger ledger = saved(new Ledger(event("a"), event("b")));

        relay.relayPending();

        assertThat(producer.sentIdsFor(ledger.id)).as("neither sent: b would reach the topic before a").isEmpty();
        assertThat(reload(ledger).outbox).extracting(PendingEvent::id).containsExactly("a", "b");
        assertThat(heard).isEmpty();

        listenerRefuses = false;
        clock.advance(OutboxProperties.defaults().initialBackoff());
        relay.relayPending();

        assertThat(heard).containsExactly("a", "b");
        assertThat(producer.sentIdsFor(ledger.id)).containsExactly("a", "b");
        assertThat(reload(ledger).outbox).isEmpty();
    }

    @Test
    void theEventsASaveHandsOverAreSentOnceAndTakenOutOfTheDocument() {
        sendOnSave = true;
        Ledger ledger = saved(new Ledger(event("first"), event("second")));
        assertThat(producer.sentIdsFor(ledger.id)).as("the saving thread never waits for the broker").isEmpty();

        relay.relayPending();
        clock.advance(SETTLE);
        relay.relayPending();

        assertThat(producer.sentIdsFor(ledger.id)).as("sent once").containsExactly("first", "second");
        assertThat(reload(ledger).outbox).isEmpty();
        assertThat(pending.count()).isZero();
        assertThat(meters.get("casemgmt.outbox.published").counter().count()).isEqualTo(2);
    }

    @Test
    void anEventHandedOverAgainAfterItWasSentIsNotSentAgain() {
        sendOnSave = true;
        Ledger ledger = saved(new Ledger(event("once")));
        relay.relayPending();
        assertThat(reload(ledger).outbox).as("pulled once acknowledged").isEmpty();

        // As a save of a copy loaded before the send was recorded hands it over, with the next change's event.
        relay.publishSaved("ledgers", ledger.id, List.of(eventOf(ledger, "once"), eventOf(ledger, "next")));
        clock.advance(SETTLE);
        relay.relayPending();

        assertThat(producer.sentIdsFor(ledger.id)).containsExactly("once", "next");
    }

    @Test
    void eventsASaveHandsOverOfADocumentAnotherInstanceIsRelayingAreLeftToThatInstance() {
        Ledger ledger = saved(new Ledger(event("earlier")));
        MONGO.updateFirst(new Query(where("_id").is(PendingOutboxes.markId("ledgers", ledger.id))), new Update()
                .set(PendingOutboxes.LEASE + ".owner", "other-instance")
                .set(PendingOutboxes.LEASE + ".until", Date.from(START.plusSeconds(30))), PendingOutboxes.COLLECTION);
        sendOnSave = true;
        Ledger changed = reload(ledger);
        changed.outbox.add(new PendingEvent("later", "ledger.changed", "org.casemgmt.ledger.changed.v1", "/casemgmt/test",
                ledger.id, "urn:casemgmt:schema:ledger.changed:v1", clock.instant(), "{}", null, null));
        MONGO.save(changed);

        relay.relayPending();
        assertThat(producer.sentIdsFor(ledger.id)).isEmpty();

        clock.advance(Duration.ofSeconds(30));
        relay.relayPending();
        assertThat(producer.sentIdsFor(ledger.id)).containsExactly("earlier", "later");
    }

    @Test
    void theBackoffDoublesWithEachFailureUpToItsMaximum() {
        OutboxProperties properties = OutboxProperties.defaults();

        assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.backoffAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.backoffAfter(50)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aDocumentLeasedByAnotherInstanceIsLeftAloneUntilTheLeaseRunsOut() {
        Ledger ledger = saved(new Ledger(event("leased")));
        MONGO.updateFirst(new Query(where("_id").is(PendingOutboxes.markId("ledgers", ledger.id))), new Update()
                .set(PendingOutboxes.LEASE + ".owner", "other-instance")
                .set(PendingOutboxes.LEASE + ".until", Date.from(START.plusSeconds(30))), PendingOutboxes.COLLECTION);

        relay.relayPending();
        assertThat(producer.sentIdsFor(ledger.id)).isEmpty();

        clock.advance(Duration.ofSeconds(30));
        relay.relayPending();
        assertThat(producer.sentIdsFor(ledger.id)).containsExactly("leased");
    }

    @Test
    void aCopyLoadedBeforeThePublicationAndSavedAfterItDoesNotSendTheEventAgain() {
        Ledger ledger = saved(new Ledger(event("once")));
        Ledger loadedBeforeRelay = reload(ledger);

        relay.relayPending();
        loadedBeforeRelay.outbox.add(new PendingEvent("twice", "ledger.changed", "org.casemgmt.ledger.changed.v1",
                "/casemgmt/test", ledger.id, "urn:casemgmt:schema:ledger.changed:v1", clock.instant(), "{}", null, null));
        MONGO.save(loadedBeforeRelay);
        relay.relayPending();

        assertThat(producer.sentIdsFor(ledger.id)).containsExactly("once", "twice");
        assertThat(reload(ledger).outbox).isEmpty();
    }

    @Test
    void aCopyKeptLongerThanItsMarkSendsTheEventAgainWithTheSameIdForConsumersToDrop() {
        Ledger ledger = saved(new Ledger(event("once")));
        Ledger loadedBeforeRelay = reload(ledger);
        relay.relayPending();
        clock.advance(SETTLE);
        relay.relayPending();

        MONGO.save(loadedBeforeRelay);
        relay.relayPending();

        assertThat(producer.sentIdsFor(ledger.id)).containsExactly("once", "once");
    }

    @Test
    void recordsCarryTheCloudEventsHeadersAndTheSubjectAsKey() {
        PendingEvent event = new PendingEvent("e-1", "case.opened", "org.casemgmt.case.opened.v1", "/casemgmt/intake",
                "case-9", "urn:casemgmt:schema:case.opened:v1", START, "{}", "corr-1",
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        ProducerRecord<String, byte[]> record = OutboxRelay.toRecord(event);

        assertThat(record.key()).isEqualTo("case-9");
        assertThat(record.topic()).isEqualTo("case.opened");
        assertThat(new String(record.headers().lastHeader("ce_time").value())).isEqualTo("2026-11-23T08:00:00Z");
        assertThat(new String(record.headers().lastHeader("traceparent").value()))
                .isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertThat(record.headers()).extracting(h -> h.key()).containsExactly("ce_id", "ce_type", "ce_source",
                "ce_subject", "ce_time", "ce_specversion", "ce_dataschema", "content-type", "traceparent",
                "correlation-id");
    }

    private Ledger saved(Ledger ledger) {
        return MONGO.save(ledger);
    }

    /** As a writer that died before marking, or a version of the platform from before marks, leaves it. */
    private static void writtenWithoutMarks(Ledger ledger) {
        Document document = new Document();
        MONGO.getConverter().write(ledger, document);
        MONGO.getCollection("ledgers").insertOne(document);
    }

    private static Ledger reload(Ledger ledger) {
        return MONGO.findById(ledger.id, Ledger.class);
    }

    private PendingEvent eventOf(Ledger ledger, String id) {
        return new PendingEvent(id, "ledger.changed", "org.casemgmt.ledger.changed.v1", "/casemgmt/test", ledger.id,
                "urn:casemgmt:schema:ledger.changed:v1", clock.instant(), "{}", null, null);
    }

    private PendingEvent event(String id) {
        return new PendingEvent(id, "ledger.changed", "org.casemgmt.ledger.changed.v1", "/casemgmt/test",
                null, "urn:casemgmt:schema:ledger.changed:v1", clock.instant(), "{\"n\":1}", null, null);
    }

    @org.springframework.data.mongodb.core.mapping.Document("ledgers")
    static class Ledger implements HasOutbox {
        @Id
        String id = UUID.randomUUID().toString();
        @Version
        Long version;
        List<PendingEvent> outbox = new ArrayList<>();

        Ledger() {
        }

        Ledger(PendingEvent... events) {
            for (PendingEvent event : events) {
                outbox.add(new PendingEvent(event.id(), event.topic(), event.type(), event.source(), id,
                        event.dataschema(), event.time(), event.data(), null, null));
            }
        }

        @Override
        public List<PendingEvent> getOutbox() {
            return outbox;
        }
    }

    static final class SwitchableProducer extends MockProducer<String, byte[]> {
        volatile boolean failing;

        SwitchableProducer() {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
            if (failing) {
                return CompletableFuture.failedFuture(new TimeoutException("broker unreachable"));
            }
            return super.send(record);
        }

        List<String> sentIdsFor(String key) {
            return history().stream().filter(r -> key.equals(r.key()))
                    .map(r -> new String(r.headers().lastHeader("ce_id").value()))
                    .toList();
        }
    }

    /** The collections the commands sent to the store were about (the relay's own and the aggregates'). */
    static final class CommandsPerCollection implements CommandListener {
        private final Set<String> collections = ConcurrentHashMap.newKeySet();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            BsonValue target = event.getCommand().get(event.getCommandName());
            if (target != null && target.isString()) {
                collections.add(target.asString().getValue());
            }
        }

        void clear() {
            collections.clear();
        }

        Set<String> collections() {
            return Set.copyOf(collections);
        }
    }
}
