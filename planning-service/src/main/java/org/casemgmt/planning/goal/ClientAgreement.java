package org.casemgmt.planning.goal;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The client agreed to the goal as written.
 *
 * @param agreedBy who agreed: the client, or a guardian or representative on their behalf
 */
public record ClientAgreement(@NotBlank @Size(max = 200) String agreedBy, @NotNull @PastOrPresent Instant agreedAt) {
}
