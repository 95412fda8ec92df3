package org.casemgmt.planning.goal;

import java.util.List;

/**
 * What a goal says, as the case worker and client wrote it: everything that, once approved, partners are told in
 * goal.set and, when a revision changes it, in goal.revised. Objectives carry no measurements here.
 *
 * @param providerRole the kind of provider responsible when {@code responsibleParty} is PROVIDER; else null
 */
public record GoalTerms(String needDomain, String statement, Priority priority, ResponsibleParty responsibleParty,
                        String providerRole, List<Objective> objectives, List<Intervention> interventions) {

    public GoalTerms {
        objectives = objectives.stream().map(Objective::terms).toList();
        interventions = interventions == null ? List.of() : List.copyOf(interventions);
    }

    /** The same terms with these objectives, e.g. once the service has named them ({@link ObjectiveIds}). */
    public GoalTerms withObjectives(List<Objective> named) {
        return new GoalTerms(needDomain, statement, priority, responsibleParty, providerRole, named, interventions);
    }

    /** The distinct service types the interventions need, in the order first named. */
    public List<String> serviceTypes() {
        return interventions.stream().map(Intervention::serviceType).distinct().toList();
    }
}
