package org.casemgmt.monitoring.journal;

import java.time.Instant;

import org.springframework.data.mongodb.core.mapping.Document;

/** A progress note: the case worker's own words (encrypted), and whether it is kept from partner providers. */
@Document("progress_notes")
class ProgressNote extends JournalEntry {

    private String text;
    private boolean confidential;

    ProgressNote() {
    }

    static ProgressNote written(String id, CaseRef ref, String text, boolean confidential, String recordedBy,
                                Instant now) {
        ProgressNote note = new ProgressNote();
        note.filed(id, ref, recordedBy, now);
        note.text = text;
        note.confidential = confidential;
        return note;
    }

    String getText() {
        return text;
    }

    boolean isConfidential() {
        return confidential;
    }
}
