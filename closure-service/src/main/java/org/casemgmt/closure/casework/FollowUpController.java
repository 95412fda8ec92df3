package org.casemgmt.closure.casework;

import java.util.List;

import org.casemgmt.closure.destination.DestinationCategory;
import org.casemgmt.closure.followup.ContactMethod;
import org.casemgmt.closure.followup.FollowUp;
import org.casemgmt.closure.followup.FollowUpOutcome;
import org.casemgmt.closure.followup.FollowUpResult;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
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
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/closure/cases/{caseId}/follow-ups")
@Tag(name = "Follow-ups", description = "Contacts after closure, due at the program's intervals")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
@ApiResponse(responseCode = "404", description = "No opened case (or follow-up) with this id in the caller's agency")
class FollowUpController {

    private final ClosureWorkflow workflow;
    private final FollowUpWork followUps;
    private final StaffAccess access;

    FollowUpController(ClosureWorkflow workflow, FollowUpWork followUps, StaffAccess access) {
        this.workflow = workflow;
        this.followUps = followUps;
        this.access = access;
    }

    record Result(@NotNull FollowUpResult result, ContactMethod method, @NotNull Boolean reached, Boolean stillStable,
                  DestinationCategory destinationCategory, @Size(max = 4000) String notes) {
        @AssertTrue(message = "a contact that was made names its method")
        boolean isMethodGivenForAContact() {
            return result != FollowUpResult.COMPLETED || method != null;
        }
    }

    @GetMapping
    @Audited(resource = "follow-ups", action = AuditAction.READ, idParam = "caseId", caseIdParam = "caseId")
    @Operation(operationId = "listFollowUps", summary = "The case's follow-ups over all its episodes")
    @ApiResponse(responseCode = "200", description = "The follow-ups, with their results and notes")
    List<FollowUp> list(@PathVariable String caseId) {
        access.requireRole(StaffRole.CASE_READING, "read follow-ups");
        return workflow.get(caseId).getFollowUps().all();
    }

    @PostMapping("/{followUpId}/result")
    @Audited(resource = "follow-up", action = AuditAction.UPDATE, operation = "record-result",
            idParam = "followUpId", caseIdParam = "caseId")
    @Operation(operationId = "recordFollowUp", summary = "Record a follow-up's result",
            description = "COMPLETED (with the method), UNABLE_TO_CONTACT or DECLINED; whether the client was "
                    + "reached, whether their situation held and where they live now; notes (encrypted). A missed "
                    + "follow-up may still be recorded. Publishes followup.completed and outcome.evaluated.")
    @ApiResponse(responseCode = "200", description = "The recorded follow-up")
    @ApiResponse(responseCode = "409", description = "Recorded already (`follow-up-completed`, ...) or cancelled "
            + "by a re-opening (`follow-up-cancelled`), or `unable-to-contact-but-reached`")
    FollowUp record(@PathVariable String caseId, @PathVariable String followUpId,
                    @Valid @RequestBody Result result) {
        access.requireRole(StaffRole.CASE_WORK, "record follow-ups");
        ClosureCase file = followUps.record(caseId, followUpId, new FollowUpOutcome(result.result(), result.method(),
                result.reached(), result.stillStable(), result.destinationCategory(), result.notes()));
        return file.getFollowUps().find(followUpId);
    }
}
