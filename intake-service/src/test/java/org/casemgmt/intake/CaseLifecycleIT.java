package org.casemgmt.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.platform.inbox.MalformedEventException;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.junit.jupiter.api.Test;

/** Intake follows the case after it opened: closure-service's case.closed and case.reopened. */
class CaseLifecycleIT extends IntakeIntegrationTestBase {

    private static final String CLOSED = EventCatalog.CASE_CLOSED.topic();

    @Test
    void aCaseClosedDeliveredTwiceClosesTheCaseOnce() {
        String caseId = api.openedCase();
        String path = "/api/intake/intakes/" + caseId;
        long versionWhenOpened = api.version(path);
        String closure = UUID.randomUUID().toString();

        topics.publish(CLOSED, caseId, headers(EventCatalog.CASE_CLOSED, closure, caseId), caseClosed(caseId, "GOALS_ACHIEVED"));
        topics.publish(CLOSED, caseId, headers(EventCatalog.CASE_CLOSED, closure, caseId), caseClosed(caseId, "GOALS_ACHIEVED"));
        topics.publish(CLOSED, caseId, headers(EventCatalog.CASE_CLOSED, UUID.randomUUID().toString(), caseId),
                caseClosed(caseId, "TRANSFERRED"));

        await().untilAsserted(() -> assertThat(api.get(path)).bodyJson().extractingPath("$.closureReason")
                .isEqualTo("TRANSFERRED"));
        assertThat(api.status(caseId)).isEqualTo("CLOSED");
        assertThat(api.version(path)).as("one save per distinct event, none for the redelivery")
                .isEqualTo(versionWhenOpened + 2);
    }

    @Test
    void aReopenedCaseIsOpenAgain() {
        String caseId = api.openedCase();
        topics.publish(CLOSED, caseId, headers(EventCatalog.CASE_CLOSED, UUID.randomUUID().toString(), caseId),
                caseClosed(caseId, "LOST_CONTACT"));
        await().until(() -> api.status(caseId).equals("CLOSED"));

        topics.publish(EventCatalog.CASE_REOPENED.topic(), caseId,
                headers(EventCatalog.CASE_REOPENED, UUID.randomUUID().toString(), caseId), """
                        {"caseId": "%s", "reason": "client came back", "reopenedBy": "worker-9",
                         "reopenedAt": "2026-12-01T09:00:00Z"}""".formatted(caseId));

        await().until(() -> api.status(caseId).equals("OPENED"));
        assertThat(api.get("/api/intake/intakes/" + caseId)).bodyJson().extractingPath("$.closedAt").isNull();
    }

    @Test
    void aMalformedCaseClosedLandsOnTheDeadLetterTopicWithTheError() {
        String caseId = UUID.randomUUID().toString();

        topics.publish(CLOSED, caseId, headers(EventCatalog.CASE_CLOSED, UUID.randomUUID().toString(), caseId),
                "{\"caseId\": ");

        Received dead = topics.awaitRecords(EventCatalog.CASE_CLOSED.deadLetterTopic(), caseId, 1).getFirst();
        assertThat(dead.body()).isEqualTo("{\"caseId\": ");
        assertThat(dead.header("x-original-topic")).isEqualTo(CLOSED);
        assertThat(dead.header("x-exception-message"))
                .contains("breaks the schema urn:casemgmt:schema:case.closed:v1: $: not a JSON document");
        assertThat(dead.header("x-exception-stacktrace")).contains(MalformedEventException.class.getName());
    }

    @Test
    void aCaseClosedForACaseIntakeNeverOpenedIsDeadLettered() {
        String unknownCase = UUID.randomUUID().toString();

        topics.publish(CLOSED, unknownCase, headers(EventCatalog.CASE_CLOSED, UUID.randomUUID().toString(),
                unknownCase), caseClosed(unknownCase, "GOALS_ACHIEVED"));

        Received dead = topics.awaitRecords(EventCatalog.CASE_CLOSED.deadLetterTopic(), unknownCase, 1).getFirst();
        assertThat(dead.header("x-exception-message")).contains(unknownCase);
    }

    private static Map<String, String> headers(EventType<?> type, String eventId, String caseId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_id", eventId);
        headers.put("ce_type", type.type());
        headers.put("ce_source", "/casemgmt/closure-service");
        headers.put("ce_subject", caseId);
        headers.put("ce_specversion", "1.0");
        headers.put("ce_time", "2026-11-30T16:00:00Z");
        headers.put("ce_dataschema", type.dataschema());
        headers.put("content-type", "application/json");
        return headers;
    }

    /** With a field this version of the contract does not have: consumers must ignore it. */
    private static String caseClosed(String caseId, String reason) {
        return """
                {"caseId": "%s", "reason": "%s", "closedBy": "worker-9", "closedAt": "2026-11-30T16:00:00Z",
                 "outcomeSummary": "added by a later producer"}""".formatted(caseId, reason);
    }
}
