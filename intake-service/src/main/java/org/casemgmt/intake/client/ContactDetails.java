package org.casemgmt.intake.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ContactDetails(@Pattern(regexp = "^\\+?[0-9 ()\\-]{5,30}$", message = "must be a phone number")
                             String phone,
                             @Email @Size(max = 254) String email,
                             @Size(max = 500) String postalAddress) {
}
