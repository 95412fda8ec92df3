package org.casemgmt.planning.overdue;

import java.time.LocalDate;

import org.casemgmt.planning.goal.Direction;

/**
 * An objective whose due date has passed without its target being met, with what a case worker needs to act.
 *
 * @param caseWorker  the case manager of the case
 * @param latestValue the value measured last; null when nothing was measured
 * @param daysOverdue days since the due date
 */
record OverdueObjective(String planId, String caseId, String agencyId, String caseWorker, String goalId,
                        String needDomain, String goalStatement, String objectiveId, String indicator, double target,
                        String unit, Direction direction, LocalDate dueDate, Double latestValue, long daysOverdue) {
}
