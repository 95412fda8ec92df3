package org.casemgmt.planning.template;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.casemgmt.planning.goal.Goal;
import org.casemgmt.planning.goal.GoalTerms;
import org.casemgmt.planning.goal.Objective;
import org.casemgmt.planning.goal.Priority;

/**
 * Suggests the goals of a draft plan: one per assessed need at or above the threshold severity, taken from the
 * template of the need's domain, most severe first. A need in a domain without a template, or graded in a way this
 * version does not know, gets no suggestion: the case worker adds that goal by hand.
 */
public final class GoalSuggester {

    private final Severity threshold;

    public GoalSuggester(Severity threshold) {
        this.threshold = threshold;
    }

    public List<Goal> suggest(List<AssessedNeed> needs, Map<String, GoalTemplate> templatesByDomain, LocalDate today,
                              Supplier<String> ids) {
        return needs.stream()
                .map(need -> new Graded(need, Severity.of(need.severity()).orElse(Severity.NONE)))
                .filter(graded -> graded.severity.compareTo(threshold) >= 0)
                .sorted(Comparator.comparing(Graded::severity).reversed())
                .flatMap(graded -> Optional.ofNullable(templatesByDomain.get(graded.need.domain()))
                        .map(template -> goal(template, priorityOf(graded.severity), today, ids)).stream())
                .toList();
    }

    /** A crisis or high need comes first; a moderate one next; anything milder can wait. */
    static Priority priorityOf(Severity severity) {
        return switch (severity) {
            case CRISIS, HIGH -> Priority.HIGH;
            case MODERATE -> Priority.MEDIUM;
            case LOW, NONE -> Priority.LOW;
        };
    }

    private static Goal goal(GoalTemplate template, Priority priority, LocalDate today, Supplier<String> ids) {
        List<Objective> objectives = template.objectives().stream()
                .map(objective -> new Objective(ids.get(), objective.indicator(), objective.baseline(),
                        objective.target(), objective.unit(), objective.direction(),
                        today.plusDays(objective.dueInDays()), List.of()))
                .toList();
        return Goal.proposed(ids.get(), new GoalTerms(template.needDomain(), template.statement(), priority,
                template.responsibleParty(), template.providerRole(), objectives, template.interventions()), null);
    }

    private record Graded(AssessedNeed need, Severity severity) {
    }
}
