package org.casemgmt.intake.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A document the client brought or the agency obtained. Only its metadata is kept here; {@code reference}
 * points to wherever the agency stores the document itself.
 */
public record GatheredDocument(@NotBlank @Size(max = 100) String type,
                               @NotBlank @Size(max = 200) String title,
                               @NotNull @PastOrPresent LocalDate receivedOn,
                               @Size(max = 500) String reference) {
}
