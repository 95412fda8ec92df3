package org.casemgmt.intake.client;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An identifier another system gave the client, e.g. type NATIONAL_ID or AGENCY_FILE, and its value. */
public record Identifier(@NotBlank @Size(max = 50) String type, @NotBlank @Size(max = 100) String value) {

    /** Type and value with case, spaces and punctuation removed, so "ab-123 45" and "AB12345" are the same. */
    public String matchKey() {
        return type.trim().toUpperCase(Locale.ROOT) + ":" + value.replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
    }
}
