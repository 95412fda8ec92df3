package org.casemgmt.events.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.casemgmt.events.EventType;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an event body against the JSON Schema that is its contract: the one at
 * {@link EventType#schemaResource()} on the classpath of this module.
 *
 * <p>Producers call it in their tests on the exact bytes they publish; partners can call it on what they
 * receive. Schemas are parsed once and shared by every instance, so creating validators is cheap and an
 * instance is safe to use from several threads.
 *
 * <p>{@code format} is asserted, not just annotated (the 2020-12 default), so a {@code date-time} that
 * is not RFC 3339 is a violation. Messages are in English whatever the JVM's locale and start with the
 * JSONPath of the offending value, e.g. {@code $.assessedNeeds[1].severity: does not have a value in the
 * enumeration [...]}.
 */
public final class EventSchemaValidator {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .locale(Locale.ENGLISH)
                    .pathType(PathType.JSON_PATH)
                    .build()));
    private static final Map<EventType<?>, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param type the event type whose schema applies
     * @param json the event body (the Kafka record value)
     * @return one readable line per violation, each naming where in the document it is; empty when the
     *         body is valid
     * @throws IllegalArgumentException when this module has no schema for {@code type}
     */
    public List<String> validate(EventType<?> type, String json) {
        JsonNode document;
        try {
            document = JSON.readTree(json);
        } catch (JacksonException notJson) {
            return List.of("$: not a JSON document: " + notJson.getOriginalMessage());
        }
        return schemaOf(type).validate(document).stream().map(Error::toString).toList();
    }

    /** The JSON Schema document of {@code type} as published in this module; a copy, free to change. */
    public JsonNode schemaDocument(EventType<?> type) {
        return schemaOf(type).getSchemaNode().deepCopy();
    }

    private static Schema schemaOf(EventType<?> type) {
        return SCHEMAS.computeIfAbsent(type, EventSchemaValidator::load);
    }

    private static Schema load(EventType<?> type) {
        String resource = type.schemaResource();
        try (InputStream schema = EventSchemaValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (schema == null) {
                throw new IllegalArgumentException("no JSON Schema for " + type.type() + " at classpath:" + resource);
            }
            return REGISTRY.getSchema(schema);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read classpath:" + resource, unreadable);
        }
    }
}
