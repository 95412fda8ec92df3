package org.casemgmt.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.closure.v1.CaseClosed;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingEventReaderTest {

    private final IncomingEventReader reader = new IncomingEventReader(JsonMapper.builder().build());

    @Test
    void readsHeadersThatArriveAsBytesAsAPlainKafkaClientSendsThem() {
        IncomingEvent<CaseClosed> event = reader.read(message(bytes(headers("case-1")), body("case-1")),
                EventCatalog.CASE_CLOSED);

        assertThat(event.id()).isEqualTo("evt-1");
        assertThat(event.type()).isEqualTo("org.casemgmt.case.closed.v1");
        assertThat(event.source()).isEqualTo("/casemgmt/closure-service");
        assertThat(event.subject()).isEqualTo("case-1");
        assertThat(event.time()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(event.data().caseId()).isEqualTo("case-1");
        assertThat(event.data().reason()).isEqualTo("GOALS_ACHIEVED");
    }

    @Test
    void aConsumerOfSeveralTopicsReadsEachRecordAsTheTypeItsTopicCarries() {
        Map<String, Object> headers = headers("case-7");
        headers.put(IncomingEventReader.RECORD_TOPIC, "case.closed");

        IncomingEvent<?> event = reader.readAny(message(headers, body("case-7")),
                List.of(EventCatalog.CASE_REOPENED, EventCatalog.CASE_CLOSED));

        assertThat(event.data()).isInstanceOfSatisfying(CaseClosed.class,
                closed -> assertThat(closed.caseId()).isEqualTo("case-7"));
    }

    @Test
    void aConsumerOfSeveralTopicsRefusesARecordOfAnotherTopicOrOfAnotherTypeThanItsTopics() {
        Map<String, Object> elsewhere = headers("case-8");
        elsewhere.put(IncomingEventReader.RECORD_TOPIC, "case.opened");
        Map<String, Object> misfiled = headers("case-8");
        misfiled.put(IncomingEventReader.RECORD_TOPIC, "case.reopened");

        assertThatThrownBy(() -> reader.readAny(message(elsewhere, body("case-8")),
                List.of(EventCatalog.CASE_CLOSED, EventCatalog.CASE_REOPENED)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("case.opened");
        assertThatThrownBy(() -> reader.readAny(message(misfiled, body("case-8")),
                List.of(EventCatalog.CASE_CLOSED, EventCatalog.CASE_REOPENED)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("expected org.casemgmt.case.reopened.v1");
    }

    @Test
    void readsHeadersThatArriveAsStrings() {
        IncomingEvent<CaseClosed> event = reader.read(message(headers("case-2"), body("case-2")),
                EventCatalog.CASE_CLOSED);

        assertThat(event.data().caseId()).isEqualTo("case-2");
    }

    @Test
    void readsAttributesUnderTheHttpPrefixAsSpringCloudFunctionRenamesThemForARecordWithoutContentType() {
        Map<String, Object> renamed = new HashMap<>();
        headers("case-6").forEach((name, value) -> renamed.put(name.replaceFirst("^ce_", "ce-"), value));

        IncomingEvent<CaseClosed> event = reader.read(message(bytes(renamed), body("case-6")), EventCatalog.CASE_CLOSED);

        assertThat(event.id()).isEqualTo("evt-1");
        assertThat(event.subject()).isEqualTo("case-6");
        assertThat(event.time()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(event.data().caseId()).isEqualTo("case-6");
    }

    @Test
    void ignoresFieldsTheContractDoesNotKnowYet() {
        String withExtraField = body("case-3").replaceFirst("\\{", "{\"addedInALaterVersion\":{\"x\":1},");

        IncomingEvent<CaseClosed> event = reader.read(message(headers("case-3"), withExtraField),
                EventCatalog.CASE_CLOSED);

        assertThat(event.data().caseId()).isEqualTo("case-3");
    }

    @Test
    void refusesARecordWithoutAnId() {
        Map<String, Object> headers = headers("case-4");
        headers.remove("ce_id");

        assertRefused(headers, body("case-4"), "ce_id");
    }

    @Test
    void refusesAnEventOfAnotherType() {
        Map<String, Object> headers = headers("case-5");
        headers.put("ce_type", "org.casemgmt.case.reopened.v1");

        assertRefused(headers, body("case-5"), "expected org.casemgmt.case.closed.v1");
    }

    @Test
    void refusesAnEventThatNamesAnotherSchema() {
        Map<String, Object> headers = headers("case-5");
        headers.put("ce_dataschema", "urn:casemgmt:schema:case.closed:v2");

        assertRefused(headers, body("case-5"), "expected urn:casemgmt:schema:case.closed:v1");
    }

    @Test
    void refusesAnEventFromAServiceThatDoesNotOwnTheTopic() {
        Map<String, Object> headers = headers("case-5");
        headers.put("ce_source", "/casemgmt/planning-service");

        assertRefused(headers, body("case-5"),
                "ce_source /casemgmt/planning-service, but only [/casemgmt/closure-service] publish case.closed");
    }

    @Test
    void refusesABodyThatIsNotJson() {
        assertRefused(headers("case-5"), "[1,2", "breaks the schema urn:casemgmt:schema:case.closed:v1: $: not a JSON");
    }

    @Test
    void refusesABodyOfTheWrongShape() {
        assertRefused(headers("case-5"), "[1,2]", "breaks the schema");
    }

    @Test
    void refusesABodyThatBreaksTheSchemaNamingEachViolation() {
        String wrongTypesAndMissingFields = "{\"caseId\":\"case-5\",\"reason\":42}";

        assertRefused(headers("case-5"), wrongTypesAndMissingFields, "$.reason", "closedBy", "closedAt");
    }

    @Test
    void refusesARecordKeyedByAnotherCase() {
        Map<String, Object> headers = headers("case-5");
        headers.put(IncomingEventReader.RECORD_KEY, "case-9".getBytes(StandardCharsets.UTF_8));

        assertRefused(headers, body("case-5"), "record key case-9 but ce_subject case-5");
    }

    @Test
    void refusesARecordWithoutAKey() {
        Map<String, Object> headers = headers("case-5");
        headers.remove(IncomingEventReader.RECORD_KEY);

        assertRefused(headers, body("case-5"), "record key null");
    }

    @Test
    void refusesASubjectThatIsNotTheBodysCase() {
        assertRefused(headers("case-5"), body("case-7"), "ce_subject case-5 but its body's caseId is \"case-7\"");
    }

    @Test
    void refusesATimeThatIsNotRfc3339() {
        Map<String, Object> headers = headers("case-6");
        headers.put("ce_time", "yesterday");

        assertRefused(headers, body("case-6"), "ce_time");
    }

    private void assertRefused(Map<String, Object> headers, String body, String... reasons) {
        assertThatThrownBy(() -> reader.read(message(headers, body), EventCatalog.CASE_CLOSED))
                .isInstanceOf(MalformedEventException.class).hasMessageContainingAll(reasons);
    }

    private static Map<String, Object> headers(String caseId) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("ce_id", "evt-1");
        headers.put("ce_type", "org.casemgmt.case.closed.v1");
        headers.put("ce_source", "/casemgmt/closure-service");
        headers.put("ce_subject", caseId);
        headers.put("ce_specversion", "1.0");
        headers.put("ce_time", "2026-11-23T08:00:00Z");
        headers.put("ce_dataschema", "urn:casemgmt:schema:case.closed:v1");
        headers.put(IncomingEventReader.RECORD_KEY, caseId.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static Map<String, Object> bytes(Map<String, Object> headers) {
        Map<String, Object> asBytes = new HashMap<>();
        headers.forEach((name, value) -> asBytes.put(name,
                value instanceof byte[] ? value : value.toString().getBytes(StandardCharsets.UTF_8)));
        return asBytes;
    }

    private static String body(String caseId) {
        return "{\"caseId\":\"" + caseId + "\",\"reason\":\"GOALS_ACHIEVED\",\"closedBy\":\"worker.alex\","
                + "\"closedAt\":\"2026-11-23T08:00:00Z\"}";
    }

    private static Message<byte[]> message(Map<String, Object> headers, String body) {
        return MessageBuilder.withPayload(body.getBytes(StandardCharsets.UTF_8)).copyHeaders(headers).build();
    }
}
