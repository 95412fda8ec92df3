package org.casemgmt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.casemgmt.platform.testing.StageOpenApiDocumentTest;
import org.junit.jupiter.api.Test;

/** What intake's own endpoints promise in its OpenAPI document, beyond what every stage's says. */
class OpenApiDocumentIT extends StageOpenApiDocumentTest {

    @Test
    void itSaysWhatTheStageDoes() {
        assertThat(document.read("$.info.description", String.class)).startsWith("The first stage of case management");
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
