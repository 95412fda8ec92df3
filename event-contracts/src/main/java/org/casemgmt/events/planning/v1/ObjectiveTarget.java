package org.casemgmt.events.planning.v1;

import java.time.LocalDate;

/**
 * One measurable objective of a goal, as it was agreed: what is measured, where the client started, and the value
 * that counts as met by the due date.
 *
 * @param objectiveId the objective; progress.recorded names it
 * @param indicator   what is measured; deprecated, always null: free text written for the client's goal outlives
 *                    no erasure on a topic; read it from planning's API
 * @param baseline    the value when the objective was set
 * @param target      the value that meets the objective
 * @param unit        the unit of baseline and target; deprecated, always null, as {@code indicator}
 * @param direction   HIGHER_IS_BETTER (met at or above the target) or LOWER_IS_BETTER (met at or below it)
 * @param dueDate     the day by which the target should be met
 */
public record ObjectiveTarget(String objectiveId, String indicator, double baseline, double target, String unit,
                              String direction, LocalDate dueDate) {
}
