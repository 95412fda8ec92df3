package org.casemgmt.intake.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A risk to the client or others noticed at assessment, e.g. type "eviction" or "self-harm". */
public record Risk(@NotBlank @Size(max = 100) String type, @NotNull RiskLevel level, @Size(max = 2000) String note) {
}
