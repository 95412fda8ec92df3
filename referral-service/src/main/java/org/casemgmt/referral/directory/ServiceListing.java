package org.casemgmt.referral.directory;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A service of the directory as matching and referrals read it: who provides it (the organization and the platform
 * agency whose PROVIDER staff answer for it), what it offers, to whom, and its capacity now.
 *
 * @param status       the HSDS status: active, inactive, defunct or temporarily closed
 * @param serviceTypes the platform's service types it offers, e.g. HOUSING_SEARCH
 * @param minimumAge   null for no lower bound
 * @param maximumAge   null for no upper bound
 * @param languages    ISO 639 codes of the languages it is delivered in
 * @param serviceAreas the names of the areas it covers, e.g. north-district
 * @param capacity     null when the provider never reported one
 * @param lastModified when its entry last changed
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServiceListing(String serviceId, String serviceName, String organizationId, String organizationName,
                             String agencyId, String status, List<String> serviceTypes, Integer minimumAge,
                             Integer maximumAge, List<String> languages, List<String> serviceAreas, Capacity capacity,
                             Instant lastModified) {

    static ServiceListing of(ProvidedService service, Organization organization) {
        ServiceProfile profile = service.getProfile();
        return new ServiceListing(service.getId(), profile.name(), service.getOrganizationId(),
                organization.getName(), organization.getAgencyId(), profile.status().hsds(),
                service.getServiceTypes(), profile.minimumAge(), profile.maximumAge(), profile.languageCodes(),
                profile.areaNames(), Capacity.of(service.getCapacity()), service.getLastModified());
    }
}
