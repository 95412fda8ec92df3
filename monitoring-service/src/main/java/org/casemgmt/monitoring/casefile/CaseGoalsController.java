package org.casemgmt.monitoring.casefile;

import java.util.List;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/monitoring/cases/{caseId}")
@Tag(name = "Case", description = "What monitoring knows of a case: the approved plan's goals and objectives")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
class CaseGoalsController {

    private final CaseFiles files;
    private final StaffAccess access;

    CaseGoalsController(CaseFiles files, StaffAccess access) {
        this.files = files;
        this.access = access;
    }

    @GetMapping("/goals")
    @Audited(resource = "case file", action = AuditAction.READ, operation = "goals", idParam = "caseId",
            caseIdParam = "caseId")
    @Operation(operationId = "getCaseGoals", summary = "The goals of the case's approved plan, with the objectives "
            + "progress is measured against")
    @ApiResponse(responseCode = "200", description = "The goals, open and closed (state OPEN, ACHIEVED, ABANDONED)")
    @ApiResponse(responseCode = "404", description = "No opened case with this id in the caller's agency")
    List<CaseGoal> goals(@PathVariable String caseId) {
        access.requireRole(StaffRole.CASE_READING, "read cases");
        return files.visible(caseId).getGoals();
    }
}
