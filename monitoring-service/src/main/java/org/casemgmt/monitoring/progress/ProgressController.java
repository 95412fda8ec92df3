package org.casemgmt.monitoring.progress;

import java.net.URI;
import java.time.Instant;

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
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/monitoring/cases/{caseId}/progress")
@Tag(name = "Progress", description = "Measurements against the objectives of the plan")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
class ProgressController {

    private final ProgressEntries progress;
    private final StaffAccess access;

    ProgressController(ProgressEntries progress, StaffAccess access) {
        this.progress = progress;
        this.access = access;
    }

    record Measurement(@NotBlank String goalId, @NotBlank String objectiveId, @NotNull Double value,
                       Instant measuredAt, @Size(max = 2000) String note) {
    }

    record ProgressView(String id, String caseId, String goalId, String objectiveId, double value, String note,
                        Instant measuredAt, String recordedBy, Instant recordedAt, boolean clientErased) {
        static ProgressView of(ProgressEntry e) {
            return new ProgressView(e.getId(), e.getCaseId(), e.getGoalId(), e.getObjectiveId(), e.getValue(),
                    e.getNote(), e.getMeasuredAt(), e.getRecordedBy(), e.getRecordedAt(), e.isClientErased());
        }
    }

    @PostMapping
    @Audited(resource = "progress", action = AuditAction.CREATE, caseIdParam = "caseId")
    @Operation(operationId = "recordProgress", summary = "Record a measurement for an objective of the plan",
            description = "The goal and objective are the approved plan's (`GET /api/monitoring/cases/{caseId}/goals`)."
                    + " Publishes progress.recorded, which planning evaluates: the goal is achieved when every "
                    + "objective meets its target. `measuredAt` defaults to now; the note stays here, encrypted.")
    @ApiResponse(responseCode = "201", description = "The measurement")
    @ApiResponse(responseCode = "404", description = "No opened case, goal or objective with this id")
    @ApiResponse(responseCode = "409", description = "`goal-achieved`, `goal-abandoned`: the goal is closed; "
            + "`in-the-future`")
    ResponseEntity<ProgressView> record(@PathVariable String caseId, @Valid @RequestBody Measurement measurement) {
        access.requireRole(StaffRole.CASE_WORK, "record progress");
        ProgressEntry entry = progress.record(caseId, measurement.goalId(), measurement.objectiveId(),
                measurement.value(), measurement.note(), measurement.measuredAt());
        return ResponseEntity.created(URI.create("/api/monitoring/cases/" + caseId + "/progress/" + entry.getId()))
                .body(ProgressView.of(entry));
    }

    @GetMapping
    @Audited(resource = "progress", action = AuditAction.READ, operation = "list", caseIdParam = "caseId",
            recordValuesOf = {"page", "size", "sort"})
    @Operation(operationId = "listProgress", summary = "The case's measurements, latest first")
    @ApiResponse(responseCode = "200", description = "A page of measurements")
    @ApiResponse(responseCode = "404", description = "No opened case with this id in the caller's agency")
    PagedModel<ProgressView> list(@PathVariable String caseId, @ParameterObject @PageableDefault(size = 20,
            sort = "measuredAt", direction = Sort.Direction.DESC) Pageable pageable) {
        access.requireRole(StaffRole.CASE_READING, "read progress");
        return new PagedModel<>(progress.ofCase(caseId, pageable).map(ProgressView::of));
    }
}
