package org.casemgmt.planning.goal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One goal of a service plan: its terms, the client's agreement, the progress measured against its objectives and
 * where it stands. Immutable: every change answers a new goal, so a plan version kept for history never changes.
 *
 * @param approvedTerms the terms as last approved (what partners were told); null while the goal was never approved
 * @param achievement   when and by which progress entry every objective met its target; null until then
 * @param abandonment   why and when it was given up; null unless abandoned
 */
public record Goal(String id, String needDomain, String statement, Priority priority,
                   ResponsibleParty responsibleParty, String providerRole, List<Objective> objectives,
                   List<Intervention> interventions, ClientAgreement agreement, GoalStatus status,
                   GoalTerms approvedTerms, Achievement achievement, Abandonment abandonment) {

    public Goal {
        objectives = List.copyOf(objectives);
        interventions = interventions == null ? List.of() : List.copyOf(interventions);
    }

    public record Achievement(Instant achievedAt, String progressEntryId) {
    }

    public record Abandonment(String reason, String abandonedBy, Instant abandonedAt) {
    }

    /** A goal nobody has approved yet. */
    public static Goal proposed(String id, GoalTerms terms, ClientAgreement agreement) {
        return new Goal(id, terms.needDomain(), terms.statement(), terms.priority(), terms.responsibleParty(),
                terms.providerRole(), terms.objectives(), terms.interventions(), agreement, GoalStatus.OPEN, null,
                null, null);
    }

    public GoalTerms terms() {
        return new GoalTerms(needDomain, statement, priority, responsibleParty, providerRole, objectives,
                interventions);
    }

    /** Approved at least once, so partners know it (goal.set was published). */
    public boolean wasSet() {
        return approvedTerms != null;
    }

    /** Set, and changed since: the next approval announces it with goal.revised. */
    public boolean changedSinceApproval() {
        return wasSet() && !approvedTerms.equals(terms());
    }

    public boolean isOpen() {
        return status == GoalStatus.OPEN;
    }

    /** Achieved when it has objectives and every one of them meets its target. */
    public boolean allTargetsMet() {
        return !objectives.isEmpty() && objectives.stream().allMatch(Objective::isMet);
    }

    public Optional<Objective> objective(String objectiveId) {
        return objectives.stream().filter(objective -> objective.id().equals(objectiveId)).findFirst();
    }

    /** New terms and agreement; objectives that keep their id keep what was measured against them. */
    public Goal withTerms(GoalTerms terms, ClientAgreement newAgreement) {
        List<Objective> measured = terms.objectives().stream()
                .map(objective -> objective(objective.id()).map(objective::withHistoryOf).orElse(objective))
                .toList();
        return new Goal(id, terms.needDomain(), terms.statement(), terms.priority(), terms.responsibleParty(),
                terms.providerRole(), measured, terms.interventions(), newAgreement, status, approvedTerms,
                achievement, abandonment);
    }

    public Goal approved() {
        return new Goal(id, needDomain, statement, priority, responsibleParty, providerRole, objectives,
                interventions, agreement, status, terms(), achievement, abandonment);
    }

    public Goal withMeasurement(String objectiveId, Measurement measurement) {
        List<Objective> updated = objectives.stream()
                .map(objective -> objective.id().equals(objectiveId) ? objective.withMeasurement(measurement) : objective)
                .toList();
        return new Goal(id, needDomain, statement, priority, responsibleParty, providerRole, updated, interventions,
                agreement, status, approvedTerms, achievement, abandonment);
    }

    public Goal achieved(Instant at, String progressEntryId) {
        return new Goal(id, needDomain, statement, priority, responsibleParty, providerRole, objectives,
                interventions, agreement, GoalStatus.ACHIEVED, approvedTerms, new Achievement(at, progressEntryId),
                abandonment);
    }

    public Goal abandoned(String reason, String by, Instant at) {
        return new Goal(id, needDomain, statement, priority, responsibleParty, providerRole, objectives,
                interventions, agreement, GoalStatus.ABANDONED, approvedTerms, achievement,
                new Abandonment(reason, by, at));
    }
}
