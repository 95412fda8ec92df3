package org.casemgmt.monitoring.review;

/**
 * A change to the plan a review asks for.
 *
 * @param kind        ADD_GOAL, CHANGE_GOAL, ABANDON_GOAL or CHANGE_OBJECTIVE
 * @param goalId      the goal concerned; null for ADD_GOAL
 * @param needDomain  the life domain concerned, if any
 * @param description what the review asks for, in the reviewer's words (personal: encrypted, not on the topic)
 */
public record Adjustment(String kind, String goalId, String needDomain, String description) {
}
