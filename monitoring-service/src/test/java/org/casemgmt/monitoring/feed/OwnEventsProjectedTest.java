package org.casemgmt.monitoring.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.monitoring.v1.NoteRecorded;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import tools.jackson.databind.json.JsonMapper;

class OwnEventsProjectedTest {

    private static final Instant AT = Instant.parse("2026-12-07T08:00:00Z");
    private static final PendingEvent NOTE = new PendingEvent("event-1", EventCatalog.NOTE_RECORDED.topic(),
            EventCatalog.NOTE_RECORDED.type(), "/casemgmt/monitoring-service", "case-1",
            "urn:casemgmt:schema:note.recorded:v1", AT,
            "{\"noteId\":\"note-1\",\"caseId\":\"case-1\",\"confidential\":false,\"recordedBy\":\"worker.alex\","
                    + "\"recordedAt\":\"2026-12-07T08:00:00Z\"}", null, null);

    private final List<IncomingEvent<?>> projected = new ArrayList<>();
    private boolean storeAway;

    @Test
    void anOwnEventIsProjectedRightAfterItsSaveAndAgainBeforeItIsPublished() {
        OwnEventsProjected own = ownEvents();

        own.onAfterSave(saved(NOTE), new Document(), "notes");
        own.beforePublishing(NOTE);

        assertThat(projected).hasSize(2).allSatisfy(event -> {
            assertThat(event.id()).isEqualTo("event-1");
            assertThat(event.data()).isInstanceOf(NoteRecorded.class);
        });
    }

    @Test
    void aProjectionThatFailsAfterTheSaveLeavesTheSaveAndFailsBeforePublishingSoTheRelayKeepsTheEvent() {
        OwnEventsProjected own = ownEvents();
        storeAway = true;

        HasOutbox saved = saved(NOTE);
        assertThat(own.onAfterSave(saved, new Document(), "notes")).isSameAs(saved);
        assertThatThrownBy(() -> own.beforePublishing(NOTE)).hasMessageContaining("store away");

        storeAway = false;
        own.beforePublishing(NOTE);
        assertThat(projected).extracting(IncomingEvent::id).containsExactly("event-1");
    }

    @Test
    void anotherStagesEventIsNotMonitoringsToProject() {
        PendingEvent caseOpened = new PendingEvent("event-2", EventCatalog.CASE_OPENED.topic(),
                EventCatalog.CASE_OPENED.type(), "/casemgmt/intake-service", "case-1",
                "urn:casemgmt:schema:case.opened:v1", AT, "{}", null, null);

        ownEvents().beforePublishing(caseOpened);

        assertThat(projected).isEmpty();
    }

    private OwnEventsProjected ownEvents() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("timeline", (CaseEventProjection) event -> {
            if (storeAway) {
                throw new IllegalStateException("the timeline's store away");
            }
            projected.add(event);
        });
        return new OwnEventsProjected(beans.getBeanProvider(CaseEventProjection.class), JsonMapper.builder().build());
    }

    private static HasOutbox saved(PendingEvent event) {
        return () -> List.of(event);
    }
}
