package org.casemgmt.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;

/**
 * A stage's OpenAPI document as a client developer reads it, and as an independent linter (Redocly CLI, recommended
 * rules) judges it: any error the linter reports fails the build. What every stage's document must say is checked
 * here once: no linter error, the service's name and version, the bearer token on every operation but the
 * protected-resource metadata, and no health (it is on the management port). A stage's {@code OpenApiDocumentIT}
 * extends this and checks what its own endpoints promise on {@link #document}. The document is kept in
 * {@code target/openapi/<service>.json}, the linter's report beside it.
 */
public abstract class StageOpenApiDocumentTest extends StageIntegrationTest {

    @Autowired
    private BuildProperties build;
    @Value("${spring.application.name}")
    private String service;

    protected OpenApiDocument document;

    @BeforeEach
    void readTheDocumentWithoutAToken() throws Exception {
        document = new OpenApiDocument(service,
                mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString());
    }

    @Test
    void theLinterFindsNoError() throws Exception {
        OpenApiDocument.Lint lint = document.lint();

        assertThat(lint.exitCode()).as(lint.report()).isZero();
    }

    @Test
    void itNamesTheServiceItsVersionAndTheBearerTokenEveryOperationNeeds() {
        assertThat(document.read("$.info.title", String.class)).isEqualTo(service);
        assertThat(document.read("$.info.version", String.class)).isEqualTo(build.getVersion());
        assertThat(document.read("$.components.securitySchemes.bearerAuth", Map.class))
                .containsEntry("type", "http").containsEntry("scheme", "bearer").containsEntry("bearerFormat", "JWT");
        assertThat(document.read("$.security[*].bearerAuth", List.class)).hasSize(1);
        assertThat(document.read("$.paths", Map.class)).as("health is on the management port, not in the API")
                .doesNotContainKey("/actuator/health");
        assertThat(document.read("$.paths['/.well-known/oauth-protected-resource'].get.security", List.class)).isEmpty();
    }
}
