package org.casemgmt.events.monitoring.v1;

/**
 * A change to the service plan a case review asked for.
 *
 * @param kind        ADD_GOAL, CHANGE_GOAL, ABANDON_GOAL or CHANGE_OBJECTIVE (tolerate unknown values)
 * @param goalId      the goal concerned; null for ADD_GOAL
 * @param needDomain  the life domain concerned, when the review named one; may be null
 * @param description what the review asks for, in words
 */
public record RequestedAdjustment(String kind, String goalId, String needDomain, String description) {
}
