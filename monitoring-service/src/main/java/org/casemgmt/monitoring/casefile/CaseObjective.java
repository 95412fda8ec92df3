package org.casemgmt.monitoring.casefile;

import java.time.LocalDate;

/**
 * An objective of a goal as planning set it: what a measurement is recorded against.
 *
 * @param objectiveId the objective
 * @param baseline    the value when it was set
 * @param target      the value that meets it
 * @param direction   HIGHER_IS_BETTER or LOWER_IS_BETTER
 * @param dueDate     when it should be met
 */
public record CaseObjective(String objectiveId, double baseline, double target, String direction,
                            LocalDate dueDate) {
}
