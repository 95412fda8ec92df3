package org.casemgmt.referral.directory;

import java.util.List;

import org.casemgmt.referral.directory.DirectoryForms.CapacityForm;
import org.casemgmt.referral.directory.Hsds.Address;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An HSDS document as imported: organizations, each with its services (and where each is delivered) and its
 * locations nested, as an HSDS API's {@code /organizations?full_service=true} answers them. Every entry carries its
 * HSDS id: the import creates what is new and replaces what is there.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record HsdsImport(@NotEmpty @Size(max = 500) List<@Valid @NotNull ImportedOrganization> organizations) {

    /** @param agencyId the platform agency the organization is; an administrator imports their own agency's only */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ImportedOrganization(@NotBlank @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE) String id,
                                @NotBlank @Size(max = 200) String name,
                                @Size(max = 4000) String description,
                                @Email @Size(max = 200) String email,
                                @Pattern(regexp = DirectoryForms.WEBSITE, message = "must be an http(s) address")
                                String website,
                                @NotBlank @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE) String agencyId,
                                @Size(max = 500) List<@Valid @NotNull ImportedService> services,
                                @Size(max = 500) List<@Valid @NotNull ImportedLocation> locations) {

        ImportedOrganization {
            services = services == null ? List.of() : List.copyOf(services);
            locations = locations == null ? List.of() : List.copyOf(locations);
        }
    }

    /**
     * @param capacity the capacity now, if the publisher counts it; left out, a service keeps the one it has
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ImportedService(@NotBlank @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE) String id,
                           @JsonUnwrapped @Valid @NotNull ServiceProfile profile,
                           @Size(max = 100) List<@Valid @NotNull ImportedServiceAtLocation> serviceAtLocations,
                           @Valid CapacityForm capacity) {

        ImportedService {
            serviceAtLocations = serviceAtLocations == null ? List.of() : List.copyOf(serviceAtLocations);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ImportedLocation(@NotBlank @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE) String id,
                            @NotBlank @Size(max = 200) String name,
                            @NotBlank @Pattern(regexp = DirectoryForms.LOCATION_TYPE,
                                    message = "must be physical, postal or virtual") String locationType,
                            @Size(max = 10) List<@Valid @NotNull Address> addresses) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ImportedServiceAtLocation(@NotBlank @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE) String id,
                                     @NotBlank @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE)
                                     String locationId) {
    }

    /** What became of each organization of the document, in its order. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ImportReport(List<OrganizationOutcome> organizations) {
    }

    /**
     * @param outcome imported or refused; a refused organization's entries are left as they were
     * @param reason  why it was refused
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OrganizationOutcome(String id, String outcome, String reason, int services, int locations,
                               int serviceAtLocations) {

        static OrganizationOutcome imported(ImportedOrganization organization) {
            return new OrganizationOutcome(organization.id(), "imported", null, organization.services().size(),
                    organization.locations().size(), organization.services().stream()
                    .mapToInt(service -> service.serviceAtLocations().size()).sum());
        }

        static OrganizationOutcome refused(ImportedOrganization organization, String reason) {
            return new OrganizationOutcome(organization.id(), "refused", reason, 0, 0, 0);
        }
    }
}
