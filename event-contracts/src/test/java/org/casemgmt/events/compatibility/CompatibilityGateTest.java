package org.casemgmt.events.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casemgmt.events.EventCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The build fails when a released version of an event contract changes in a way its consumers cannot take: each
 * schema published now is held to its frozen copy under {@code released/} (bin/release-contracts writes them).
 */
class CompatibilityGateTest {

    private static final Path PUBLISHED = Path.of("src/main/resources/schemas");
    private static final Path RELEASED = Path.of("src/test/resources/released");
    /** case.closed and case.reopened as published before closure-service added to them within v1. */
    private static final Path BEFORE_CLOSURE_SERVICE = Path.of("src/test/resources/compatibility/5831bfc");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReleasedSchemas gate = new ReleasedSchemas();
    private final SchemaCompatibility compatibility = new SchemaCompatibility();

    @Test
    void everyReleasedVersionIsHonouredByTheSchemaPublishedNow() throws IOException {
        assertThat(gate.breakingChanges(RELEASED, PUBLISHED)).isEmpty();
    }

    @Test
    void everyBaselineIsTheReleasedSchemaOfTheVersionItIsNamedFor() throws IOException {
        assertThat(ReleasedSchemas.schemaFiles(RELEASED)).extracting(file -> file.getFileName().toString())
                .contains(EventCatalog.CASE_OPENED.schemaResource().substring("schemas/".length()));
        for (Path baseline : ReleasedSchemas.schemaFiles(RELEASED)) {
            String version = baseline.getFileName().toString().replace(".schema.json", "");
            String topic = version.substring(0, version.lastIndexOf(".v"));

            assertThat(JSON.readTree(baseline).path("$id").asString()).as(baseline.toString())
                    .isEqualTo("urn:casemgmt:schema:" + topic + ":" + version.substring(topic.length() + 1));
        }
    }

    /** closure-service relaxed case.closed's reason from an enum to a code pattern and added optional fields. */
    @Test
    void closuresAdditionsToCaseClosedAndCaseReopenedWithinV1AreCompatible() {
        JsonNode closedBefore = read(BEFORE_CLOSURE_SERVICE.resolve("case.closed.v1.schema.json"));
        JsonNode closedNow = read(PUBLISHED.resolve("case.closed.v1.schema.json"));
        assertThat(closedBefore.path("properties").path("reason").has("enum")).isTrue();
        assertThat(closedNow.path("properties").path("reason").has("pattern")).isTrue();
        assertThat(closedNow.path("properties").size()).isGreaterThan(closedBefore.path("properties").size());

        assertThat(compatibility.breakingChanges(closedBefore, closedNow)).isEmpty();
        assertThat(compatibility.breakingChanges(read(BEFORE_CLOSURE_SERVICE.resolve("case.reopened.v1.schema.json")),
                read(PUBLISHED.resolve("case.reopened.v1.schema.json")))).isEmpty();
    }

    @Test
    void aSchemaChangeThatRemovesAFieldFailsTheBuild(@TempDir Path changed) throws IOException {
        copyPublishedSchemasTo(changed);
        ObjectNode caseClosed = (ObjectNode) read(changed.resolve("case.closed.v1.schema.json"));
        ((ObjectNode) caseClosed.get("properties")).remove("reason");
        ArrayNode required = (ArrayNode) caseClosed.get("required");
        required.removeAll();
        required.add("caseId").add("closedBy").add("closedAt");
        Files.writeString(changed.resolve("case.closed.v1.schema.json"), caseClosed.toPrettyString());

        assertThat(gate.breakingChanges(RELEASED, changed)).containsExactly("case.closed.v1.schema.json "
                + "#/properties/reason: property reason removed or renamed: consumers that read it find nothing there");
    }

    @Test
    void theSameChangePublishedAsANewVersionBesideTheReleasedOnePasses(@TempDir Path changed) throws IOException {
        copyPublishedSchemasTo(changed);
        ObjectNode caseClosedV2 = (ObjectNode) read(changed.resolve("case.closed.v1.schema.json"));
        caseClosedV2.put("$id", "urn:casemgmt:schema:case.closed:v2");
        ((ObjectNode) caseClosedV2.get("properties")).remove("reason");
        Files.writeString(changed.resolve("case.closed.v2.schema.json"), caseClosedV2.toPrettyString());

        assertThat(gate.breakingChanges(RELEASED, changed)).isEmpty();
    }

    private static void copyPublishedSchemasTo(Path folder) throws IOException {
        for (Path schema : ReleasedSchemas.schemaFiles(PUBLISHED)) {
            Files.copy(schema, folder.resolve(schema.getFileName()));
        }
    }

    private static JsonNode read(Path schema) {
        return JSON.readTree(schema);
    }
}
