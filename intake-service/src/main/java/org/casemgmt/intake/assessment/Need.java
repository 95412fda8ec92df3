package org.casemgmt.intake.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record Need(@NotNull LifeDomain domain, @NotNull Severity severity, @Size(max = 2000) String summary) {

    boolean isPresent() {
        return severity != Severity.NONE;
    }
}
