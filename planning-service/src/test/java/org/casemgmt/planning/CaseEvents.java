package org.casemgmt.planning;

import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.platform.testing.TopicProbe;

import tools.jackson.databind.node.ObjectNode;

/** Publishes what other stages would, shaped like the examples of their published JSON Schemas. */
public final class CaseEvents {

    private static final EventSchemaValidator SCHEMAS = new EventSchemaValidator();

    private final TopicProbe topics;

    public CaseEvents(TopicProbe topics) {
        this.topics = topics;
    }

    /** The case.opened example (HOUSING CRISIS, INCOME MODERATE, MENTAL_HEALTH LOW) for a new case id. */
    public static ObjectNode caseOpened(String caseId) {
        return example(EventCatalog.CASE_OPENED).put("caseId", caseId);
    }

    public static ObjectNode progress(String caseId, String goalId, String objectiveId, double value) {
        return example(EventCatalog.PROGRESS_RECORDED).put("progressEntryId", UUID.randomUUID().toString())
                .put("caseId", caseId).put("goalId", goalId).put("objectiveId", objectiveId)
                .put("indicatorValue", value);
    }

    /** The review.completed example: it asks for two adjustments. */
    public static ObjectNode reviewCompleted(String caseId) {
        return example(EventCatalog.REVIEW_COMPLETED).put("reviewId", UUID.randomUUID().toString())
                .put("caseId", caseId);
    }

    /** Publishes with a new event id; answers the id, to deliver the same event again. */
    public String publish(EventType<?> type, String caseId, ObjectNode body) {
        String eventId = UUID.randomUUID().toString();
        redeliver(type, caseId, eventId, body.toString());
        return eventId;
    }

    /** Publishes exactly this record, as a producer that crashed before noting it had sent it would. */
    public void redeliver(EventType<?> type, String caseId, String eventId, String body) {
        topics.publish(type.topic(), caseId, TopicProbe.cloudEventHeaders(type, eventId, caseId), body);
    }

    private static ObjectNode example(EventType<?> type) {
        return (ObjectNode) SCHEMAS.schemaDocument(type).path("examples").get(0);
    }
}
