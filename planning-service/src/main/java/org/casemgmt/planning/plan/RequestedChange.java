package org.casemgmt.planning.plan;

/**
 * A change to the plan a case review asked for, kept on the version that should make it.
 *
 * @param kind     ADD_GOAL, CHANGE_GOAL, ABANDON_GOAL, CHANGE_OBJECTIVE, or a kind added to the contract later
 * @param goalId   the goal concerned; null for a new goal
 * @param reviewId the review that asked for it
 */
record RequestedChange(String kind, String goalId, String needDomain, String description, String reviewId) {
}
