package org.casemgmt.monitoring.instrument;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/monitoring/instruments")
@Tag(name = "Instruments", description = "Standardized instruments as data: items, answer scores, scoring rule, "
        + "bands and item triggers (PHQ-9, GAD-7, the platform's self-sufficiency matrix)")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
class InstrumentController {

    /** Definitions hold nothing about anyone: every member of staff reads them; an auditor reads the audit trail. */
    private static final Set<StaffRole> READING = EnumSet.of(StaffRole.CASE_WORKER, StaffRole.SUPERVISOR,
            StaffRole.AGENCY_ADMIN, StaffRole.PROVIDER);

    private final InstrumentCatalog catalog;
    private final StaffAccess access;

    InstrumentController(InstrumentCatalog catalog, StaffAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    @GetMapping
    @Operation(operationId = "listInstruments", summary = "The instruments that can be administered",
            description = "The latest version of each, by id.")
    @ApiResponse(responseCode = "200", description = "The instruments")
    List<Instrument> list() {
        access.requireRole(READING, "read instruments");
        return catalog.latest();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getInstrument", summary = "Read an instrument's definition",
            description = "The latest version, or the `version` an administration names. `bands` are ordered from "
                    + "the lowest total up, both ends included; reaching a band with `alert` publishes "
                    + "threshold.crossed, as does an answer that meets a trigger (`atLeast`/`atMost`).")
    @ApiResponse(responseCode = "200", description = "The instrument")
    @ApiResponse(responseCode = "404", description = "No instrument (or no such version) with this id")
    Instrument get(@PathVariable String id,
                   @Parameter(description = "A version, from 1; the latest when left out")
                   @RequestParam(required = false) @Min(1) Integer version) {
        access.requireRole(READING, "read instruments");
        return version == null ? catalog.latest(id) : catalog.version(id, version);
    }
}
