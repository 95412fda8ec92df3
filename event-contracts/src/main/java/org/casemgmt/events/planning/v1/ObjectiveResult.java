package org.casemgmt.events.planning.v1;

/**
 * How an objective of an achieved goal ended.
 *
 * @param objectiveId the objective
 * @param indicator   what was measured; deprecated, always null: free text written for the client's goal outlives
 *                    no erasure on a topic; read it from planning's API
 * @param baseline    the value when the objective was set
 * @param target      the value that meets it
 * @param achieved    the latest recorded value, which meets the target
 * @param unit        the unit of the values; deprecated, always null, as {@code indicator}
 * @param direction   HIGHER_IS_BETTER or LOWER_IS_BETTER
 */
public record ObjectiveResult(String objectiveId, String indicator, double baseline, double target, double achieved,
                              String unit, String direction) {
}
