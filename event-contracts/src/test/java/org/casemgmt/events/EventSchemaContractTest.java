package org.casemgmt.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.casemgmt.events.schema.EventSchemaValidator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas are the contract partners read; the records are what our services compile against.
 * These checks keep the two from drifting apart, for every type in {@link EventCatalog}.
 */
class EventSchemaContractTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final Schema META_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(DRAFT_2020_12));
    private static final JsonMapper PRODUCER = JsonMapper.builder().build();
    /** The consumer rule of docs/events/README.md: a field a consumer does not know is ignored. */
    private static final JsonMapper CONSUMER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final EventSchemaValidator validator = new EventSchemaValidator();

    static Stream<Named<EventType<?>>> eventTypes() {
        return EventCatalog.all().stream().map(type -> Named.of(type.type(), type));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaIdIsTheCloudEventsDataschemaOfItsType(EventType<?> type) {
        JsonNode schema = validator.schemaDocument(type);

        assertThat(schema.path("$id").asString()).isEqualTo(type.dataschema());
        assertThat(schema.path("$schema").asString()).isEqualTo(DRAFT_2020_12);
        assertThat(schema.path("title").asString()).startsWith(type.topic());
        assertThat(schema.path("description").asString()).contains(type.topic(), type.type());
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaIsValidAgainstTheDraft2020_12MetaSchema(EventType<?> type) {
        assertThat(META_SCHEMA.validate(validator.schemaDocument(type))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaPropertiesAreExactlyTheRecordComponentsAndEachIsDocumented(EventType<?> type) {
        JsonNode schema = validator.schemaDocument(type);

        assertThat(driftBetween(schema, schema, type.payloadType(), "$")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyExampleValidatesAndDeserialisesIntoThePayloadRecord(EventType<?> type) {
        List<ObjectNode> examples = SchemaExamples.of(type);

        assertThat(examples).isNotEmpty();
        for (ObjectNode example : examples) {
            assertThat(validator.validate(type, example.toString())).isEmpty();
            Object event = PRODUCER.treeToValue(example, type.payloadType());
            // read back from the text, as a consumer would: an in-memory tree keeps a long as a long, the text does not
            assertThat(withoutNulls(PRODUCER.readTree(PRODUCER.writeValueAsString(event)))).as("no field lost on the way")
                    .isEqualTo(withoutNulls(example));
        }
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void aRecordSerialisedByJacksonValidatesAgainstItsSchema(EventType<?> type) {
        for (ObjectNode example : SchemaExamples.of(type)) {
            Object event = PRODUCER.treeToValue(example, type.payloadType());

            String published = PRODUCER.writeValueAsString(event);

            assertThat(validator.validate(type, published)).isEmpty();
            assertThat(PRODUCER.readValue(published, type.payloadType())).isEqualTo(event);
        }
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void anAddedFieldIsNotABreakingChange(EventType<?> type) {
        ObjectNode fromANewerProducer = SchemaExamples.first(type);
        fromANewerProducer.put("fieldAddedInALaterRelease", "consumers must ignore it");

        assertThat(validator.validate(type, fromANewerProducer.toString())).isEmpty();
        assertThat(CONSUMER.treeToValue(fromANewerProducer, type.payloadType()))
                .isEqualTo(CONSUMER.treeToValue(SchemaExamples.first(type), type.payloadType()));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void aDocumentMissingAnyRequiredFieldIsRejectedNamingThatField(EventType<?> type) {
        JsonNode required = validator.schemaDocument(type).path("required");

        assertThat(required.values()).isNotEmpty();
        for (JsonNode field : required) {
            ObjectNode incomplete = SchemaExamples.first(type);
            incomplete.remove(field.asString());

            assertThat(validator.validate(type, incomplete.toString()))
                    .singleElement().asString().contains("required property '" + field.asString() + "'");
        }
    }

    /** Walks the record and its schema together, answering every difference as a readable line. */
    private static List<String> driftBetween(JsonNode root, JsonNode schema, Class<?> record, String path) {
        List<String> drift = new ArrayList<>();
        JsonNode properties = schema.path("properties");
        Set<String> components = new HashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String at = path + "." + component.getName();
            components.add(component.getName());
            JsonNode property = properties.path(component.getName());
            if (property.isMissingNode()) {
                drift.add(at + ": in " + record.getSimpleName() + " but not in the schema");
                continue;
            }
            if (property.path("description").asString().isBlank()) {
                drift.add(at + ": has no description");
            }
            drift.addAll(typeDrift(root, resolve(root, property), component.getGenericType(), at));
        }
        for (String name : properties.propertyNames()) {
            if (!components.contains(name)) {
                drift.add(path + "." + name + ": in the schema but not in " + record.getSimpleName());
            }
        }
        for (JsonNode required : schema.path("required")) {
            if (!components.contains(required.asString())) {
                drift.add(path + "." + required.asString() + ": required but not a property");
            }
        }
        if (!schema.path("additionalProperties").asBoolean(false)) {
            drift.add(path + ": must allow additional properties, so adding a field is not a breaking change");
        }
        return drift;
    }

    private static List<String> typeDrift(JsonNode root, JsonNode property, Type javaType, String path) {
        if (javaType instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!property.path("type").asString().equals("array")) {
                return List.of(path + ": a List in the record but not an array in the schema");
            }
            return typeDrift(root, resolve(root, property.path("items")), list.getActualTypeArguments()[0], path + "[]");
        }
        Class<?> type = (Class<?>) javaType;
        if (type.isRecord()) {
            return driftBetween(root, property, type, path);
        }
        if (type == Instant.class && !property.path("format").asString().equals("date-time")) {
            return List.of(path + ": an Instant in the record but not a date-time in the schema");
        }
        if (type == String.class && !allowedTypes(property).contains("string")) {
            return List.of(path + ": a String in the record but not a string in the schema");
        }
        return List.of();
    }

    private static JsonNode resolve(JsonNode root, JsonNode property) {
        String ref = property.path("$ref").asString("");
        return ref.startsWith("#") ? root.at(ref.substring(1)) : property;
    }

    private static Set<String> allowedTypes(JsonNode property) {
        JsonNode type = property.path("type");
        return type.isArray()
                ? new HashSet<>(type.values().stream().map(JsonNode::asString).toList())
                : Set.of(type.asString());
    }

    /** Jackson writes an absent optional field as null; the schema allows both. */
    private static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        removeNulls(copy);
        return copy;
    }

    private static void removeNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nullFields = object.properties().stream()
                    .filter(field -> field.getValue().isNull())
                    .map(Map.Entry::getKey)
                    .toList();
            object.remove(nullFields);
        }
        node.values().forEach(EventSchemaContractTest::removeNulls);
    }
}
