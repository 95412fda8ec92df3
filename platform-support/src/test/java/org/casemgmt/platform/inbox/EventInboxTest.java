package org.casemgmt.platform.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.AuditEntry;
import org.casemgmt.platform.audit.AuditTrail;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.testing.EmbeddedMongo;
import org.casemgmt.platform.testing.EventRecorders;
import org.casemgmt.platform.web.CurrentActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventInboxTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    private final String database = "inbox-" + UUID.randomUUID();
    private final MongoClient client = MongoClients.create(EmbeddedMongo.uri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);
    private final EventRecorder events = EventRecorders.outsideAnyRequest("/casemgmt/planning-service", CLOCK);
    private final AuditTrail trail = new AuditTrail(mongo, events, () -> CurrentActor.UNIDENTIFIED, CLOCK,
            "planning-service", new SimpleMeterRegistry());
    private final EventInbox inbox = new EventInbox(trail);
    private final List<CaseFile> saves = new ArrayList<>();

    @AfterEach
    void dropTheDatabase() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void aFirstDeliveryChangesTheRecordSavesItWithTheEventsIdAndPutsTheChangeOnTheTrail() {
        CaseFile file = new CaseFile();

        EventInbox.Applied applied = inbox.apply(closed("evt-1"), file, AuditAction.UPDATE, CaseFile::close, this::save);

        assertThat(applied).isEqualTo(EventInbox.Applied.APPLIED);
        assertThat(saves).singleElement().satisfies(saved -> {
            assertThat(saved.closed).isTrue();
            assertThat(saved.processed.contains("evt-1")).isTrue();
        });
        AuditEntry entry = mongo.findOne(new Query(), AuditEntry.class);
        var onTrail = entry.toEvent();
        assertThat(onTrail.actorId()).as("the service that published the event").isEqualTo("closure-service");
        assertThat(onTrail.method()).isEqualTo(AuditTrail.CONSUMED);
        assertThat(onTrail.path()).isEqualTo("case.closed");
        assertThat(onTrail.operation()).isEqualTo("org.casemgmt.case.closed.v1");
        assertThat(onTrail.resourceType()).isEqualTo("plan");
        assertThat(onTrail.resourceId()).isEqualTo("plan-1");
        assertThat(onTrail.caseId()).isEqualTo("case-1");
        assertThat(onTrail.recordAgencyId()).isEqualTo("agency-a");
        assertThat(onTrail.action()).isEqualTo("UPDATE");
    }

    @Test
    void aRedeliveryChangesNothingSavesNothingAndIsNotOnTheTrail() {
        CaseFile file = new CaseFile();
        inbox.apply(closed("evt-1"), file, AuditAction.UPDATE, CaseFile::close, this::save);
        file.closed = false;

        EventInbox.Applied again = inbox.apply(closed("evt-1"), file, AuditAction.UPDATE, CaseFile::close, this::save);

        assertThat(again).isEqualTo(EventInbox.Applied.REDELIVERY);
        assertThat(file.closed).isFalse();
        assertThat(saves).hasSize(1);
        assertThat(mongo.count(new Query(), AuditEntry.class)).isEqualTo(1);
    }

    @Test
    void aFailedSaveLeavesNothingOnTheTrailSoTheRetryAppliesTheEvent() {
        CaseFile file = new CaseFile();

        assertThatThrownBy(() -> inbox.apply(closed("evt-1"), file, AuditAction.UPDATE, CaseFile::close, unsaved -> {
            throw new IllegalStateException("store unreachable");
        })).hasMessage("store unreachable");

        assertThat(mongo.count(new Query(), AuditEntry.class)).isZero();
        CaseFile reloaded = new CaseFile();
        assertThat(inbox.apply(closed("evt-1"), reloaded, AuditAction.UPDATE, CaseFile::close, this::save))
                .isEqualTo(EventInbox.Applied.APPLIED);
    }

    private CaseFile save(CaseFile file) {
        saves.add(file);
        return file;
    }

    private static IncomingEvent<Object> closed(String id) {
        return new IncomingEvent<>(id, EventCatalog.CASE_CLOSED.type(), "/casemgmt/closure-service", "case-1", null,
                new Object());
    }

    static final class CaseFile implements AppliesEvents {
        final ProcessedEventIds processed = new ProcessedEventIds();
        boolean closed;

        void close() {
            closed = true;
        }

        @Override
        public ProcessedEventIds processedEvents() {
            return processed;
        }

        @Override
        public RecordOnFile recordOnFile() {
            return new RecordOnFile("plan", "plan-1", "case-1", "agency-a");
        }
    }
}
