package org.casemgmt.referral.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/** The directory's services as matching and referrals read them: who provides each, for whom, and its capacity now. */
@Service
public class ServiceDirectory {

    private final ProvidedServiceRepository services;
    private final OrganizationRepository organizations;
    private final MongoOperations mongo;

    ServiceDirectory(ProvidedServiceRepository services, OrganizationRepository organizations,
                     MongoOperations mongo) {
        this.services = services;
        this.organizations = organizations;
        this.mongo = mongo;
    }

    /** @throws ResourceNotFoundException ("service", id) when there is no such service */
    public ServiceListing listing(String serviceId) {
        ProvidedService service = services.findById(serviceId)
                .orElseThrow(() -> new ResourceNotFoundException("service", serviceId));
        return listed(List.of(service)).getFirst();
    }

    /** Every service, whatever its status, that offers at least one of these service types. */
    public List<ServiceListing> offering(Collection<String> serviceTypes) {
        if (serviceTypes.isEmpty()) {
            return List.of();
        }
        return listed(services.findByServiceTypesIn(serviceTypes));
    }

    Page<ServiceListing> search(ServiceQuery query, Pageable pageable) {
        Page<ProvidedService> found = query.filter().page(mongo, pageable, ProvidedService.class);
        return new PageImpl<>(listed(found.getContent()), pageable, found.getTotalElements());
    }

    /** Each with its organization, read once for all. */
    private List<ServiceListing> listed(List<ProvidedService> found) {
        Map<String, Organization> providers = organizations.findAllById(found.stream()
                        .map(ProvidedService::getOrganizationId).distinct().toList()).stream()
                .collect(Collectors.toMap(Organization::getId, Function.identity()));
        return found.stream().map(service -> ServiceListing.of(service, providers.get(service.getOrganizationId())))
                .toList();
    }
}
