package org.casemgmt.intake.program;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The bodies the program endpoints accept and answer. */
final class ProgramRequests {

    private ProgramRequests() {
    }

    /** @param id a short, stable code such as {@code housing-first}: intakes refer to it */
    record Creation(@NotNull @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,62}$",
                            message = "must be lower-case letters, digits and dashes") String id,
                    @JsonUnwrapped @Valid @NotNull ProgramDefinition definition) {
    }

    record Update(@NotNull Long version, @JsonUnwrapped @Valid @NotNull ProgramDefinition definition) {
    }

    record ProgramResponse(String id, Long version, @JsonUnwrapped ProgramDefinition definition, Instant updatedAt) {

        static ProgramResponse of(Program program) {
            return new ProgramResponse(program.getId(), program.getVersion(), program.definition(),
                    program.getUpdatedAt());
        }
    }
}
