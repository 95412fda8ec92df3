package org.casemgmt.planning.overdue;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Overdue objectives", description = "Objectives past their due date whose target is not met")
class OverdueObjectivesController {

    private final OverdueObjectives overdue;

    OverdueObjectivesController(OverdueObjectives overdue) {
        this.overdue = overdue;
    }

    @GetMapping("/api/planning/overdue-objectives")
    @Audited(resource = "plan", action = AuditAction.READ, operation = "overdue-objectives",
            recordValuesOf = {"caseWorker", "agencyId", "page", "size", "sort"})
    @Operation(summary = "Overdue objectives of open goals in plans not closed, per case worker and/or per agency",
            description = "Longest overdue first. Without a filter, every agency's.")
    PagedModel<OverdueObjective> list(@RequestParam(required = false) String caseWorker,
                                      @RequestParam(required = false) String agencyId,
                                      @ParameterObject @PageableDefault(size = 50) Pageable pageable) {
        return new PagedModel<>(overdue.find(caseWorker, agencyId, pageable));
    }
}
