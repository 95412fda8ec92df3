package org.casemgmt.events.planning.v1;

/**
 * A goal of a plan, named briefly: enough for a consumer to know which needs the plan addresses.
 *
 * @param goalId     the goal; later goal.* events and progress.recorded name it
 * @param needDomain the life domain of the need it addresses (HOUSING, INCOME, ...; tolerate unknown values)
 * @param statement  the template's wording of a suggested goal (plan.drafted); null in plan.approved, whose goals
 *                   may be in the client's own words: personal data, which an event must not carry past an erasure
 * @param priority   HIGH, MEDIUM or LOW
 */
public record PlannedGoal(String goalId, String needDomain, String statement, String priority) {
}
