package org.casemgmt.referral.matching;

import java.util.List;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/referral")
@Tag(name = "Matches", description = "Providers ranked for the goals of a case's approved plan")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
class MatchController {

    private final Matches matches;
    private final StaffAccess access;

    MatchController(Matches matches, StaffAccess access) {
        this.matches = matches;
        this.access = access;
    }

    /** The client's facts are the request's only: the audit trail records that they were given, never their values. */
    @GetMapping("/cases/{caseId}/matches")
    @Audited(resource = "case matches", action = AuditAction.READ, idParam = "caseId", caseIdParam = "caseId")
    @Operation(operationId = "getMatches", summary = "Rank the directory's services for each open goal of the case",
            description = "For every open goal of the approved plan: the active services offering one of its "
                    + "service types, best fit first, each with its live capacity, whether the client's consent "
                    + "covers its agency, whether a referral to it would be accepted now, and the reasons for its "
                    + "rank. Give the client's age, language and area to have eligibility checked; they are not "
                    + "stored.")
    @ApiResponse(responseCode = "200", description = "The goals with their ranked services")
    @ApiResponse(responseCode = "404", description = "No opened case with this id in the caller's agency")
    @ApiResponse(responseCode = "409", description = "`case-closed`: the case is closed until it is re-opened")
    List<GoalMatches> matches(@PathVariable String caseId,
                              @Parameter(description = "The client's age in years")
                              @RequestParam(required = false) @Min(0) @Max(130) Integer age,
                              @Parameter(description = "A language the client speaks (ISO 639-1, e.g. `es`)")
                              @RequestParam(required = false) @Size(max = 20) @Pattern(regexp = "[A-Za-z-]+") String language,
                              @Parameter(description = "The service area the client lives in, e.g. `north-district`")
                              @RequestParam(required = false) @Size(max = 100) String area) {
        access.requireRole(StaffRole.CASE_READING, "see matches");
        return matches.forCase(caseId, new EligibilityFacts(age, language, area));
    }
}
