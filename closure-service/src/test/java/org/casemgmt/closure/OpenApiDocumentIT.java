package org.casemgmt.closure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.casemgmt.platform.testing.StageOpenApiDocumentTest;
import org.junit.jupiter.api.Test;

/** What closure's own endpoints promise in its OpenAPI document, beyond what every stage's says. */
class OpenApiDocumentIT extends StageOpenApiDocumentTest {

    @Test
    void aClosureRequestIsA201AndItsDecisionsNameTheFourEyesRule() {
        assertThat(document.read("$.paths['/api/closure/cases/{caseId}/closure-requests'].post.responses",
                Map.class)).containsKeys("201", "409");
        assertThat(document.read("$.paths['/api/closure/cases/{caseId}/closure-requests/{closureId}/approval']"
                + ".post.responses.403.description", String.class)).contains("four-eyes");
        assertThat(document.read("$.paths", Map.class)).containsKeys("/api/closure/cases/{caseId}/readiness",
                "/api/closure/cases/{caseId}/follow-ups/{followUpId}/result", "/api/closure/outcomes",
                "/api/closure/cases/{caseId}/reopening");
    }

    @Test
    void retentionIsDocumentedWithItsBadInputAndItsRefusals() {
        assertThat(document.read("$.paths['/api/closure/retention-policies/{programId}'].put.responses", Map.class))
                .containsKeys("200", "400", "403");
        assertThat(document.read("$.paths['/api/closure/cases/{caseId}/legal-hold']", Map.class))
                .containsKeys("put", "delete");
        assertThat(document.read("$.paths['/api/closure/cases/{caseId}/legal-hold'].put.responses.409.description",
                String.class)).contains("retention-expired");
        assertThat(document.read("$.paths['/api/closure/retention/expiring'].get.parameters[0].name", String.class))
                .isEqualTo("within");
    }

    @Test
    void everyErrorOfTheApiIsAProblemDocument() {
        assertThat(document.errorsThatAreNoProblemDocument()).isEmpty();
    }
}
