package org.casemgmt.intake.client;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A partial update (PATCH): every field left out (null) stays as it is; a list or contact given replaces the old. */
record ClientChanges(@NotNull Long version,
                     @Size(min = 1, max = 100) String givenName,
                     @Size(min = 1, max = 100) String familyName,
                     @Past LocalDate birthDate,
                     @Size(max = 10) List<@Valid @NotNull Identifier> identifiers,
                     @Valid ContactDetails contact,
                     @Pattern(regexp = ClientForm.LANGUAGE_TAG, message = ClientForm.LANGUAGE_TAG_MESSAGE)
                     String preferredLanguage,
                     @Size(max = 100) String residencyArea,
                     ClientStatus status) {

    ClientDetails applyTo(ClientDetails current) {
        return new ClientDetails(
                givenName != null ? givenName : current.givenName(),
                familyName != null ? familyName : current.familyName(),
                birthDate != null ? birthDate : current.birthDate(),
                identifiers != null ? identifiers : current.identifiers(),
                contact != null ? contact : current.contact(),
                preferredLanguage != null ? preferredLanguage : current.preferredLanguage(),
                residencyArea != null ? residencyArea : current.residencyArea());
    }
}
