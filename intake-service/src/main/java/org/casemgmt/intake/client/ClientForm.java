package org.casemgmt.intake.client;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

/**
 * The client body of a registration, a full update and a duplicate check. Which fields are required depends on
 * the use: the version read before a full update. The agency is the registering worker's, from their token.
 *
 * @param confirmedNotDuplicate true once the case worker has looked at the possible duplicates and found that this
 *                              is someone else
 */
record ClientForm(@NotNull(groups = Replacement.class) Long version,
                  Boolean confirmedNotDuplicate,
                  @NotBlank @Size(max = 100) String givenName,
                  @NotBlank @Size(max = 100) String familyName,
                  @NotNull @Past LocalDate birthDate,
                  @Size(max = 10) List<@Valid @NotNull Identifier> identifiers,
                  @Valid ContactDetails contact,
                  @Pattern(regexp = LANGUAGE_TAG, message = LANGUAGE_TAG_MESSAGE) String preferredLanguage,
                  @Size(max = 100) String residencyArea) {

    static final String LANGUAGE_TAG = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$";
    static final String LANGUAGE_TAG_MESSAGE = "must be a language tag such as en or es-MX";

    /** Validation group of a registration (POST). */
    interface Registration extends Default {
    }

    /** Validation group of a full update (PUT). */
    interface Replacement extends Default {
    }

    ClientDetails details() {
        return new ClientDetails(givenName, familyName, birthDate, identifiers, contact, preferredLanguage,
                residencyArea);
    }

    boolean confirmed() {
        return Boolean.TRUE.equals(confirmedNotDuplicate);
    }
}
