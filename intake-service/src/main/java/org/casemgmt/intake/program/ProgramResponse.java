package org.casemgmt.intake.program;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A program as the API shows it; {@code version} goes back in the next update. */
record ProgramResponse(String id, Long version, @JsonUnwrapped ProgramDefinition definition, Instant updatedAt) {

    static ProgramResponse of(Program program) {
        return new ProgramResponse(program.getId(), program.getVersion(), program.definition(),
                program.getUpdatedAt());
    }
}
