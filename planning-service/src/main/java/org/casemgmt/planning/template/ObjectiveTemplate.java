package org.casemgmt.planning.template;

import org.casemgmt.planning.goal.Direction;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A typical objective for a need domain; the case worker adjusts baseline and target to the client.
 *
 * @param dueInDays the due date, counted from the day the plan is drafted
 */
public record ObjectiveTemplate(@NotBlank @Size(max = 300) String indicator,
                                @NotNull Double baseline,
                                @NotNull Double target,
                                @NotBlank @Size(max = 50) String unit,
                                @NotNull Direction direction,
                                @Min(1) @Max(1095) int dueInDays) {
}
