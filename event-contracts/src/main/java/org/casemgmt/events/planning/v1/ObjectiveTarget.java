package org.casemgmt.events.planning.v1;

import java.time.LocalDate;

/**
 * One measurable objective of a goal, as it was agreed: what is measured, where the client started, and the value
 * that counts as met by the due date.
 *
 * @param objectiveId the objective; progress.recorded names it
 * @param indicator   what is measured, e.g. "nights in stable accommodation per month"
 * @param baseline    the value when the objective was set
 * @param target      the value that meets the objective
 * @param unit        the unit of baseline and target, e.g. "nights", "EUR", "score"
 * @param direction   HIGHER_IS_BETTER (met at or above the target) or LOWER_IS_BETTER (met at or below it)
 * @param dueDate     the day by which the target should be met
 */
public record ObjectiveTarget(String objectiveId, String indicator, double baseline, double target, String unit,
                              String direction, LocalDate dueDate) {
}
