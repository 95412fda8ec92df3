package org.casemgmt.intake.client;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a case worker records about a person, at registration and on every full update. */
public record ClientDetails(@NotBlank @Size(max = 100) String givenName,
                            @NotBlank @Size(max = 100) String familyName,
                            @NotNull @Past LocalDate birthDate,
                            @Size(max = 10) List<@Valid @NotNull Identifier> identifiers,
                            @Valid ContactDetails contact,
                            @Pattern(regexp = LANGUAGE_TAG, message = LANGUAGE_TAG_MESSAGE)
                            String preferredLanguage,
                            @Size(max = 100) String residencyArea) {

    static final String LANGUAGE_TAG = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$";
    static final String LANGUAGE_TAG_MESSAGE = "must be a language tag such as en or es-MX";

    public ClientDetails {
        identifiers = identifiers == null ? List.of() : identifiers;
    }
}
