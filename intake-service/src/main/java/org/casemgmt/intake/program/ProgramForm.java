package org.casemgmt.intake.program;

import java.math.BigDecimal;
import java.util.Set;

import org.casemgmt.intake.assessment.LifeDomain;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

/**
 * The program body of a creation (with its id) and of an update (with the version read before it); also the shape
 * of the seed file.
 *
 * @param id a short, stable code such as {@code housing-first}: intakes refer to it
 */
record ProgramForm(@NotNull(groups = Creation.class)
                   @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,62}$",
                           message = "must be lower-case letters, digits and dashes")
                   String id,
                   @NotNull(groups = Update.class) Long version,
                   @NotBlank @Size(max = 200) String name,
                   @Size(max = 2000) String description,
                   @Min(0) @Max(130) Integer minimumAge,
                   @Min(0) @Max(130) Integer maximumAge,
                   @Size(max = 100) Set<@NotBlank String> residencyAreas,
                   @DecimalMin("0") BigDecimal maximumMonthlyIncome,
                   Set<@NotNull LifeDomain> domainsServed,
                   @NotNull Boolean acceptingNewCases) {

    /** Validation group of a creation (POST). */
    interface Creation extends Default {
    }

    /** Validation group of an update (PUT). */
    interface Update extends Default {
    }

    @AssertTrue(message = "minimumAge must not be above maximumAge")
    boolean isAgeRangeOrdered() {
        return minimumAge == null || maximumAge == null || minimumAge <= maximumAge;
    }

    ProgramDefinition definition() {
        return new ProgramDefinition(name, description, minimumAge, maximumAge, residencyAreas, maximumMonthlyIncome,
                domainsServed, Boolean.TRUE.equals(acceptingNewCases));
    }
}
