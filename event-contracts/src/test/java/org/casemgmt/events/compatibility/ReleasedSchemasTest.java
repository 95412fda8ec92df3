package org.casemgmt.events.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which published schema the gate holds to which baseline, on folders of hand-written schemas. */
class ReleasedSchemasTest {

    private static final String V1 = """
            {"$id": "urn:casemgmt:schema:thing.happened:v1", "type": "object", "required": ["caseId"],
             "properties": {"caseId": {"type": "string"}, "reason": {"type": "string"}}}
            """;

    @TempDir
    Path baselines;
    @TempDir
    Path published;

    private final ReleasedSchemas gate = new ReleasedSchemas();

    @BeforeEach
    void releaseV1() throws IOException {
        Files.writeString(baselines.resolve("thing.happened.v1.schema.json"), V1);
        Files.writeString(published.resolve("thing.happened.v1.schema.json"), V1);
    }

    @Test
    void aSchemaAsReleasedPasses() throws IOException {
        assertThat(gate.breakingChanges(baselines, published)).isEmpty();
    }

    @Test
    void aBreakingChangeToAReleasedVersionIsReportedWithItsFileAndPointer() throws IOException {
        Files.writeString(published.resolve("thing.happened.v1.schema.json"),
                V1.replace(", \"reason\": {\"type\": \"string\"}", ""));

        assertThat(gate.breakingChanges(baselines, published)).containsExactly("thing.happened.v1.schema.json "
                + "#/properties/reason: property reason removed or renamed: consumers that read it find nothing there");
    }

    @Test
    void theBreakingChangePublishedAsV2BesideV1IsNotHeldToV1sBaseline() throws IOException {
        Files.writeString(published.resolve("thing.happened.v2.schema.json"),
                V1.replace(":v1", ":v2").replace(", \"reason\": {\"type\": \"string\"}", ""));

        assertThat(gate.breakingChanges(baselines, published)).isEmpty();
    }

    @Test
    void aSchemaWithoutABaselineIsNotReleasedYetAndPasses() throws IOException {
        Files.writeString(published.resolve("consent.ended.v1.schema.json"), V1.replace("thing.happened", "consent.ended"));

        assertThat(gate.breakingChanges(baselines, published)).isEmpty();
    }

    @Test
    void aReleasedVersionNoLongerPublishedIsReported() throws IOException {
        Files.delete(published.resolve("thing.happened.v1.schema.json"));

        assertThat(gate.breakingChanges(baselines, published)).containsExactly("thing.happened.v1.schema.json: "
                + "released, but no longer published (a version is retired by deleting its baseline with it, once no "
                + "consumer reads it)");
    }
}
