package org.casemgmt.referral.directory;

import java.time.Clock;

import org.casemgmt.platform.domain.NotPermittedException;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.persistence.ExpectedVersion;
import org.casemgmt.platform.persistence.FilterQuery;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.web.CurrentActor;
import org.casemgmt.referral.directory.DirectoryForms.CapacityForm;
import org.casemgmt.referral.directory.DirectoryForms.LocationForm;
import org.casemgmt.referral.directory.DirectoryForms.OrganizationForm;
import org.casemgmt.referral.directory.DirectoryForms.ServiceAtLocationForm;
import org.casemgmt.referral.directory.DirectoryForms.ServiceForm;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/**
 * The directory's entries, read by all staff and kept by each agency's administrators for the organization their
 * agency is. The directory is no secret: another agency's entry is refused (403), never hidden (404).
 */
@Service
class DirectoryAdmin {

    private final OrganizationRepository organizations;
    private final ProvidedServiceRepository services;
    private final LocationRepository locations;
    private final ServiceAtLocationRepository links;
    private final CapacityChanges capacities;
    private final MongoOperations mongo;
    private final StaffAccess access;
    private final CurrentActor actor;
    private final Clock clock;

    DirectoryAdmin(OrganizationRepository organizations, ProvidedServiceRepository services,
                   LocationRepository locations, ServiceAtLocationRepository links, CapacityChanges capacities,
                   MongoOperations mongo, StaffAccess access, CurrentActor actor, Clock clock) {
        this.organizations = organizations;
        this.services = services;
        this.locations = locations;
        this.links = links;
        this.capacities = capacities;
        this.mongo = mongo;
        this.access = access;
        this.actor = actor;
        this.clock = clock;
    }

    Organization organization(String id) {
        return organizations.findById(id).orElseThrow(() -> new ResourceNotFoundException("organization", id));
    }

    Page<Organization> organizations(String agencyId, Pageable pageable) {
        return new FilterQuery().equalTo("agencyId", agencyId).page(mongo, pageable, Organization.class);
    }

    /** Without a version the organization is created; with one it is replaced. Either way it is the caller's agency. */
    Organization putOrganization(String id, OrganizationForm form) {
        Organization organization = organizations.findById(id).orElseGet(() -> new Organization(id));
        if (organization.getVersion() != null) {
            requireOwn(organization);
        }
        requireOwnAgency(form.agencyId(), "list an organization of agency " + form.agencyId());
        ExpectedVersion.checkCreateOrChange("organization", id, organization.getVersion(), form.version());
        organization.describe(form.name(), form.description(), form.email(), form.website(), form.agencyId(),
                actor.id(), clock.instant());
        return organizations.save(organization);
    }

    ProvidedService service(String id) {
        return capacities.find(id);
    }

    Page<ProvidedService> services(String organizationId, Pageable pageable) {
        return new FilterQuery().equalTo("organizationId", organizationId).page(mongo, pageable,
                ProvidedService.class);
    }

    /** The service of an organization of the caller's agency; moving it to another organization needs both. */
    ProvidedService putService(String id, ServiceForm form) {
        ProvidedService service = services.findById(id).orElseGet(() -> new ProvidedService(id));
        if (service.getVersion() != null) {
            requireOwn(organization(service.getOrganizationId()));
        }
        requireOwn(existingOrganization(form.organizationId()));
        ExpectedVersion.checkCreateOrChange("service", id, service.getVersion(), form.version());
        service.describe(form.organizationId(), form.profile(), actor.id(), clock.instant());
        return services.save(service);
    }

    Location location(String id) {
        return locations.findById(id).orElseThrow(() -> new ResourceNotFoundException("location", id));
    }

    Page<Location> locations(String organizationId, Pageable pageable) {
        return new FilterQuery().equalTo("organizationId", organizationId).page(mongo, pageable, Location.class);
    }

    Location putLocation(String id, LocationForm form) {
        Location location = locations.findById(id).orElseGet(() -> new Location(id));
        if (location.getVersion() != null) {
            requireOwn(organization(location.getOrganizationId()));
        }
        requireOwn(existingOrganization(form.organizationId()));
        ExpectedVersion.checkCreateOrChange("location", id, location.getVersion(), form.version());
        location.describe(form.organizationId(), form.name(), form.locationType(), form.addresses(), actor.id(),
                clock.instant());
        return locations.save(location);
    }

    ServiceAtLocation serviceAtLocation(String id) {
        return links.findById(id).orElseThrow(() -> new ResourceNotFoundException("service at location", id));
    }

    Page<ServiceAtLocation> servicesAtLocations(String serviceId, String locationId, Pageable pageable) {
        return new FilterQuery().equalTo("serviceId", serviceId).equalTo("locationId", locationId)
                .page(mongo, pageable, ServiceAtLocation.class);
    }

    /**
     * Says that a service of the caller's agency is delivered at a location, which may be any organization's (a
     * partner's premises).
     */
    ServiceAtLocation putServiceAtLocation(String id, ServiceAtLocationForm form) {
        ServiceAtLocation link = links.findById(id).orElseGet(() -> new ServiceAtLocation(id));
        if (link.getVersion() != null) {
            requireOwn(organization(service(link.getServiceId()).getOrganizationId()));
        }
        ProvidedService service = services.findById(form.serviceId()).orElseThrow(() -> new RuleViolationException(
                "unknown-service", "There is no service " + form.serviceId() + " to deliver at a location."));
        requireOwn(organization(service.getOrganizationId()));
        if (!locations.existsById(form.locationId())) {
            throw new RuleViolationException("unknown-location", "There is no location " + form.locationId()
                    + ": create it first.");
        }
        ExpectedVersion.checkCreateOrChange("service at location", id, link.getVersion(), form.version());
        link.link(form.serviceId(), form.locationId(), actor.id(), clock.instant());
        return links.save(link);
    }

    /**
     * The provider's report of a service's capacity, by its own staff or its agency's administrators; units that
     * referrals hold stay held. Announced with capacity.changed.
     */
    ProvidedService reportCapacity(String serviceId, CapacityForm form) {
        Organization provider = organization(capacities.find(serviceId).getOrganizationId());
        if (!access.canSee(provider.getAgencyId())) {
            throw new NotPermittedException("not-this-providers-service", "Service " + serviceId + " is provided by "
                    + provider.getName() + " (agency " + provider.getAgencyId() + "); only its own staff report "
                    + "its capacity.");
        }
        return capacities.apply(serviceId, (service, at) -> {
            form.reportTo(service, at);
            return true;
        });
    }

    private Organization existingOrganization(String id) {
        return organizations.findById(id).orElseThrow(() -> new RuleViolationException("unknown-organization",
                "There is no organization " + id + ": create it first."));
    }

    private void requireOwn(Organization organization) {
        requireOwnAgency(organization.getAgencyId(), "change the entries of " + organization.getName() + " (agency "
                + organization.getAgencyId() + ")");
    }

    private void requireOwnAgency(String agencyId, String action) {
        if (!access.canSee(agencyId)) {
            throw new NotPermittedException("not-this-agencys-organization", "An administrator of agency "
                    + access.agencyId() + " may not " + action + "; each agency keeps its own entries.");
        }
    }
}
