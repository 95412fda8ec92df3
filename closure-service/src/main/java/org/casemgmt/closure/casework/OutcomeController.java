package org.casemgmt.closure.casework;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.casemgmt.closure.outcome.EpisodeOutcome;
import org.casemgmt.closure.outcome.ProgramOutcomes;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;

@RestController
@Tag(name = "Outcomes", description = "How cases went, per case and per program, and returns after closure")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
class OutcomeController {

    private final ClosureWorkflow workflow;
    private final OutcomeReports reports;
    private final StaffAccess access;

    OutcomeController(ClosureWorkflow workflow, OutcomeReports reports, StaffAccess access) {
        this.workflow = workflow;
        this.reports = reports;
        this.access = access;
    }

    record CaseOutcomes(String caseId, List<EpisodeOutcome> episodes, ReturnLink returnedFrom) {
    }

    @GetMapping("/api/closure/cases/{caseId}/outcome")
    @Audited(resource = "case outcome", action = AuditAction.READ, idParam = "caseId", caseIdParam = "caseId")
    @Operation(operationId = "getCaseOutcome", summary = "Each closed episode's latest evaluation",
            description = "Goals met of all, each instrument's first-to-last change, days open, destination, "
                    + "referrals, follow-up results; and the closed case this one is a return from, if any.")
    @ApiResponse(responseCode = "200", description = "The case's outcomes")
    @ApiResponse(responseCode = "404", description = "No opened case with this id in the caller's agency")
    CaseOutcomes caseOutcome(@PathVariable String caseId) {
        access.requireRole(StaffRole.CASE_READING, "read outcomes");
        ClosureCase file = workflow.get(caseId);
        return new CaseOutcomes(caseId, file.getEpisodes().stream().map(Episode::evaluation)
                .filter(Objects::nonNull).toList(), file.getReturnedFrom());
    }

    @GetMapping("/api/closure/outcomes")
    @Audited(resource = "program outcomes", action = AuditAction.READ, recordValuesOf = {"programId", "from", "to"})
    @Operation(operationId = "getProgramOutcomes", summary = "A program's outcomes over a period, for the caller's "
            + "agency", description = "Every episode closed in [from, to): goals met, average and median days "
            + "open, outcomes and destination categories counted, each instrument's average change, referrals, "
            + "follow-ups, and how many clients came back within 6, 12 and 24 months (each count includes the "
            + "shorter windows'). No personal data.")
    @ApiResponse(responseCode = "200", description = "The figures")
    ProgramOutcomes programOutcomes(@RequestParam @NotBlank String programId,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        access.requireRole(StaffRole.CASE_READING, "read outcomes");
        return reports.program(programId, from, to);
    }
}
