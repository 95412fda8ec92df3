package org.casemgmt.platform.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

/**
 * A service's OpenAPI document ({@code /v3/api-docs}) for its tests: read with JSONPath, kept in
 * {@code target/openapi/<service>.json}, and linted with Redocly CLI, a linter that shares nothing with springdoc,
 * under the repository's {@code redocly.yaml} (its recommended rules). The linter's version is pinned so that every
 * build lints alike (2.77.0 is the newest that still runs on Node.js 20); npx keeps it in {@code ~/.npm} after the
 * first run. Without Node.js the lint fails rather than being skipped: CI has it, and a document nobody lints drifts.
 */
public final class OpenApiDocument {

    public static final String REDOCLY_CLI = "@redocly/cli@2.77.0";
    /** Only a hung npx is stopped; the first run downloads the package, later ones take seconds. */
    private static final long GIVE_UP_MINUTES = 10;

    private final String service;
    private final String json;
    private final DocumentContext parsed;

    public OpenApiDocument(String service, String json) {
        this.service = service;
        this.json = json;
        this.parsed = JsonPath.parse(json);
    }

    public <T> T read(String jsonPath, Class<T> type) {
        return parsed.read(jsonPath, type);
    }

    /**
     * Writes the document to {@code target/openapi/<service>.json} and runs the linter on it; its report is kept
     * beside it as {@code <service>.lint.txt}.
     */
    public Lint lint() throws IOException, InterruptedException {
        Path document = Path.of("target", "openapi", service + ".json").toAbsolutePath();
        Path report = document.resolveSibling(service + ".lint.txt");
        Files.createDirectories(document.getParent());
        Files.writeString(document, json, StandardCharsets.UTF_8);
        String npx = System.getProperty("os.name").startsWith("Windows") ? "npx.cmd" : "npx";
        ProcessBuilder builder = new ProcessBuilder(List.of(npx, "--yes", REDOCLY_CLI, "lint", "--format=stylish",
                "--config=" + repositoryRoot().resolve("redocly.yaml"), document.toString()))
                .redirectErrorStream(true)
                .redirectOutput(report.toFile());
        // no usage data sent, no update notice in the report
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process linter;
        try {
            linter = builder.start();
        } catch (IOException e) {
            throw new IOException("Cannot run " + npx + ": the OpenAPI lint needs Node.js (20.19 or later) and npm", e);
        }
        linter.getOutputStream().close();
        if (!linter.waitFor(GIVE_UP_MINUTES, TimeUnit.MINUTES)) {
            linter.destroyForcibly();
            throw new IllegalStateException("Redocly CLI did not finish: " + Files.readString(report));
        }
        return new Lint(linter.exitValue(), Files.readString(report));
    }

    /**
     * Every error answer of the API (the paths under {@code /api/}) that is not a problem document, as
     * {@code "<operationId> <status>"}: each must be a shared response or {@code application/problem+json}.
     */
    @SuppressWarnings("unchecked")
    public List<String> errorsThatAreNoProblemDocument() {
        List<String> found = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = parsed.read("$.paths");
        paths.forEach((path, operations) -> operations.values().forEach(operation -> {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            responses.forEach((status, response) -> {
                boolean shared = String.valueOf(response.get("$ref")).startsWith("#/components/responses/");
                Object content = response.get("content");
                boolean problem = content instanceof Map<?, ?> types && types.keySet()
                        .equals(Set.of("application/problem+json"));
                if (path.startsWith("/api/") && status.compareTo("400") >= 0 && !shared && !problem) {
                    found.add(operation.get("operationId") + " " + status);
                }
            });
        }));
        return found;
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("redocly.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No redocly.yaml above " + Path.of("").toAbsolutePath());
    }

    /** @param exitCode 0 when the linter found no error (warnings are reported, not fatal) */
    public record Lint(int exitCode, String report) {
    }
}
