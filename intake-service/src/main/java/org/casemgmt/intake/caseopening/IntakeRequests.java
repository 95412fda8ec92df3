package org.casemgmt.intake.caseopening;

import java.time.Instant;
import java.util.List;

import org.casemgmt.intake.assessment.Circumstances;
import org.casemgmt.intake.assessment.GatheredDocument;
import org.casemgmt.intake.assessment.Need;
import org.casemgmt.intake.assessment.Risk;
import org.casemgmt.intake.consent.ConsentGiver;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The bodies the intake endpoints accept. */
final class IntakeRequests {

    private IntakeRequests() {
    }

    /** The intake is run by the starting worker's agency, which must be the client's. */
    record Start(@NotBlank @Size(max = 100) String clientId,
                 @NotBlank @Size(max = 100) String programId,
                 @NotBlank @Size(max = 100) String caseManager) {
    }

    /** The whole assessment; it replaces the previous one, hence the version of the intake it was made from. */
    record AssessmentRecord(@NotNull Long version,
                            @NotEmpty @Size(max = 20) List<@Valid @NotNull Need> needs,
                            @Size(max = 50) List<@NotBlank @Size(max = 500) String> strengths,
                            @Size(max = 50) List<@Valid @NotNull Risk> risks,
                            @Valid Circumstances circumstances,
                            @Size(max = 100) List<@Valid @NotNull GatheredDocument> documents) {
    }

    /**
     * @param givenAt when the client gave it (for a consent signed before it was recorded); now when left out
     */
    record ConsentRecord(@NotBlank @Size(max = 1000) String purpose,
                         @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> sharedWithAgencyIds,
                         @NotNull ConsentGiver givenBy,
                         @PastOrPresent Instant givenAt,
                         @Future Instant expiresAt) {
    }

    record Withdrawal(@Size(max = 1000) String reason) {
    }
}
