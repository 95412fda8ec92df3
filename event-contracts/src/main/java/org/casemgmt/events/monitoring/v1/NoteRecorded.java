package org.casemgmt.events.monitoring.v1;

import java.time.Instant;

/**
 * A progress note was written on the case. Only that it exists travels: its text is read from monitoring's API by
 * those allowed to, and a confidential note by the case's own agency only.
 *
 * @param noteId       the note
 * @param caseId       the case
 * @param confidential whether the note is kept from partner providers
 * @param recordedBy   the staff member who wrote it
 * @param recordedAt   when
 */
public record NoteRecorded(String noteId, String caseId, boolean confidential, String recordedBy, Instant recordedAt) {
}
