package org.casemgmt.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.casemgmt.platform.testing.StageOpenApiDocumentTest;
import org.junit.jupiter.api.Test;

/** What monitoring's own endpoints promise in its OpenAPI document, beyond what every stage's says. */
class OpenApiDocumentIT extends StageOpenApiDocumentTest {

    @Test
    void recordingIsA201AndTheTimelineTakesAMomentInThePast() {
        assertThat(document.read("$.paths['/api/monitoring/cases/{caseId}/contacts'].post.responses", Map.class))
                .containsKeys("201", "409");
        assertThat(document.read("$.paths['/api/monitoring/cases/{caseId}/progress'].post.operationId",
                String.class)).isEqualTo("recordProgress");
        assertThat(document.read("$.paths", Map.class)).containsKeys("/api/monitoring/cases/{caseId}/timeline",
                "/api/monitoring/cases/{caseId}/assessments", "/api/monitoring/work-queue",
                "/api/monitoring/cases/{caseId}/reviews/{reviewId}/completion");
    }

    @Test
    void everyErrorOfTheApiIsAProblemDocument() {
        assertThat(document.errorsThatAreNoProblemDocument()).isEmpty();
    }
}
