package org.casemgmt.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
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
        IncomingEvent<CaseClosed> event = reader.read(message(bytes(headers()), body("case-1")),
                EventCatalog.CASE_CLOSED);

        assertThat(event.id()).isEqualTo("evt-1");
        assertThat(event.type()).isEqualTo("org.casemgmt.case.closed.v1");
        assertThat(event.source()).isEqualTo("/casemgmt/closure");
        assertThat(event.subject()).isEqualTo("case-1");
        assertThat(event.time()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(event.data().caseId()).isEqualTo("case-1");
    }

    @Test
    void readsHeadersThatArriveAsStrings() {
        IncomingEvent<CaseClosed> event = reader.read(message(headers(), body("case-2")), EventCatalog.CASE_CLOSED);

        assertThat(event.data().caseId()).isEqualTo("case-2");
    }

    @Test
    void readsAttributesUnderTheHttpPrefixAsSpringCloudFunctionRenamesThemForARecordWithoutContentType() {
        Map<String, Object> renamed = new HashMap<>();
        headers().forEach((name, value) -> renamed.put(name.replaceFirst("^ce_", "ce-"), value));

        IncomingEvent<CaseClosed> event = reader.read(message(bytes(renamed), body("case-6")), EventCatalog.CASE_CLOSED);

        assertThat(event.id()).isEqualTo("evt-1");
        assertThat(event.subject()).isEqualTo("case-1");
        assertThat(event.time()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(event.data().caseId()).isEqualTo("case-6");
    }

    @Test
    void ignoresFieldsTheContractDoesNotKnowYet() {
        String withExtraField = body("case-3").replaceFirst("\\{", "{\"addedInALaterVersion\":{\"x\":1},");

        IncomingEvent<CaseClosed> event = reader.read(message(headers(), withExtraField), EventCatalog.CASE_CLOSED);

        assertThat(event.data().caseId()).isEqualTo("case-3");
    }

    @Test
    void refusesARecordWithoutAnId() {
        Map<String, Object> headers = headers();
        headers.remove("ce_id");

        assertThatThrownBy(() -> reader.read(message(headers, body("case-4")), EventCatalog.CASE_CLOSED))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_id");
    }

    @Test
    void refusesAnEventOfAnotherType() {
        Map<String, Object> headers = headers();
        headers.put("ce_type", "org.casemgmt.case.reopened.v1");

        assertThatThrownBy(() -> reader.read(message(headers, body("case-5")), EventCatalog.CASE_CLOSED))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("expected org.casemgmt.case.closed.v1");
    }

    @Test
    void refusesABodyThatIsNotTheContract() {
        assertThatThrownBy(() -> reader.read(message(headers(), "[1,2]"), EventCatalog.CASE_CLOSED))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("not a CaseClosed");
    }

    @Test
    void refusesATimeThatIsNotRfc3339() {
        Map<String, Object> headers = headers();
        headers.put("ce_time", "yesterday");

        assertThatThrownBy(() -> reader.read(message(headers, body("case-6")), EventCatalog.CASE_CLOSED))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_time");
    }

    private static Map<String, Object> headers() {
        Map<String, Object> headers = new HashMap<>();
        headers.put("ce_id", "evt-1");
        headers.put("ce_type", "org.casemgmt.case.closed.v1");
        headers.put("ce_source", "/casemgmt/closure");
        headers.put("ce_subject", "case-1");
        headers.put("ce_specversion", "1.0");
        headers.put("ce_time", "2026-11-23T08:00:00Z");
        return headers;
    }

    private static Map<String, Object> bytes(Map<String, Object> headers) {
        Map<String, Object> asBytes = new HashMap<>();
        headers.forEach((name, value) -> asBytes.put(name, value.toString().getBytes(StandardCharsets.UTF_8)));
        return asBytes;
    }

    private static String body(String caseId) {
        return "{\"caseId\":\"" + caseId + "\"}";
    }

    private static Message<byte[]> message(Map<String, Object> headers, String body) {
        return MessageBuilder.withPayload(body.getBytes(StandardCharsets.UTF_8)).copyHeaders(headers).build();
    }
}
