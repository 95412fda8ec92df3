package org.casemgmt.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.casemgmt.platform.testing.StageOpenApiDocumentTest;
import org.junit.jupiter.api.Test;

/** What planning's own endpoints promise in its OpenAPI document, beyond what every stage's says. */
class OpenApiDocumentIT extends StageOpenApiDocumentTest {

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
