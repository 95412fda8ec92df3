package org.casemgmt.referral.directory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.casemgmt.referral.directory.HsdsImport.ImportReport;
import org.casemgmt.referral.directory.HsdsImport.ImportedLocation;
import org.casemgmt.referral.directory.HsdsImport.ImportedOrganization;
import org.casemgmt.referral.directory.HsdsImport.ImportedService;
import org.casemgmt.referral.directory.HsdsImport.ImportedServiceAtLocation;
import org.casemgmt.referral.directory.HsdsImport.OrganizationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import jakarta.annotation.PostConstruct;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports an HSDS document organization by organization: each is written whole (its services, locations and where
 * its services are delivered, created or replaced by id) or refused whole, and the report says which. An
 * administrator imports their own agency's organizations only, and cannot take over another agency's entries by
 * naming their ids. A service imported with a capacity announces it (capacity.changed) in the same save.
 */
@Service
class DirectoryImporter {

    private static final Logger log = LoggerFactory.getLogger(DirectoryImporter.class);
    private static final String SEED_ACTOR = "seed";

    private final OrganizationRepository organizations;
    private final ProvidedServiceRepository services;
    private final LocationRepository locations;
    private final ServiceAtLocationRepository links;
    private final CapacityChanges capacities;
    private final Clock clock;
    private final JsonMapper json;
    private final Validator validator;
    private final ResourceLoader resources;
    private final String seed;

    DirectoryImporter(OrganizationRepository organizations, ProvidedServiceRepository services,
                      LocationRepository locations, ServiceAtLocationRepository links, CapacityChanges capacities,
                      Clock clock, JsonMapper json, Validator validator, ResourceLoader resources,
                      @Value("${referral.directory-seed:}") String seed) {
        this.organizations = organizations;
        this.services = services;
        this.locations = locations;
        this.links = links;
        this.capacities = capacities;
        this.clock = clock;
        this.json = json;
        this.validator = validator;
        this.resources = resources;
        this.seed = seed;
    }

    /** @param agencyId the administrator's agency: only its organizations are imported */
    ImportReport importFor(String agencyId, HsdsImport document, String actor) {
        return new ImportReport(document.organizations().stream()
                .map(organization -> importOrganization(organization, agencyId, actor)).toList());
    }

    /**
     * A new installation starts with the directory of {@code referral.directory-seed} (none when it is empty);
     * a directory that has any organization is left as it is. Seeded while the context starts, before referrals
     * are taken.
     */
    @PostConstruct
    void seedIfEmpty() throws IOException {
        if (seed.isBlank() || organizations.count() > 0) {
            return;
        }
        HsdsImport document;
        try (InputStream in = resources.getResource(seed).getInputStream()) {
            document = json.readValue(in, HsdsImport.class);
        }
        Set<ConstraintViolation<HsdsImport>> violations = validator.validate(document);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The directory seed " + seed + " is not a valid HSDS document: "
                    + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        try {
            document.organizations().forEach(organization ->
                    importOrganization(organization, organization.agencyId(), SEED_ACTOR));
        } catch (DuplicateKeyException | OptimisticLockingFailureException seededByAnotherInstance) {
            // Another instance starting at the same time got to one of the seed's records first: it goes on with the
            // rest, in the same order, so this one stops here.
            log.info("Another instance is seeding the empty directory with {}", seed);
            return;
        }
        log.info("Seeded the empty directory with the {} organizations of {}", document.organizations().size(), seed);
    }

    private OrganizationOutcome importOrganization(ImportedOrganization imported, String agencyId, String actor) {
        Optional<String> refusal = refusal(imported, agencyId);
        if (refusal.isPresent()) {
            return OrganizationOutcome.refused(imported, refusal.get());
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Organization organization = organizations.findById(imported.id())
                .orElseGet(() -> new Organization(imported.id()));
        organization.describe(imported.name(), imported.description(), imported.email(), imported.website(),
                imported.agencyId(), actor, at);
        organizations.save(organization);
        for (ImportedLocation location : imported.locations()) {
            Location stored = locations.findById(location.id()).orElseGet(() -> new Location(location.id()));
            stored.describe(imported.id(), location.name(), location.locationType(), location.addresses(), actor, at);
            locations.save(stored);
        }
        for (ImportedService service : imported.services()) {
            importService(imported.id(), service, actor, at);
        }
        return OrganizationOutcome.imported(imported);
    }

    private void importService(String organizationId, ImportedService imported, String actor, Instant at) {
        ProvidedService service = services.findById(imported.id()).orElseGet(() -> new ProvidedService(imported.id()));
        service.describe(organizationId, imported.profile(), actor, at);
        if (imported.capacity() != null) {
            imported.capacity().reportTo(service, at);
            capacities.announce(service);
        }
        services.save(service);
        for (ImportedServiceAtLocation link : imported.serviceAtLocations()) {
            ServiceAtLocation stored = links.findById(link.id()).orElseGet(() -> new ServiceAtLocation(link.id()));
            stored.link(imported.id(), link.locationId(), actor, at);
            links.save(stored);
        }
    }

    /**
     * Why the organization may not be imported, if it may not: it is another agency's, or it names an entry (by id)
     * that another agency's organization has, or a location that exists neither in it nor in the directory.
     */
    private Optional<String> refusal(ImportedOrganization imported, String agencyId) {
        if (!imported.agencyId().equals(agencyId)) {
            return Optional.of("Its agency_id is " + imported.agencyId() + "; an administrator of " + agencyId
                    + " imports " + agencyId + "'s organizations only.");
        }
        Optional<String> owner = organizations.findById(imported.id()).map(Organization::getAgencyId);
        if (owner.isPresent() && !owner.get().equals(agencyId)) {
            return Optional.of("Organization " + imported.id() + " is agency " + owner.get() + "'s.");
        }
        for (ImportedService service : imported.services()) {
            Optional<String> taken = services.findById(service.id())
                    .flatMap(existing -> takenFrom(existing.getOrganizationId(), agencyId))
                    .map(other -> "Service " + service.id() + " is listed by " + other + ".");
            if (taken.isPresent()) {
                return taken;
            }
            for (ImportedServiceAtLocation link : service.serviceAtLocations()) {
                Optional<String> linkTaken = links.findById(link.id())
                        .flatMap(existing -> services.findById(existing.getServiceId()))
                        .flatMap(existing -> takenFrom(existing.getOrganizationId(), agencyId))
                        .map(other -> "Service at location " + link.id() + " is a service of " + other + ".");
                if (linkTaken.isPresent()) {
                    return linkTaken;
                }
            }
        }
        for (ImportedLocation location : imported.locations()) {
            Optional<String> taken = locations.findById(location.id())
                    .flatMap(existing -> takenFrom(existing.getOrganizationId(), agencyId))
                    .map(other -> "Location " + location.id() + " is " + other + "'s.");
            if (taken.isPresent()) {
                return taken;
            }
        }
        Set<String> importedLocations = imported.locations().stream().map(ImportedLocation::id)
                .collect(Collectors.toSet());
        List<String> unknown = imported.services().stream().flatMap(service -> service.serviceAtLocations().stream())
                .map(ImportedServiceAtLocation::locationId)
                .filter(id -> !importedLocations.contains(id) && !locations.existsById(id)).distinct().toList();
        return unknown.isEmpty() ? Optional.empty()
                : Optional.of("Its services are delivered at unknown locations " + String.join(", ", unknown) + ".");
    }

    /** The organization, named with its agency, when it is not of {@code agencyId}. */
    private Optional<String> takenFrom(String organizationId, String agencyId) {
        return organizations.findById(organizationId).filter(other -> !other.getAgencyId().equals(agencyId))
                .map(other -> "organization " + other.getId() + " of agency " + other.getAgencyId());
    }
}
