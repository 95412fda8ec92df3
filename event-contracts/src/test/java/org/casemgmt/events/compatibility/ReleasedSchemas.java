package org.casemgmt.events.compatibility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * The gate: every released schema, frozen as a copy in a folder of baselines, against the schema published now
 * under the same file name ({@code <topic>.v<n>.schema.json}). A {@code v2} beside {@code v1} has a name of its own,
 * so it is never held to {@code v1}'s baseline; a published schema without a baseline is not released yet and
 * passes. bin/release-contracts writes the baselines.
 */
final class ReleasedSchemas {

    private final SchemaCompatibility compatibility = new SchemaCompatibility();
    private final JsonMapper json = JsonMapper.builder().build();

    /** Each breaking change as {@code <file> #<pointer>: <reason>}; empty when every release is honoured. */
    List<String> breakingChanges(Path baselines, Path published) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path baseline : schemaFiles(baselines)) {
            String name = baseline.getFileName().toString();
            Path current = published.resolve(name);
            if (!Files.exists(current)) {
                found.add(name + ": released, but no longer published (a version is retired by deleting its "
                        + "baseline with it, once no consumer reads it)");
                continue;
            }
            compatibility.breakingChanges(json.readTree(baseline), json.readTree(current))
                    .forEach(change -> found.add(name + " " + change));
        }
        return found;
    }

    static List<Path> schemaFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".schema.json")).sorted().toList();
        }
    }
}
