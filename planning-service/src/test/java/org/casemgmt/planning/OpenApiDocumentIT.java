package org.casemgmt.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.casemgmt.platform.testing.OpenApiDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;

/**
 * The OpenAPI document as a client developer reads it, and as an independent linter (Redocly CLI, recommended
 * rules) judges it: any error the linter reports fails the build. The document is kept in
 * {@code target/openapi/planning-service.json}, the linter's report beside it.
 */
class OpenApiDocumentIT extends PlanningIntegrationTestBase {

    @Autowired
    BuildProperties build;

    OpenApiDocument document;

    @BeforeEach
    void readTheDocumentWithoutAToken() throws Exception {
        document = new OpenApiDocument("planning-service",
                mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString());
    }

    @Test
    void theLinterFindsNoError() throws Exception {
        OpenApiDocument.Lint lint = document.lint();

        assertThat(lint.exitCode()).as(lint.report()).isZero();
    }

    @Test
    void itNamesTheServiceItsVersionAndTheBearerTokenEveryOperationNeeds() {
        assertThat(document.read("$.info.title", String.class)).isEqualTo("planning-service");
        assertThat(document.read("$.info.version", String.class)).isEqualTo(build.getVersion());
        assertThat(document.read("$.components.securitySchemes.bearerAuth.scheme", String.class)).isEqualTo("bearer");
        assertThat(document.read("$.security[*].bearerAuth", List.class)).hasSize(1);
        assertThat(document.read("$.paths", Map.class)).as("health is on the management port, not in the API")
                .doesNotContainKey("/actuator/health");
    }

    @Test
    void openingARevisionIsA201WithTheLocationOfTheNewVersion() {
        String revise = "$.paths['/api/planning/plans/{id}/revisions'].post";

        assertThat(document.read(revise + ".operationId", String.class)).isEqualTo("revisePlan");
        assertThat(document.read(revise + ".responses.201.headers", Map.class))
                .containsKeys("Location", "Idempotent-Replayed");
        assertThat(document.read(revise + ".parameters[*]['$ref']", List.class))
                .contains("#/components/parameters/IdempotencyKey");
    }

    @Test
    void approvingSaysWhoMayAndThatAStaleVersionIsRefused() {
        String approve = "$.paths['/api/planning/plans/{id}/approval'].post.responses";

        assertThat(document.read(approve + ".403.description", String.class)).contains("approval-not-permitted");
        assertThat(document.read(approve + ".409.content['application/problem+json'].examples", Map.class))
                .containsKeys("stale-version", "idempotent-request-in-progress");
        assertThat(document.read(approve + ".503['$ref']", String.class))
                .isEqualTo("#/components/responses/AuditUnavailable");
    }

    @Test
    void everyErrorOfTheApiIsAProblemDocument() {
        assertThat(document.errorsThatAreNoProblemDocument()).isEmpty();
    }
}
