package org.casemgmt.planning.program;

import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@RestController
@RequestMapping("/api/planning/programs/{programId}/settings")
@Tag(name = "Program settings", description = "How planning works in a program: who may approve a plan")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
class ProgramSettingsController {

    private final ProgramPolicies policies;
    private final CurrentActor actor;
    private final StaffAccess access;

    ProgramSettingsController(ProgramPolicies policies, CurrentActor actor, StaffAccess access) {
        this.policies = policies;
        this.actor = actor;
        this.access = access;
    }

    @GetMapping
    @Operation(operationId = "getProgramSettings",
            summary = "Read a program's planning settings (the defaults when it has none of its own)")
    @ApiResponse(responseCode = "200", description = "The program's settings, or the defaults")
    SettingsView get(@PathVariable String programId) {
        access.requireRole(StaffRole.CASE_READING, "read planning settings");
        return policies.view(programId);
    }

    @PutMapping
    @Operation(operationId = "putProgramSettings",
            summary = "Set whether the submitter may approve their own plan in this program",
            description = "Without a version the settings are created; with one they are changed. A stale version "
                    + "answers 409.")
    @ApiResponse(responseCode = "200", description = "The settings as set")
    SettingsView put(@PathVariable String programId, @Valid @RequestBody SettingsForm form) {
        access.requireRole(StaffRole.ADMINISTRATION, "change planning settings");
        return policies.change(programId, form.version(), form.selfApprovalAllowed(), actor.id());
    }

    /** @param version the version read; null to create the program's first settings */
    record SettingsForm(Long version, @NotNull Boolean selfApprovalAllowed) {
    }
}
