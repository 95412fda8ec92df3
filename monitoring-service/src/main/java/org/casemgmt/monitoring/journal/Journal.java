package org.casemgmt.monitoring.journal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casemgmt.monitoring.casefile.CaseFile;
import org.casemgmt.monitoring.casefile.CaseFiles;
import org.casemgmt.monitoring.journal.JournalEntry.CaseRef;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Records contacts, notes and milestones on a case of the caller's agency, each with its event in the same save. */
@Service
class Journal {

    private final CaseFiles caseFiles;
    private final ContactRepository contacts;
    private final ProgressNoteRepository notes;
    private final MilestoneRepository milestones;
    private final JournalEvents events;
    private final CurrentActor actor;
    private final Clock clock;

    Journal(CaseFiles caseFiles, ContactRepository contacts, ProgressNoteRepository notes,
            MilestoneRepository milestones, JournalEvents events, CurrentActor actor, Clock clock) {
        this.caseFiles = caseFiles;
        this.contacts = contacts;
        this.notes = notes;
        this.milestones = milestones;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    Contact recordContact(String caseId, Instant occurredAt, Medium medium, boolean contactMade,
                          Integer durationMinutes, List<String> contactTypes, String summary, boolean followUpNeeded) {
        Contact contact = Contact.recorded(newId(), ref(caseId), occurredAt, medium, contactMade, durationMinutes,
                contactTypes, summary, followUpNeeded, actor.id(), clock.instant());
        contact.publish(events.contactRecorded(contact));
        return contacts.insert(contact);
    }

    ProgressNote writeNote(String caseId, String text, boolean confidential) {
        ProgressNote note = ProgressNote.written(newId(), ref(caseId), text, confidential, actor.id(),
                clock.instant());
        note.publish(events.noteRecorded(note));
        return notes.insert(note);
    }

    /** A milestone towards a goal names a goal of the approved plan. */
    Milestone recordMilestone(String caseId, String goalId, String kind, String description, Instant reachedAt) {
        CaseFile file = caseFiles.visible(caseId);
        if (goalId != null && file.getGoals().stream().noneMatch(goal -> goal.goalId().equals(goalId))) {
            throw new ResourceNotFoundException("goal of case " + caseId, goalId);
        }
        Milestone milestone = Milestone.reached(newId(), ref(file), goalId, kind, description, reachedAt,
                actor.id(), clock.instant());
        milestone.publish(events.milestoneReached(milestone));
        return milestones.insert(milestone);
    }

    Page<Contact> contacts(String caseId, Pageable pageable) {
        return contacts.findByCaseId(caseFiles.visible(caseId).getCaseId(), pageable);
    }

    Page<ProgressNote> notes(String caseId, Pageable pageable) {
        return notes.findByCaseId(caseFiles.visible(caseId).getCaseId(), pageable);
    }

    Page<Milestone> milestones(String caseId, Pageable pageable) {
        return milestones.findByCaseId(caseFiles.visible(caseId).getCaseId(), pageable);
    }

    private CaseRef ref(String caseId) {
        return ref(caseFiles.visible(caseId));
    }

    private static CaseRef ref(CaseFile file) {
        return new CaseRef(file.getCaseId(), file.getClientId(), file.getAgencyId());
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
