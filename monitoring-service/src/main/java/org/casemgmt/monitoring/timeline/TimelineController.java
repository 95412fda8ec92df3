package org.casemgmt.monitoring.timeline;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Timeline", description = "Everything that happened to a case in every stage, in the order it happened")
class TimelineController {

    private static final Set<StaffRole> READERS = EnumSet.of(StaffRole.CASE_WORKER, StaffRole.SUPERVISOR,
            StaffRole.AGENCY_ADMIN, StaffRole.PROVIDER);

    private final CaseTimeline timeline;
    private final StaffAccess access;

    TimelineController(CaseTimeline timeline, StaffAccess access) {
        this.timeline = timeline;
        this.access = access;
    }

    @GetMapping("/api/monitoring/cases/{caseId}/timeline")
    @Audited(resource = "case file", action = AuditAction.READ, operation = "timeline", idParam = "caseId",
            caseIdParam = "caseId", recordValuesOf = {"asOf", "page", "size", "sort"})
    @Operation(operationId = "getCaseTimeline", summary = "The case's timeline: every event of every stage, oldest "
            + "first", description = "One entry per event (what, when, who, which stage, a link to the resource in "
            + "the owning stage's API), ordered by when it happened (`occurredAt`), then by when monitoring received "
            + "it, then by event id, whatever order the events arrived in; `sort` is ignored. `asOf` shows what had "
            + "happened by then. The case's agency sees every entry; PROVIDER staff of an agency the client's consent "
            + "covers now see all but confidential notes.")
    @ApiResponse(responseCode = "200", description = "A page of entries, oldest first")
    @ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
    @ApiResponse(responseCode = "404", description = "No opened case with this id for the caller: not the caller's "
            + "agency's, and not shared with it by the client's consent")
    PagedModel<TimelineEntry> timeline(@PathVariable String caseId,
                                       @Parameter(description = "RFC 3339 moment: only what had happened by then "
                                               + "(inclusive); now when omitted")
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                       @ParameterObject @PageableDefault(size = 50) Pageable pageable) {
        access.requireRole(READERS, "read case timelines");
        return new PagedModel<>(timeline.asOf(caseId, asOf, pageable));
    }
}
