package org.casemgmt.monitoring.journal;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.monitoring.v1.ContactRecorded;
import org.casemgmt.events.monitoring.v1.MilestoneReached;
import org.casemgmt.events.monitoring.v1.NoteRecorded;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.stereotype.Component;

/** The journal's events, keyed by case id: codes and times only, never what was written. */
@Component
class JournalEvents {

    private final EventRecorder recorder;

    JournalEvents(EventRecorder recorder) {
        this.recorder = recorder;
    }

    PendingEvent contactRecorded(Contact contact) {
        return recorder.record(EventCatalog.CONTACT_RECORDED, contact.getCaseId(), new ContactRecorded(
                contact.getId(), contact.getCaseId(), contact.getOccurredAt(), contact.getMedium().name(),
                contact.isContactMade(), contact.getDurationMinutes(), contact.getContactTypes(),
                contact.isFollowUpNeeded(), contact.getRecordedBy(), contact.getRecordedAt()));
    }

    PendingEvent noteRecorded(ProgressNote note) {
        return recorder.record(EventCatalog.NOTE_RECORDED, note.getCaseId(), new NoteRecorded(note.getId(),
                note.getCaseId(), note.isConfidential(), note.getRecordedBy(), note.getRecordedAt()));
    }

    PendingEvent milestoneReached(Milestone milestone) {
        return recorder.record(EventCatalog.MILESTONE_REACHED, milestone.getCaseId(), new MilestoneReached(
                milestone.getId(), milestone.getCaseId(), milestone.getGoalId(), milestone.getKind(),
                milestone.getReachedAt(), milestone.getRecordedBy()));
    }
}
