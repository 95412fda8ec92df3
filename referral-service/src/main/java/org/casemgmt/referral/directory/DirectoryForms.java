package org.casemgmt.referral.directory;

import java.time.Instant;
import java.util.List;

import org.casemgmt.referral.directory.Hsds.Address;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The bodies the directory accepts, under their HSDS names. An entry is created by a PUT to its id without a
 * {@code version}, and replaced by one with the version read: a stale one is a 409.
 */
final class DirectoryForms {

    static final String WEBSITE = "https?://\\S{1,500}";
    static final String LOCATION_TYPE = "physical|postal|virtual";

    private DirectoryForms() {
    }

    /** @param agencyId the platform agency the organization is: the caller's own */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OrganizationForm(Long version,
                            @NotBlank @Size(max = 200) String name,
                            @Size(max = 4000) String description,
                            @Email @Size(max = 200) String email,
                            @Pattern(regexp = WEBSITE, message = "must be an http(s) address") String website,
                            @NotBlank @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE) String agencyId) {
    }

    /** The HSDS service's own fields, with the id of the organization that provides it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceForm(Long version,
                       @NotBlank @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE) String organizationId,
                       @JsonUnwrapped @Valid @NotNull ServiceProfile profile) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LocationForm(Long version,
                        @NotBlank @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE) String organizationId,
                        @NotBlank @Size(max = 200) String name,
                        @NotBlank @Pattern(regexp = LOCATION_TYPE, message = "must be physical, postal or virtual")
                        String locationType,
                        @Size(max = 10) List<@Valid @NotNull Address> addresses) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceAtLocationForm(Long version,
                                 @NotBlank @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE) String serviceId,
                                 @NotBlank @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE) String locationId) {
    }

    /**
     * A capacity as the provider reports it: HSDS 3.1 {@code service_capacity} (its unit by name) with Gravity's
     * status. The units referrals hold are the platform's to count, not the provider's.
     *
     * @param status capacity, no-capacity, waitlist or additional-assessment-required; when left out, capacity if a
     *               unit is available and no-capacity if none is
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CapacityForm(@NotBlank @Size(max = 100) String unit,
                        @NotNull @Min(0) @Max(1_000_000) Integer available,
                        @Min(0) @Max(1_000_000) Integer maximum,
                        CapacityStatus status,
                        @Size(max = 1000) String notes) {

        @AssertTrue(message = "available must not be above maximum")
        boolean isWithinMaximum() {
            return available == null || maximum == null || available <= maximum;
        }

        CapacityStatus statusOrDefault() {
            if (status != null) {
                return status;
            }
            return available > 0 ? CapacityStatus.CAPACITY : CapacityStatus.NO_CAPACITY;
        }

        void reportTo(ProvidedService service, Instant at) {
            service.reportCapacity(unit, available, maximum, statusOrDefault(), notes, at);
        }
    }
}
