package org.casemgmt.closure.casework;

import java.net.URI;
import java.util.List;

import org.casemgmt.closure.destination.ExitDestination;
import org.casemgmt.closure.outcome.ClosureOutcome;
import org.casemgmt.closure.readiness.CriterionCheck;
import org.casemgmt.closure.readiness.Readiness;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/closure/cases/{caseId}")
@Tag(name = "Closure", description = "Readiness, the transition plan, closure requests and their approval, re-opening")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
@ApiResponse(responseCode = "404", description = "No opened case with this id in the caller's agency")
class ClosureController {

    private final ClosureWorkflow workflow;
    private final StaffAccess access;

    ClosureController(ClosureWorkflow workflow, StaffAccess access) {
        this.workflow = workflow;
        this.access = access;
    }

    record ReadinessView(String caseId, boolean ready, List<String> missing, List<CriterionCheck> checks) {
        static ReadinessView of(String caseId, Readiness readiness) {
            return new ReadinessView(caseId, readiness.ready(), readiness.missing().stream().map(Enum::name).toList(),
                    readiness.checks());
        }
    }

    record TransitionPlanForm(@NotNull Long version, Integer destinationCode, Boolean followUpContactAgreed,
                              @Size(max = 4000) String supportContacts, @Size(max = 4000) String continuingSupport,
                              @Size(max = 50) List<@NotBlank String> handedOverReferralIds) {
        @AssertTrue(message = "must be a HUD HMIS 3.12 living situation code (GET /api/closure/exit-destinations)")
        boolean isDestinationCodeKnown() {
            return destinationCode == null || ExitDestination.ofCode(destinationCode).isPresent();
        }
    }

    record ClosureRequestForm(@NotNull Long version, @NotBlank @KnownClosureReason String reason,
                              @NotNull ClosureOutcome outcome, @Size(max = 4000) String overrideReason) {
    }

    record Decision(@NotNull Long version) {
    }

    record Rejection(@NotNull Long version, @NotBlank @Size(max = 4000) String comment) {
    }

    record Reopening(@NotNull Long version, @NotNull ReopenReason reason, @Size(max = 4000) String notes) {
    }

    @GetMapping("/readiness")
    @Audited(resource = "closure readiness", action = AuditAction.READ, idParam = "caseId", caseIdParam = "caseId")
    @Operation(operationId = "getClosureReadiness", summary = "Whether the case is ready to close, and what is missing",
            description = "Each of the program's completion criteria, met or not, with the goal, referral or "
                    + "instrument ids still pending. Kept live from the other stages' events; "
                    + "closure.readiness-changed announces each change.")
    @ApiResponse(responseCode = "200", description = "The readiness")
    ReadinessView readiness(@PathVariable String caseId) {
        access.requireRole(StaffRole.CASE_READING, "read closure readiness");
        return ReadinessView.of(caseId, workflow.readiness(caseId));
    }

    @GetMapping
    @Audited(resource = "case closure", action = AuditAction.READ, idParam = "caseId", caseIdParam = "caseId")
    @Operation(operationId = "getCaseClosure", summary = "The case's closure: status, episodes, transition plan, "
            + "requests and follow-ups")
    @ApiResponse(responseCode = "200", description = "The case's closure")
    CaseClosureView get(@PathVariable String caseId) {
        access.requireRole(StaffRole.CASE_READING, "read case closures");
        return CaseClosureView.of(workflow.get(caseId));
    }

    @PutMapping("/transition-plan")
    @Audited(resource = "transition plan", action = AuditAction.UPDATE, idParam = "caseId", caseIdParam = "caseId")
    @Operation(operationId = "planTransition", summary = "Record the transition plan",
            description = "The exit destination (HUD HMIS 3.12 living situation code), whether the client agrees to "
                    + "follow-up contacts, who they can turn to, what continues after closure, and the open "
                    + "referrals handed over to continue. The texts are encrypted. Publishes transition.planned.")
    @ApiResponse(responseCode = "200", description = "The case's closure with the plan")
    @ApiResponse(responseCode = "409", description = "`closure-requested`, `case-closed`, "
            + "`handover-of-referral-not-open`, or a stale `version`")
    CaseClosureView planTransition(@PathVariable String caseId, @Valid @RequestBody TransitionPlanForm form) {
        access.requireRole(StaffRole.CASE_WORK, "plan transitions");
        return CaseClosureView.of(workflow.planTransition(caseId, form.version(),
                form.destinationCode() == null ? null : ExitDestination.ofCode(form.destinationCode()).orElseThrow(),
                form.followUpContactAgreed(), form.supportContacts(), form.continuingSupport(),
                form.handedOverReferralIds() == null ? List.of() : form.handedOverReferralIds()));
    }

    @PostMapping("/closure-requests")
    @Audited(resource = "closure request", action = AuditAction.CREATE, caseIdParam = "caseId")
    @Operation(operationId = "requestClosure", summary = "Ask a supervisor to close the case",
            description = "With a reason from the agency's list and the outcome; the destination comes from the "
                    + "transition plan. A case that does not meet its completion criteria needs `overrideReason` "
                    + "(encrypted; the override is on the audit trail). Publishes closure.requested.")
    @ApiResponse(responseCode = "201", description = "The case's closure with the pending request")
    @ApiResponse(responseCode = "409", description = "`closure-criteria-not-met` (with `missing`), "
            + "`destination-not-recorded`, `closure-requested`, `case-closed`, or a stale `version`")
    ResponseEntity<CaseClosureView> request(@PathVariable String caseId,
                                            @Valid @RequestBody ClosureRequestForm form) {
        access.requireRole(StaffRole.CASE_WORK, "request closures");
        ClosureCase file = workflow.request(caseId, form.version(), form.reason(), form.outcome(),
                form.overrideReason());
        String closureId = file.getRequests().getLast().closureId();
        return ResponseEntity.created(URI.create("/api/closure/cases/" + caseId + "/closure-requests/" + closureId))
                .body(CaseClosureView.of(file));
    }

    @PostMapping("/closure-requests/{closureId}/approval")
    @Audited(resource = "closure request", action = AuditAction.UPDATE, operation = "approve",
            idParam = "closureId", caseIdParam = "caseId")
    @Operation(operationId = "approveClosure", summary = "Approve the closure: the case closes",
            description = "By a supervisor other than the requester (four eyes). Publishes closure.approved, "
                    + "case.closed, a followup.scheduled per follow-up (when the client agreed to them) and "
                    + "outcome.evaluated.")
    @ApiResponse(responseCode = "200", description = "The closed case")
    @ApiResponse(responseCode = "403", description = "`four-eyes` (the requester) or `supervisor-required`")
    @ApiResponse(responseCode = "409", description = "`closure-already-decided`, or a stale `version`")
    CaseClosureView approve(@PathVariable String caseId, @PathVariable String closureId,
                            @Valid @RequestBody Decision decision) {
        access.requireRole(StaffRole.CASE_WORK, "approve closures");
        return CaseClosureView.of(workflow.approve(caseId, closureId, decision.version()));
    }

    @PostMapping("/closure-requests/{closureId}/rejection")
    @Audited(resource = "closure request", action = AuditAction.UPDATE, operation = "reject",
            idParam = "closureId", caseIdParam = "caseId")
    @Operation(operationId = "rejectClosure", summary = "Reject the closure: the case stays open",
            description = "By a supervisor other than the requester, with a comment (encrypted). Publishes "
                    + "closure.rejected.")
    @ApiResponse(responseCode = "200", description = "The case, open again")
    @ApiResponse(responseCode = "403", description = "`four-eyes` (the requester) or `supervisor-required`")
    @ApiResponse(responseCode = "409", description = "`closure-already-decided`, or a stale `version`")
    CaseClosureView reject(@PathVariable String caseId, @PathVariable String closureId,
                           @Valid @RequestBody Rejection rejection) {
        access.requireRole(StaffRole.CASE_WORK, "reject closures");
        return CaseClosureView.of(workflow.reject(caseId, closureId, rejection.version(), rejection.comment()));
    }

    @PostMapping("/reopening")
    @Audited(resource = "case closure", action = AuditAction.UPDATE, operation = "reopen", idParam = "caseId",
            caseIdParam = "caseId")
    @Operation(operationId = "reopenCase", summary = "Re-open the closed case as a new episode",
            description = "With a reason code and notes (encrypted). Cancels the follow-ups still pending. "
                    + "Publishes case.reopened, and return.detected when within 24 months of the closure.")
    @ApiResponse(responseCode = "200", description = "The case, open in its new episode")
    @ApiResponse(responseCode = "409", description = "`case-open`, `closure-requested`, or a stale `version`")
    CaseClosureView reopen(@PathVariable String caseId, @Valid @RequestBody Reopening reopening) {
        access.requireRole(StaffRole.CASE_WORK, "re-open cases");
        return CaseClosureView.of(workflow.reopen(caseId, reopening.version(), reopening.reason().name(),
                reopening.notes()));
    }
}
