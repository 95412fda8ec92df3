package org.casemgmt.console.intake;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeFormsTest {

    @Test
    void theAssessmentHoldsTheDomainsWithANeedInTheFormsOrder() {
        Map<String, String> form = new HashMap<>(Map.ofEntries(
                Map.entry("version", "2"),
                Map.entry("severity-INCOME", "MODERATE"),
                Map.entry("severity-HOUSING", "HIGH"),
                Map.entry("summary-HOUSING", " Eviction notice "),
                Map.entry("severity-SAFETY", "NONE"),
                Map.entry("strengths", "Part-time job\n\n  Supportive sister \n"),
                Map.entry("riskType", "EVICTION"),
                Map.entry("riskLevel", "HIGH"),
                Map.entry("householdSize", "3"),
                Map.entry("monthlyIncome", "1250.50")));
        form.put("residencyArea", "");
        Map<String, Object> assessment = IntakeController.assessment(form);
        assertThat(assessment.get("version")).isEqualTo(new BigDecimal("2"));
        List<?> needs = (List<?>) assessment.get("needs");
        assertThat(needs).hasSize(2);
        assertThat(map(needs.get(0))).containsEntry("domain", "HOUSING").containsEntry("severity", "HIGH")
                .containsEntry("summary", "Eviction notice");
        assertThat(map(needs.get(1))).containsEntry("domain", "INCOME").containsEntry("summary", null);
        assertThat(assessment.get("strengths")).isEqualTo(List.of("Part-time job", "Supportive sister"));
        assertThat(assessment.get("risks")).asList().singleElement().satisfies(risk ->
                assertThat(map(risk)).containsEntry("type", "EVICTION").containsEntry("level", "HIGH"));
        Map<?, ?> circumstances = map(assessment.get("circumstances"));
        assertThat(circumstances.get("householdSize")).isEqualTo(new BigDecimal("3"));
        assertThat(circumstances.get("monthlyIncome")).isEqualTo(new BigDecimal("1250.50"));
        assertThat(circumstances.get("residencyArea")).isNull();
    }

    @Test
    void aNumberThatIsNoNumberGoesAsTypedForTheApiToSayWhy() {
        Map<String, Object> assessment = IntakeController.assessment(Map.of("householdSize", "three"));
        assertThat(map(assessment.get("circumstances")).get("householdSize")).isEqualTo("three");
        assertThat(assessment.get("risks")).asList().isEmpty();
        assertThat(assessment.get("needs")).asList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
