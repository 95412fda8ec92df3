package org.casemgmt.intake.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies the client endpoints accept and answer, apart from {@link ClientDetails} and {@link ClientChanges}. */
final class ClientRequests {

    private ClientRequests() {
    }

    /**
     * @param confirmedNotDuplicate true once the case worker has looked at the possible duplicates and found that
     *                              this is someone else
     */
    record Registration(@JsonUnwrapped @Valid @NotNull ClientDetails details,
                        @NotBlank @Size(max = 100) String agencyId,
                        Boolean confirmedNotDuplicate) {

        boolean confirmed() {
            return Boolean.TRUE.equals(confirmedNotDuplicate);
        }
    }

    record Replacement(@NotNull Long version, @JsonUnwrapped @Valid @NotNull ClientDetails details) {
    }

    record DuplicateCheck(List<DuplicateCandidate> candidates) {
    }
}
