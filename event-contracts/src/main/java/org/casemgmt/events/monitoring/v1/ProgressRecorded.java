package org.casemgmt.events.monitoring.v1;

import java.time.Instant;

/**
 * A measurement of an objective's indicator was recorded. Planning keeps it as the objective's latest value and
 * marks the goal achieved when every objective meets its target.
 *
 * @param progressEntryId monitoring's id of this entry; the same entry recorded twice carries the same id
 * @param caseId          the case
 * @param goalId          the goal, as in goal.set
 * @param objectiveId     the objective of that goal, as in goal.set
 * @param indicatorValue  the measured value, in the objective's unit
 * @param note            the case worker's short note, free of identifying details; may be null
 * @param recordedBy      the staff member who recorded it
 * @param recordedAt      when the value was measured
 */
public record ProgressRecorded(String progressEntryId, String caseId, String goalId, String objectiveId,
                               double indicatorValue, String note, String recordedBy, Instant recordedAt) {
}
