package org.casemgmt.planning.goal;

import java.time.Instant;

/**
 * One recorded value of an objective's indicator.
 *
 * @param progressEntryId monitoring's id of the entry that recorded it
 */
public record Measurement(String progressEntryId, double value, Instant recordedAt, String recordedBy) {
}
