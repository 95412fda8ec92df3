package org.casemgmt.intake.program;

import java.net.URI;
import java.util.List;

import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/intake/programs")
@Tag(name = "Programs", description = "The programs intakes apply to, with their eligibility terms")
class ProgramController {

    private final ProgramCatalog catalog;
    private final StaffAccess access;

    ProgramController(ProgramCatalog catalog, StaffAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    @GetMapping
    @Operation(operationId = "listPrograms", summary = "List every program, by name")
    @ApiResponse(responseCode = "200", description = "Every program")
    List<ProgramResponse> list() {
        return catalog.all().stream().map(ProgramResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getProgram", summary = "Read a program and its eligibility terms")
    @ApiResponse(responseCode = "200", description = "The program")
    @ApiResponse(responseCode = "404", description = "No such program")
    ProgramResponse get(@PathVariable String id) {
        return ProgramResponse.of(catalog.get(id));
    }

    @PostMapping
    @Operation(operationId = "createProgram", summary = "Create a program",
            description = "409 if a program with the id exists.")
    @ApiResponse(responseCode = "201", description = "The program, created")
    @ApiResponse(responseCode = "403", description = "Only an agency administrator may (`role-not-permitted`)")
    @ApiResponse(responseCode = "409", description = "`program-exists`: a program with this id exists")
    ResponseEntity<ProgramResponse> create(@Validated(ProgramForm.Creation.class) @RequestBody ProgramForm form) {
        access.requireRole(StaffRole.ADMINISTRATION, "define programs");
        Program program = catalog.create(form.id(), form.definition());
        return ResponseEntity.created(URI.create("/api/intake/programs/" + program.getId()))
                .body(ProgramResponse.of(program));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateProgram", summary = "Change a program's description, terms or capacity flag",
            description = "A stale version answers 409.")
    @ApiResponse(responseCode = "200", description = "The program as changed")
    @ApiResponse(responseCode = "403", description = "Only an agency administrator may (`role-not-permitted`)")
    @ApiResponse(responseCode = "404", description = "No such program")
    ProgramResponse update(@PathVariable String id,
                           @Validated(ProgramForm.Update.class) @RequestBody ProgramForm form) {
        access.requireRole(StaffRole.ADMINISTRATION, "change programs");
        return ProgramResponse.of(catalog.update(id, form.version(), form.definition()));
    }
}
