package org.casemgmt.console.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoalFormTest {

    private static final Map<String, Object> GOAL = Map.of("needDomain", "HOUSING", "statement", "Live safely",
            "priority", "HIGH", "responsibleParty", "PROVIDER", "providerRole", "housing-navigator",
            "objectives", List.of(Map.of("id", "o1", "direction", "HIGHER_IS_BETTER"),
                    Map.of("id", "o2", "direction", "LOWER_IS_BETTER")),
            "interventions", List.of(Map.of("description", "Search", "serviceType", "HOUSING_SEARCH")));

    @Test
    void takesTheEditedWordsAndObjectivesAndKeepsTheRest() {
        Map<String, Object> edited = PlanController.goalForm(Map.ofEntries(Map.entry("version", "3"),
                Map.entry("statement", "Get my own flat"),
                Map.entry("priority", "MEDIUM"),
                Map.entry("objectives[0].indicator", "Nights housed"),
                Map.entry("objectives[0].baseline", "0"),
                Map.entry("objectives[0].target", "28"),
                Map.entry("objectives[0].unit", "nights"),
                Map.entry("objectives[0].dueDate", "2027-02-28"),
                Map.entry("objectives[1].indicator", "Arrears"),
                Map.entry("objectives[1].target", "x"),
                Map.entry("objectives[1].direction", "HIGHER_IS_BETTER"),
                Map.entry("agreedByClient", "true")), GOAL);
        assertThat(edited).containsEntry("version", new BigDecimal("3")).containsEntry("statement", "Get my own flat")
                .containsEntry("priority", "MEDIUM").containsEntry("needDomain", "HOUSING")
                .containsEntry("responsibleParty", "PROVIDER").containsEntry("interventions", GOAL.get("interventions"));
        List<?> objectives = (List<?>) edited.get("objectives");
        assertThat(map(objectives.get(0))).containsEntry("id", "o1").containsEntry("indicator", "Nights housed")
                .containsEntry("target", new BigDecimal("28")).containsEntry("direction", "HIGHER_IS_BETTER")
                .containsEntry("dueDate", "2027-02-28");
        assertThat(map(objectives.get(1))).containsEntry("id", "o2").containsEntry("target", "x")
                .containsEntry("baseline", null).containsEntry("direction", "HIGHER_IS_BETTER");
        assertThat(map(edited.get("agreement"))).containsEntry("agreedBy", "client").containsKey("agreedAt");
    }

    @Test
    void withoutTheClientsAgreementKeepsTheOneThereWas() {
        Map<String, Object> edited = PlanController.goalForm(Map.of("version", "1"), GOAL);
        assertThat(edited).containsEntry("agreement", null).containsEntry("priority", "HIGH");
        assertThat(map(((List<?>) edited.get("objectives")).get(1)))
                .containsEntry("direction", "LOWER_IS_BETTER");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
