package org.casemgmt.referral.careteam;

import java.time.Instant;
import java.util.List;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
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
@RequestMapping("/api/referral/cases/{caseId}/care-team")
@Tag(name = "Care team", description = "The people from every agency working with the client, their roles and periods")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
@ApiResponse(responseCode = "404", description = "No opened case with this id in the caller's agency")
class CareTeamController {

    private final CareTeams teams;
    private final StaffAccess access;
    private final CurrentActor actor;

    CareTeamController(CareTeams teams, StaffAccess access, CurrentActor actor) {
        this.teams = teams;
        this.access = access;
        this.actor = actor;
    }

    record CareTeamView(String caseId, Long version, List<Member> members) {
        static CareTeamView of(CareTeam team) {
            return new CareTeamView(team.getCaseId(), team.getVersion(), team.getMembers());
        }
    }

    record NewMember(@NotBlank @Size(max = 100) String person, @NotBlank @Size(max = 100) String role,
                     @NotBlank @Size(max = 100) String agencyId, Instant start) {
    }

    record EndOfMembership(@NotNull Long version, Instant end) {
    }

    @GetMapping
    @Audited(resource = "care team", action = AuditAction.READ, idParam = "caseId", caseIdParam = "caseId")
    @Operation(operationId = "getCareTeam", summary = "Read the client's care team on this case, current and former")
    @ApiResponse(responseCode = "200", description = "The care team (empty until someone joins)")
    CareTeamView get(@PathVariable String caseId) {
        access.requireRole(StaffRole.CASE_READING, "read care teams");
        return CareTeamView.of(teams.of(caseId));
    }

    @PostMapping("/members")
    @Audited(resource = "care team", action = AuditAction.UPDATE, operation = "add-member", idParam = "caseId",
            caseIdParam = "caseId")
    @Operation(operationId = "addCareTeamMember", summary = "Add a person to the care team",
            description = "`person` is the staff member's user name, `role` their role for the client (e.g. "
                    + "`case-manager`, `housing-navigator`), `agencyId` the agency they act for; `start` defaults "
                    + "to now. Publishes care-team.changed.")
    @ApiResponse(responseCode = "200", description = "The care team with the new member")
    @ApiResponse(responseCode = "409", description = "`already-on-care-team`: the person is on it in that role")
    CareTeamView add(@PathVariable String caseId, @Valid @RequestBody NewMember member) {
        access.requireRole(StaffRole.CASE_WORK, "change care teams");
        return CareTeamView.of(teams.add(caseId, member.person(), member.role(), member.agencyId(), member.start(),
                actor.id()));
    }

    @PostMapping("/members/{memberId}/end")
    @Audited(resource = "care team", action = AuditAction.UPDATE, operation = "end-member", idParam = "caseId",
            caseIdParam = "caseId")
    @Operation(operationId = "endCareTeamMembership", summary = "End a person's membership of the care team",
            description = "The member stays on the team as `inactive`, with the end of their period; `end` "
                    + "defaults to now. Publishes care-team.changed.")
    @ApiResponse(responseCode = "200", description = "The care team")
    @ApiResponse(responseCode = "409", description = "`member-already-ended`, `end-before-start`, or a stale "
            + "`version`")
    CareTeamView end(@PathVariable String caseId, @PathVariable String memberId,
                     @Valid @RequestBody EndOfMembership end) {
        access.requireRole(StaffRole.CASE_WORK, "change care teams");
        return CareTeamView.of(teams.end(caseId, memberId, end.version(), end.end(), actor.id()));
    }
}
