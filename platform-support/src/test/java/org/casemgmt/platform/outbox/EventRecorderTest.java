package org.casemgmt.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.closure.v1.CaseClosed;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventRecorderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00.123456Z");

    private final EventRecorder recorder = new EventRecorder(JsonMapper.builder().build(), "/casemgmt/closure-service",
            Clock.fixed(NOW, ZoneOffset.UTC), new EventRecorder.TraceContext() {
                @Override
                public String correlationId() {
                    return "corr-1";
                }

                @Override
                public String traceparent() {
                    return null;
                }
            });

    @Test
    void recordsAnEventThatKeepsItsContractWithTheRequestsIdsAndTheTimeInMilliseconds() {
        PendingEvent event = recorder.record(EventCatalog.CASE_CLOSED, "case-1",
                new CaseClosed("case-1", "GOALS_ACHIEVED", "worker.alex", Instant.parse("2026-11-23T11:00:00Z"),
                        null, null, null, null, null, null));

        assertThat(event.topic()).isEqualTo("case.closed");
        assertThat(event.type()).isEqualTo("org.casemgmt.case.closed.v1");
        assertThat(event.source()).isEqualTo("/casemgmt/closure-service");
        assertThat(event.subject()).isEqualTo("case-1");
        assertThat(event.dataschema()).isEqualTo("urn:casemgmt:schema:case.closed:v1");
        assertThat(event.time()).isEqualTo(Instant.parse("2026-11-23T12:00:00.123Z"));
        assertThat(event.correlationId()).isEqualTo("corr-1");
        assertThat(new EventSchemaValidator().validate(EventCatalog.CASE_CLOSED, event.data())).isEmpty();
    }

    @Test
    void refusesToRecordAnEventThatBreaksItsPublishedSchema() {
        CaseClosed withoutReasonOrCloser = new CaseClosed("case-1", null, null, Instant.parse("2026-11-23T11:00:00Z"),
                null, null, null, null, null, null);

        assertThatThrownBy(() -> recorder.record(EventCatalog.CASE_CLOSED, "case-1", withoutReasonOrCloser))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("Refusing to publish org.casemgmt.case.closed.v1 for case-1",
                        "urn:casemgmt:schema:case.closed:v1", "$.reason");
    }
}
