package org.casemgmt.intake;

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
 * {@code target/openapi/intake-service.json}, the linter's report beside it.
 */
class OpenApiDocumentIT extends IntakeIntegrationTestBase {

    @Autowired
    BuildProperties build;

    OpenApiDocument document;

    @BeforeEach
    void readTheDocumentWithoutAToken() throws Exception {
        document = new OpenApiDocument("intake-service",
                mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString());
    }

    @Test
    void theLinterFindsNoError() throws Exception {
        OpenApiDocument.Lint lint = document.lint();

        assertThat(lint.exitCode()).as(lint.report()).isZero();
    }

    @Test
    void itNamesTheServiceItsVersionAndTheBearerTokenEveryOperationNeeds() {
        assertThat(document.read("$.info.title", String.class)).isEqualTo("intake-service");
        assertThat(document.read("$.info.version", String.class)).isEqualTo(build.getVersion());
        assertThat(document.read("$.info.description", String.class)).startsWith("The first stage of case management");
        assertThat(document.read("$.components.securitySchemes.bearerAuth", Map.class))
                .containsEntry("type", "http").containsEntry("scheme", "bearer").containsEntry("bearerFormat", "JWT");
        assertThat(document.read("$.security[*].bearerAuth", List.class)).hasSize(1);
        assertThat(document.read("$.paths", Map.class)).as("health is on the management port, not in the API")
                .doesNotContainKey("/actuator/health");
        assertThat(document.read("$.paths['/.well-known/oauth-protected-resource'].get.security", List.class)).isEmpty();
    }

    @Test
    void registeringAClientIsA201WithItsLocationOrA409WithTheCandidates() {
        String register = "$.paths['/api/intake/clients'].post";

        assertThat(document.read(register + ".operationId", String.class)).isEqualTo("registerClient");
        assertThat(document.read(register + ".responses.201.headers", Map.class))
                .containsKeys("Location", "Idempotent-Replayed");
        assertThat(document.read(register + ".responses.409.content['application/problem+json'].examples"
                + "['possible-duplicate'].value.candidates[0].matchedOn", List.class)).contains("SOUNDS_ALIKE");
        assertThat(document.read(register + ".parameters[*]['$ref']", List.class))
                .contains("#/components/parameters/IdempotencyKey");
        assertThat(document.read(register + ".responses.422['$ref']", String.class))
                .isEqualTo("#/components/responses/UnprocessableContent");
    }

    @Test
    void aChangeOfAClientWithAStaleVersionIsA409StaleVersion() {
        assertThat(document.read("$.paths['/api/intake/clients/{id}'].put.responses.409.content"
                + "['application/problem+json'].examples", Map.class)).containsKey("stale-version");
        assertThat(document.read("$.components.schemas.ClientResponse.properties.version.description", String.class))
                .contains("409 `stale-version`");
    }

    @Test
    void everyErrorOfTheApiIsAProblemDocument() {
        assertThat(document.errorsThatAreNoProblemDocument()).isEmpty();
        assertThat(document.read("$.components.schemas.ProblemDetail.properties", Map.class))
                .containsKeys("type", "title", "status", "detail", "instance", "correlationId", "errors");
    }
}
