package org.casemgmt.planning.overdue;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.springdoc.core.annotations.ParameterObject;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Overdue objectives", description = "Objectives past their due date whose target is not met")
class OverdueObjectivesController {

    private final OverdueObjectives overdue;
    private final StaffAccess access;

    OverdueObjectivesController(OverdueObjectives overdue, StaffAccess access) {
        this.overdue = overdue;
        this.access = access;
    }

    @GetMapping("/api/planning/overdue-objectives")
    @Audited(resource = "plan", action = AuditAction.READ, operation = "overdue-objectives",
            recordValuesOf = {"caseWorker", "page", "size", "sort"})
    @Operation(operationId = "listOverdueObjectives",
            summary = "Overdue objectives of open goals in the agency's plans not closed, optionally of one case "
            + "worker", description = "Longest overdue first.")
    @ApiResponse(responseCode = "200", description = "A page of overdue objectives, longest overdue first")
    @ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
    PagedModel<OverdueObjective> list(@RequestParam(required = false) String caseWorker,
                                      @ParameterObject @PageableDefault(size = 50) Pageable pageable) {
        access.requireRole(StaffRole.CASE_READING, "read overdue objectives");
        return new PagedModel<>(overdue.find(caseWorker, access.agencyId(), pageable));
    }
}
