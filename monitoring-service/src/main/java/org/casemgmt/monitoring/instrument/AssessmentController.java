package org.casemgmt.monitoring.instrument;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.casemgmt.monitoring.instrument.InstrumentScoring.Answer;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/monitoring/cases/{caseId}/assessments")
@Tag(name = "Assessments", description = "Standardized instruments administered on a case: score, band, change "
        + "since the previous administration, and the thresholds crossed")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
@ApiResponse(responseCode = "404", description = "No opened case with this id in the caller's agency")
class AssessmentController {

    private static final String RESOURCE = "assessment";

    private final Assessments assessments;
    private final StaffAccess access;

    AssessmentController(Assessments assessments, StaffAccess access) {
        this.assessments = assessments;
        this.access = access;
    }

    record NewAssessment(@NotBlank String instrumentId,
                         @NotEmpty @Size(max = 100) List<@Valid @NotNull GivenAnswer> answers,
                         Instant administeredAt) {
    }

    /** @param score the score of the option the client chose, e.g. 2 for "More than half the days" */
    record GivenAnswer(@NotBlank String itemId, @NotNull Integer score) {
    }

    @PostMapping
    @Audited(resource = RESOURCE, action = AuditAction.CREATE, caseIdParam = "caseId")
    @Operation(operationId = "administerInstrument", summary = "Record an administration of an instrument",
            description = "Scored by the instrument's latest version: every item answered once with the score of "
                    + "one of its options. `administeredAt` defaults to now. The answers are encrypted under the "
                    + "client's key. Publishes assessment.scored with the change since the previous administration "
                    + "of the instrument on the case, and threshold.crossed for each threshold crossed: the band "
                    + "reached when it alerts and the previous band did not, or was lower (HIGH); each item trigger "
                    + "met, every time (e.g. PHQ-9 item 9 above zero, URGENT). Each crossing names the `taskId` of "
                    + "the task it creates.")
    @ApiResponse(responseCode = "201", description = "The administration, scored")
    @ApiResponse(responseCode = "404", description = "No opened case, or no instrument with this id")
    @ApiResponse(responseCode = "409", description = "`invalid-answers`: an item unanswered, answered twice, "
            + "unknown or given a score none of its options has (each named in `errors`); `in-the-future`; "
            + "`before-previous-administration`; `case-closed`; `client-erased`")
    ResponseEntity<AssessmentView> administer(@PathVariable String caseId,
                                              @Valid @RequestBody NewAssessment request) {
        access.requireRole(StaffRole.CASE_WORK, "administer instruments");
        Assessment assessment = assessments.administer(caseId, request.instrumentId(), request.answers().stream()
                .map(answer -> new Answer(answer.itemId(), answer.score())).toList(), request.administeredAt());
        return ResponseEntity.created(URI.create("/api/monitoring/cases/" + caseId + "/assessments/"
                + assessment.getId())).body(AssessmentView.of(assessment));
    }

    @GetMapping
    @Audited(resource = RESOURCE, action = AuditAction.READ, operation = "list", caseIdParam = "caseId",
            recordValuesOf = {"instrumentId", "page", "size", "sort"})
    @Operation(operationId = "listAssessments", summary = "The case's administrations, latest first",
            description = "Each with its answers, score, band and change since the previous administration.")
    @ApiResponse(responseCode = "200", description = "A page of administrations")
    PagedModel<AssessmentView> list(@PathVariable String caseId,
                                    @Parameter(description = "Only this instrument's, e.g. PHQ-9")
                                    @RequestParam(required = false) String instrumentId,
                                    @ParameterObject @PageableDefault(size = 20, sort = "administeredAt",
                                            direction = Sort.Direction.DESC) Pageable pageable) {
        access.requireRole(StaffRole.CASE_READING, "read assessments");
        return new PagedModel<>(assessments.list(caseId, instrumentId, pageable).map(AssessmentView::of));
    }

    @GetMapping("/{id}")
    @Audited(resource = RESOURCE, action = AuditAction.READ, idParam = "id", caseIdParam = "caseId")
    @Operation(operationId = "getAssessment", summary = "Read an administration")
    @ApiResponse(responseCode = "200", description = "The administration")
    AssessmentView get(@PathVariable String caseId, @PathVariable String id) {
        access.requireRole(StaffRole.CASE_READING, "read assessments");
        return AssessmentView.of(assessments.get(caseId, id));
    }
}
