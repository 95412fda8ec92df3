package org.casemgmt.monitoring.journal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/monitoring/cases/{caseId}")
@Tag(name = "Journal", description = "Contacts with the client, progress notes and milestones")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
@ApiResponse(responseCode = "404", description = "No opened case with this id in the caller's agency")
class JournalController {

    private static final String CODE = "[A-Z][A-Z0-9_]{1,49}";
    private static final String CODE_MESSAGE = "must be an upper-case code such as HOME_VISIT";

    private final Journal journal;
    private final StaffAccess access;

    JournalController(Journal journal, StaffAccess access) {
        this.journal = journal;
        this.access = access;
    }

    record NewContact(@NotNull Instant occurredAt, @NotNull Medium medium, @NotNull Boolean contactMade,
                      Integer durationMinutes,
                      @Size(max = 10) List<@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String> contactTypes,
                      @Size(max = 4000) String summary, Boolean followUpNeeded) {
    }

    record ContactView(String id, String caseId, Instant occurredAt, Medium medium, boolean contactMade,
                       Integer durationMinutes, List<String> contactTypes, String summary, boolean followUpNeeded,
                       String recordedBy, Instant recordedAt, boolean clientErased) {
        static ContactView of(Contact c) {
            return new ContactView(c.getId(), c.getCaseId(), c.getOccurredAt(), c.getMedium(), c.isContactMade(),
                    c.getDurationMinutes(), c.getContactTypes(), c.getSummary(), c.isFollowUpNeeded(),
                    c.getRecordedBy(), c.getRecordedAt(), c.isClientErased());
        }
    }

    record NewNote(@NotBlank @Size(max = 10000) String text, Boolean confidential) {
    }

    record NoteView(String id, String caseId, String text, boolean confidential, String recordedBy,
                    Instant recordedAt, boolean clientErased) {
        static NoteView of(ProgressNote n) {
            return new NoteView(n.getId(), n.getCaseId(), n.getText(), n.isConfidential(), n.getRecordedBy(),
                    n.getRecordedAt(), n.isClientErased());
        }
    }

    record NewMilestone(String goalId, @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String kind,
                        @Size(max = 2000) String description, @NotNull Instant reachedAt) {
    }

    record MilestoneView(String id, String caseId, String goalId, String kind, String description, Instant reachedAt,
                         String recordedBy, Instant recordedAt, boolean clientErased) {
        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.getId(), m.getCaseId(), m.getGoalId(), m.getKind(), m.getDescription(),
                    m.getReachedAt(), m.getRecordedBy(), m.getRecordedAt(), m.isClientErased());
        }
    }

    @PostMapping("/contacts")
    @Audited(resource = "contact", action = AuditAction.CREATE, caseIdParam = "caseId")
    @Operation(operationId = "recordContact", summary = "Record a contact with the client",
            description = "`contactMade` false records an attempt that did not reach the client. `summary` (what "
                    + "was discussed) is encrypted and never leaves on a topic. Publishes contact.recorded.")
    @ApiResponse(responseCode = "201", description = "The contact")
    @ApiResponse(responseCode = "409", description = "`in-the-future`: `occurredAt` has not happened yet; "
            + "`implausible-duration`")
    ResponseEntity<ContactView> recordContact(@PathVariable String caseId, @Valid @RequestBody NewContact contact) {
        access.requireRole(StaffRole.CASE_WORK, "record contacts");
        Contact recorded = journal.recordContact(caseId, contact.occurredAt(), contact.medium(),
                contact.contactMade(), contact.durationMinutes(), contact.contactTypes(), contact.summary(),
                Boolean.TRUE.equals(contact.followUpNeeded()));
        return ResponseEntity.created(URI.create("/api/monitoring/cases/" + caseId + "/contacts/" + recorded.getId()))
                .body(ContactView.of(recorded));
    }

    @GetMapping("/contacts")
    @Audited(resource = "contact", action = AuditAction.READ, operation = "list", caseIdParam = "caseId",
            recordValuesOf = {"page", "size", "sort"})
    @Operation(operationId = "listContacts", summary = "The case's contacts, latest first")
    @ApiResponse(responseCode = "200", description = "A page of contacts")
    PagedModel<ContactView> contacts(@PathVariable String caseId, @ParameterObject @PageableDefault(size = 20,
            sort = "occurredAt", direction = Sort.Direction.DESC) Pageable pageable) {
        access.requireRole(StaffRole.CASE_READING, "read contacts");
        return new PagedModel<>(journal.contacts(caseId, pageable).map(ContactView::of));
    }

    @PostMapping("/notes")
    @Audited(resource = "progress note", action = AuditAction.CREATE, caseIdParam = "caseId")
    @Operation(operationId = "writeNote", summary = "Write a progress note",
            description = "The text is encrypted under the client's key; `confidential` keeps the note off the "
                    + "timeline partner providers see. Publishes note.recorded (without the text).")
    @ApiResponse(responseCode = "201", description = "The note")
    ResponseEntity<NoteView> writeNote(@PathVariable String caseId, @Valid @RequestBody NewNote note) {
        access.requireRole(StaffRole.CASE_WORK, "write notes");
        ProgressNote written = journal.writeNote(caseId, note.text(), Boolean.TRUE.equals(note.confidential()));
        return ResponseEntity.created(URI.create("/api/monitoring/cases/" + caseId + "/notes/" + written.getId()))
                .body(NoteView.of(written));
    }

    @GetMapping("/notes")
    @Audited(resource = "progress note", action = AuditAction.READ, operation = "list", caseIdParam = "caseId",
            recordValuesOf = {"page", "size", "sort"})
    @Operation(operationId = "listNotes", summary = "The case's progress notes, latest first")
    @ApiResponse(responseCode = "200", description = "A page of notes")
    PagedModel<NoteView> notes(@PathVariable String caseId, @ParameterObject @PageableDefault(size = 20,
            sort = "recordedAt", direction = Sort.Direction.DESC) Pageable pageable) {
        access.requireRole(StaffRole.CASE_READING, "read notes");
        return new PagedModel<>(journal.notes(caseId, pageable).map(NoteView::of));
    }

    @PostMapping("/milestones")
    @Audited(resource = "milestone", action = AuditAction.CREATE, caseIdParam = "caseId")
    @Operation(operationId = "recordMilestone", summary = "Record a milestone the client reached",
            description = "`kind` is a code (HOUSED, EMPLOYED, BENEFITS_AWARDED...); `goalId`, when given, is a "
                    + "goal of the approved plan. Publishes milestone.reached.")
    @ApiResponse(responseCode = "201", description = "The milestone")
    @ApiResponse(responseCode = "409", description = "`in-the-future`: `reachedAt` has not happened yet")
    ResponseEntity<MilestoneView> recordMilestone(@PathVariable String caseId,
                                                  @Valid @RequestBody NewMilestone milestone) {
        access.requireRole(StaffRole.CASE_WORK, "record milestones");
        Milestone reached = journal.recordMilestone(caseId, milestone.goalId(), milestone.kind(),
                milestone.description(), milestone.reachedAt());
        return ResponseEntity.created(URI.create("/api/monitoring/cases/" + caseId + "/milestones/"
                + reached.getId())).body(MilestoneView.of(reached));
    }

    @GetMapping("/milestones")
    @Audited(resource = "milestone", action = AuditAction.READ, operation = "list", caseIdParam = "caseId",
            recordValuesOf = {"page", "size", "sort"})
    @Operation(operationId = "listMilestones", summary = "The case's milestones, latest first")
    @ApiResponse(responseCode = "200", description = "A page of milestones")
    PagedModel<MilestoneView> milestones(@PathVariable String caseId, @ParameterObject @PageableDefault(size = 20,
            sort = "reachedAt", direction = Sort.Direction.DESC) Pageable pageable) {
        access.requireRole(StaffRole.CASE_READING, "read milestones");
        return new PagedModel<>(journal.milestones(caseId, pageable).map(MilestoneView::of));
    }
}
