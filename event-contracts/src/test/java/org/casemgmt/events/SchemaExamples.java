package org.casemgmt.events;

import java.util.List;

import org.casemgmt.events.schema.EventSchemaValidator;

import tools.jackson.databind.node.ObjectNode;

/** The {@code examples} each published JSON Schema carries: realistic events, reused as test fixtures. */
public final class SchemaExamples {

    private static final EventSchemaValidator SCHEMAS = new EventSchemaValidator();

    private SchemaExamples() {
    }

    /** Fresh copies, so a test may change them. */
    public static List<ObjectNode> of(EventType<?> type) {
        return SCHEMAS.schemaDocument(type).path("examples").values().stream()
                .map(ObjectNode.class::cast)
                .toList();
    }

    public static ObjectNode first(EventType<?> type) {
        return of(type).getFirst();
    }
}
