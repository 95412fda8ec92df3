package org.casemgmt.console.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiProblemTest {

    @Test
    void keepsEachFieldsMessageForTheFormAndTheRestForThePage() {
        ApiProblem problem = ApiProblem.of(409, Map.of(
                "type", "urn:casemgmt:problem:possible-duplicate", "title", "Possible duplicate",
                "detail", "1 existing client(s) may be the same person.",
                "errors", List.of(Map.of("field", "givenName", "message", "must not be blank"),
                        Map.of("field", "givenName", "message", "is too long")),
                "candidates", List.of(Map.of("clientId", "c1"))));
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.code()).isEqualTo("possible-duplicate");
        assertThat(problem.title()).isEqualTo("Possible duplicate");
        assertThat(problem.detail()).startsWith("1 existing");
        assertThat(problem.fieldErrors()).containsExactly(Map.entry("givenName", "must not be blank is too long"));
        assertThat(problem.property("candidates")).isEqualTo(List.of(Map.of("clientId", "c1")));
        assertThat(problem.isNotFound()).isFalse();
    }

    @Test
    void aBodyThatIsNoProblemDocumentStillGivesItsStatus() {
        ApiProblem problem = ApiProblem.of(404, Map.of());
        assertThat(problem.isNotFound()).isTrue();
        assertThat(problem.code()).isEqualTo("blank");
        assertThat(problem.fieldErrors()).isEmpty();
        assertThat(problem.title()).isNull();
    }
}
