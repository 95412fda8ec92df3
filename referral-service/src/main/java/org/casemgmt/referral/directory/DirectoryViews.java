package org.casemgmt.referral.directory;

import java.time.Instant;
import java.util.List;

import org.casemgmt.referral.directory.Hsds.Address;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The directory's entries as the API shows them, under their HSDS names; {@code version} is what a change sends
 * back.
 */
final class DirectoryViews {

    private DirectoryViews() {
    }

    /** @param agencyId the platform agency the organization is: its PROVIDER staff answer for its services */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OrganizationView(String id, Long version, String name, String description, String email, String website,
                            String agencyId, Instant lastModified) {

        static OrganizationView of(Organization organization) {
            return new OrganizationView(organization.getId(), organization.getVersion(), organization.getName(),
                    organization.getDescription(), organization.getEmail(), organization.getWebsite(),
                    organization.getAgencyId(), organization.getLastModified());
        }
    }

    /**
     * @param serviceTypes the platform's service types among the attributes
     * @param capacity     null when the provider never reported one
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceView(String id, Long version, String organizationId, @JsonUnwrapped ServiceProfile profile,
                       List<String> serviceTypes, Capacity capacity, Instant lastModified) {

        static ServiceView of(ProvidedService service) {
            return new ServiceView(service.getId(), service.getVersion(), service.getOrganizationId(),
                    service.getProfile(), service.getServiceTypes(), Capacity.of(service.getCapacity()),
                    service.getLastModified());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LocationView(String id, Long version, String organizationId, String name, String locationType,
                        List<Address> addresses, Instant lastModified) {

        static LocationView of(Location location) {
            return new LocationView(location.getId(), location.getVersion(), location.getOrganizationId(),
                    location.getName(), location.getLocationType(), location.getAddresses(),
                    location.getLastModified());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceAtLocationView(String id, Long version, String serviceId, String locationId, Instant lastModified) {

        static ServiceAtLocationView of(ServiceAtLocation link) {
            return new ServiceAtLocationView(link.getId(), link.getVersion(), link.getServiceId(),
                    link.getLocationId(), link.getLastModified());
        }
    }
}
