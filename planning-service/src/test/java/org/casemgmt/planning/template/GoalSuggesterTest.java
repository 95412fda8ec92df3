package org.casemgmt.planning.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.casemgmt.planning.goal.Direction;
import org.casemgmt.planning.goal.Goal;
import org.casemgmt.planning.goal.Intervention;
import org.casemgmt.planning.goal.Objective;
import org.casemgmt.planning.goal.Priority;
import org.casemgmt.planning.goal.ResponsibleParty;
import org.junit.jupiter.api.Test;

class GoalSuggesterTest {

    private static final LocalDate DRAFTED = LocalDate.of(2026, 11, 23);
    private static final Map<String, GoalTemplate> TEMPLATES = Map.of(
            "HOUSING", template("HOUSING", "A safe home I can afford"),
            "INCOME", template("INCOME", "A steady income"),
            "MENTAL_HEALTH", template("MENTAL_HEALTH", "Feel better in myself"));

    private final AtomicInteger sequence = new AtomicInteger();
    private final Supplier<String> ids = () -> "id-" + sequence.incrementAndGet();

    @Test
    void aNeedAtOrAboveTheThresholdGetsTheGoalOfItsDomainsTemplateMostSevereFirst() {
        List<Goal> goals = new GoalSuggester(Severity.MODERATE).suggest(List.of(
                need("MENTAL_HEALTH", "LOW"), need("INCOME", "MODERATE"), need("HOUSING", "CRISIS")),
                TEMPLATES, DRAFTED, ids);

        assertThat(goals).extracting(Goal::needDomain).containsExactly("HOUSING", "INCOME");
        assertThat(goals).extracting(Goal::priority).containsExactly(Priority.HIGH, Priority.MEDIUM);
        assertThat(goals).extracting(Goal::statement).containsExactly("A safe home I can afford", "A steady income");
    }

    @Test
    void theThresholdIsConfigurable() {
        List<Goal> goals = new GoalSuggester(Severity.LOW).suggest(List.of(need("MENTAL_HEALTH", "LOW")), TEMPLATES,
                DRAFTED, ids);

        assertThat(goals).extracting(Goal::needDomain, Goal::priority)
                .containsExactly(tuple("MENTAL_HEALTH", Priority.LOW));
    }

    @Test
    void aSuggestedGoalTakesTheTemplatesObjectivesDueCountedFromTheDraftingDayAndItsInterventions() {
        Goal housing = new GoalSuggester(Severity.MODERATE).suggest(List.of(need("HOUSING", "HIGH")), TEMPLATES,
                DRAFTED, ids).getFirst();

        Objective objective = housing.objectives().getFirst();
        assertThat(objective.dueDate()).isEqualTo(DRAFTED.plusDays(90));
        assertThat(objective.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(objective.id()).isNotEqualTo(housing.id());
        assertThat(housing.terms().serviceTypes()).containsExactly("HOUSING_SEARCH");
        assertThat(housing.responsibleParty()).isEqualTo(ResponsibleParty.PROVIDER);
        assertThat(housing.agreement()).as("the client has not agreed to a suggestion").isNull();
        assertThat(housing.wasSet()).isFalse();
    }

    @Test
    void aNeedWithoutATemplateOrWithAGradeThisVersionDoesNotKnowGetsNoSuggestion() {
        List<Goal> goals = new GoalSuggester(Severity.MODERATE).suggest(List.of(
                need("LEGAL", "CRISIS"), need("HOUSING", "CATASTROPHIC")), TEMPLATES, DRAFTED, ids);

        assertThat(goals).isEmpty();
    }

    private static AssessedNeed need(String domain, String severity) {
        return new AssessedNeed(domain, severity);
    }

    private static GoalTemplate template(String domain, String statement) {
        return new GoalTemplate(domain, statement, ResponsibleParty.PROVIDER, "navigator",
                List.of(new ObjectiveTemplate("Nights housed", 0.0, 28.0, "nights", Direction.HIGHER_IS_BETTER, 90)),
                List.of(new Intervention("Search", "HOUSING_SEARCH")));
    }
}
