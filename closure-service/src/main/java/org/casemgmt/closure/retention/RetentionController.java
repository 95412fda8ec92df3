package org.casemgmt.closure.retention;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
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
@Tag(name = "Retention", description = "How long the agency keeps a closed case, legal holds, and what expires when")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
class RetentionController {

    /** Who answers for the agency's records: the admin sets and holds, the data-protection office checks. */
    private static final Set<StaffRole> RETENTION_READING = EnumSet.of(StaffRole.AGENCY_ADMIN, StaffRole.AUDITOR);

    private final RetentionWork retention;
    private final RetentionPolicies policies;
    private final StaffAccess access;

    RetentionController(RetentionWork retention, RetentionPolicies policies, StaffAccess access) {
        this.retention = retention;
        this.policies = policies;
        this.access = access;
    }

    record PolicyForm(@NotNull @IsoPeriod String retentionPeriod, @NotBlank @Size(max = 500) String legalBasis) {
    }

    record HoldForm(@NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * @param programId null for the default, which applies to every program the agency set none for
     */
    record PolicyView(String programId, String retentionPeriod, String legalBasis, String setBy, Instant setAt) {
    }

    record PoliciesView(PolicyView byDefault, List<PolicyView> programs) {
    }

    record ReportView(Instant asOf, Instant until, Instant expiredSince, List<RetentionView> expiring,
                      List<RetentionView> expired) {
    }

    @GetMapping("/api/closure/retention-policies")
    @Audited(resource = "retention policies", action = AuditAction.READ)
    @Operation(operationId = "listRetentionPolicies", summary = "How long the agency keeps a closed case, per program",
            description = "The default (closure.retention.*), which applies to every program without a policy of "
                    + "its own, and the agency's policies per program, with who set each and when.")
    @ApiResponse(responseCode = "200", description = "The policies")
    PoliciesView policies() {
        access.requireRole(RETENTION_READING, "read retention policies");
        RetentionPolicy byDefault = policies.byDefault();
        return new PoliciesView(new PolicyView(null, byDefault.period().value(), byDefault.legalBasis(), null, null),
                policies.setBy(access.agencyId()).stream().map(RetentionController::view).toList());
    }

    @PutMapping("/api/closure/retention-policies/{programId}")
    @Audited(resource = "retention policy", action = AuditAction.UPDATE, idParam = "programId")
    @Operation(operationId = "setRetentionPolicy", summary = "Set how long the agency keeps a closed case of a program",
            description = "An ISO-8601 period counted from each closure (`P7Y`, `P18M`, `P90D`) and the legal basis "
                    + "(a statute, a funder's rule: the agency's words, which travel on case.retention-expired). "
                    + "Applies to every client kept under the program at once: each one's end moves, and a client "
                    + "whose new end has passed is erased now.")
    @ApiResponse(responseCode = "200", description = "The program's policy")
    @ApiResponse(responseCode = "400", description = "`validation-failed`: not a period, or no legal basis")
    PolicyView setPolicy(@PathVariable @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,99}") String programId,
                         @Valid @RequestBody PolicyForm form) {
        access.requireRole(StaffRole.ADMINISTRATION, "set retention policies");
        return view(retention.setPolicy(programId, new RetentionPolicy(new RetentionPeriod(form.retentionPeriod()),
                form.legalBasis().strip())));
    }

    @PutMapping("/api/closure/cases/{caseId}/legal-hold")
    @Audited(resource = "legal hold", action = AuditAction.CREATE, idParam = "caseId", caseIdParam = "caseId")
    @Operation(operationId = "placeLegalHold", summary = "Keep the case whatever its retention says",
            description = "With the reason (encrypted under the client's key). While any case of the client is held, "
                    + "nothing of the client expires. A hold already on the case is replaced, and kept as lifted.")
    @ApiResponse(responseCode = "200", description = "The client's retention, held")
    @ApiResponse(responseCode = "400", description = "`validation-failed`: no reason")
    @ApiResponse(responseCode = "404", description = "No opened case with this id in the caller's agency")
    @ApiResponse(responseCode = "409", description = "`retention-expired` or `client-erased`: nothing is left to hold")
    RetentionView hold(@PathVariable String caseId, @Valid @RequestBody HoldForm form) {
        access.requireRole(StaffRole.ADMINISTRATION, "place legal holds");
        return RetentionView.of(retention.hold(caseId, form.reason().strip()));
    }

    @DeleteMapping("/api/closure/cases/{caseId}/legal-hold")
    @Audited(resource = "legal hold", action = AuditAction.DELETE, idParam = "caseId", caseIdParam = "caseId")
    @Operation(operationId = "liftLegalHold", summary = "Lift the case's legal hold",
            description = "Who lifted it and when are kept with it. The client's retention runs again, and ends at "
                    + "once if its time passed while the case was held.")
    @ApiResponse(responseCode = "200", description = "The client's retention")
    @ApiResponse(responseCode = "404", description = "No opened case with this id in the caller's agency, or no hold on it")
    @ApiResponse(responseCode = "409", description = "`retention-expired` or `client-erased`")
    RetentionView lift(@PathVariable String caseId) {
        access.requireRole(StaffRole.ADMINISTRATION, "lift legal holds");
        return RetentionView.of(retention.lift(caseId));
    }

    @GetMapping("/api/closure/retention/expiring")
    @Audited(resource = "retention report", action = AuditAction.READ, recordValuesOf = "within")
    @Operation(operationId = "getExpiringRetention", summary = "What expires soon, and what expired",
            description = "The agency's clients whose retention ends within `within` from now (default 30 days): "
                    + "their cases, each closure and program, when the data will be erased and under which legal "
                    + "basis, and the holds that stop it (a held client, or one past its time, is listed too); and "
                    + "the clients whose retention ended within as long before now, with when. Ids and dates; a "
                    + "hold's reason is the only words.")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "400", description = "`validation-failed`: `within` is not a period")
    ReportView expiring(@RequestParam(defaultValue = "P30D") @IsoPeriod String within) {
        access.requireRole(RETENTION_READING, "read the retention report");
        RetentionWork.Report report = retention.report(new RetentionPeriod(within));
        return new ReportView(report.asOf(), report.until(), report.expiredSince(),
                report.expiring().stream().map(RetentionView::of).toList(),
                report.expired().stream().map(RetentionView::of).toList());
    }

    private static PolicyView view(ProgramRetention program) {
        RetentionPolicy policy = program.policy();
        return new PolicyView(program.getProgramId(), policy.period().value(), policy.legalBasis(),
                program.getSetBy(), program.getSetAt());
    }
}
