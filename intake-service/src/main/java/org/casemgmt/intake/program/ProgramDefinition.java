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
import jakarta.validation.constraints.Size;

/**
 * A program's description and eligibility terms. Leave an age bound or the income limit out, or the residency
 * areas or domains empty, for "no restriction".
 */
record ProgramDefinition(@NotBlank @Size(max = 200) String name,
                         @Size(max = 2000) String description,
                         @Min(0) @Max(130) Integer minimumAge,
                         @Min(0) @Max(130) Integer maximumAge,
                         @Size(max = 100) Set<@NotBlank String> residencyAreas,
                         @DecimalMin("0") BigDecimal maximumMonthlyIncome,
                         Set<@NotNull LifeDomain> domainsServed,
                         @NotNull Boolean acceptingNewCases) {

    ProgramDefinition {
        residencyAreas = residencyAreas == null ? Set.of() : Set.copyOf(residencyAreas);
        domainsServed = domainsServed == null ? Set.of() : Set.copyOf(domainsServed);
    }

    @AssertTrue(message = "minimumAge must not be above maximumAge")
    boolean isAgeRangeOrdered() {
        return minimumAge == null || maximumAge == null || minimumAge <= maximumAge;
    }
}
