package org.casemgmt.platform.sample;

import java.util.ArrayList;
import java.util.List;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.outbox.OutboxRelay;
import org.casemgmt.platform.outbox.PendingEvent;
import org.casemgmt.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SampleServiceTest
class OutboxRelayIT {

    @Autowired
    SampleCaseRepository cases;
    @Autowired
    EventRecorder recorder;
    @Autowired
    OutboxRelay relay;
    @Autowired
    Tracer tracer;
    @Autowired
    MeterRegistry meters;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void publishesAnEventKeyedByCaseIdWithCloudEventsAndTraceHeaders() {
        String caseId = Fixtures.newCaseId();
        SampleCase opened = new SampleCase(caseId);
        Span span = tracer.nextSpan().name("open case").start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            MDC.put("correlationId", "corr-42");
            opened.open(recorder.record(EventCatalog.CASE_OPENED, caseId, Fixtures.caseOpened(caseId, "agency-1")));
        } finally {
            MDC.remove("correlationId");
            span.end();
        }
        PendingEvent event = opened.getOutbox().getFirst();
        cases.save(opened);

        TopicProbe.Received record = new TopicProbe(bootstrapServers).awaitRecords("case.opened", caseId, 1).getFirst();

        assertThat(record.header("ce_id")).isEqualTo(event.id());
        assertThat(record.header("ce_type")).isEqualTo("org.casemgmt.case.opened.v1");
        assertThat(record.header("ce_source")).isEqualTo("/casemgmt/platform-sample");
        assertThat(record.header("ce_subject")).isEqualTo(caseId);
        assertThat(record.header("ce_specversion")).isEqualTo("1.0");
        assertThat(record.header("ce_dataschema")).isEqualTo("urn:casemgmt:schema:case.opened:v1");
        assertThat(record.header("ce_time")).isEqualTo(event.time().toString());
        assertThat(record.header("content-type")).isEqualTo("application/json");
        assertThat(record.header("correlation-id")).isEqualTo("corr-42");
        assertThat(record.header("traceparent"))
                .isEqualTo("00-" + span.context().traceId() + "-" + span.context().spanId() + "-01");
        assertThat(record.json().get("caseId").asString()).isEqualTo(caseId);
        assertThat(record.json().get("assessedNeeds").get(0).get("domain").asString()).isEqualTo("HOUSING");
    }

    @Test
    void marksAnEventSentWithoutTouchingTheAggregateVersion() {
        String caseId = Fixtures.newCaseId();
        SampleCase opened = new SampleCase(caseId);
        opened.open(recorder.record(EventCatalog.CASE_OPENED, caseId, Fixtures.caseOpened(caseId, "agency-1")));
        Long versionWhenSaved = cases.save(opened).getVersion();

        await().untilAsserted(() -> assertThat(cases.findById(caseId).orElseThrow().getOutbox()).isEmpty());

        assertThat(cases.findById(caseId).orElseThrow().getVersion()).isEqualTo(versionWhenSaved);
    }

    @Test
    void aCrashBetweenTheWriteAndThePublishLosesNothingAndSendsEachEventOnce() {
        List<String> caseIds = new ArrayList<>();
        List<String> recordedIds = new ArrayList<>();
        relay.stop();
        try {
            for (int i = 0; i < 5; i++) {
                String caseId = Fixtures.newCaseId();
                SampleCase opened = new SampleCase(caseId);
                opened.open(recorder.record(EventCatalog.CASE_OPENED, caseId, Fixtures.caseOpened(caseId, "a")));
                opened.open(recorder.record(EventCatalog.CASE_OPENED, caseId, Fixtures.caseOpened(caseId, "b")));
                cases.save(opened);
                caseIds.add(caseId);
                opened.getOutbox().forEach(e -> recordedIds.add(e.id()));
            }
            // documents marked as holding unpublished events: the five cases at least
            assertThat(meters.get("casemgmt.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(5);
        } finally {
            relay.start();
        }

        await().untilAsserted(() -> assertThat(cases.findAllById(caseIds))
                .allSatisfy(c -> assertThat(c.getOutbox()).isEmpty()));

        TopicProbe probe = new TopicProbe(bootstrapServers);
        List<String> publishedIds = new ArrayList<>();
        for (String caseId : caseIds) {
            List<TopicProbe.Received> records = probe.withKey("case.opened", caseId);
            assertThat(records).extracting(r -> r.json().get("agencyId").asString()).containsExactly("a", "b");
            records.forEach(r -> publishedIds.add(r.header("ce_id")));
        }
        assertThat(publishedIds).containsExactlyInAnyOrderElementsOf(recordedIds);
        // every mark is forgotten once its document has settled, the audit trail's entries' too
        await().untilAsserted(() -> assertThat(meters.get("casemgmt.outbox.pending").gauge().value()).isZero());
    }
}
