package org.casemgmt.planning.goal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A service planned to reach a goal.
 *
 * @param serviceType the kind of service it needs, e.g. HOUSING_SEARCH; referral matches providers to it
 */
public record Intervention(@NotBlank @Size(max = 500) String description,
                           @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}",
                                   message = "must be an upper-case code such as HOUSING_SEARCH") String serviceType) {
}
