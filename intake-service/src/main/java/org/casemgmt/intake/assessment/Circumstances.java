package org.casemgmt.intake.assessment;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The facts eligibility is decided on, as they stand at assessment. Any of them may be unknown (null);
 * eligibility then says which fact is missing instead of guessing.
 */
public record Circumstances(@Min(1) @Max(50) Integer householdSize,
                            @DecimalMin("0") BigDecimal monthlyIncome,
                            @Size(max = 100) String residencyArea,
                            @Size(max = 200) String housingSituation,
                            @Size(max = 200) String employmentStatus) {
}
