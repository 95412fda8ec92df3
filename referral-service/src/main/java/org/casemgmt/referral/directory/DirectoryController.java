package org.casemgmt.referral.directory;

import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.casemgmt.referral.directory.DirectoryForms.LocationForm;
import org.casemgmt.referral.directory.DirectoryForms.OrganizationForm;
import org.casemgmt.referral.directory.DirectoryForms.ServiceAtLocationForm;
import org.casemgmt.referral.directory.DirectoryForms.ServiceForm;
import org.casemgmt.referral.directory.DirectoryViews.LocationView;
import org.casemgmt.referral.directory.DirectoryViews.OrganizationView;
import org.casemgmt.referral.directory.DirectoryViews.ServiceAtLocationView;
import org.casemgmt.referral.directory.DirectoryViews.ServiceView;
import org.casemgmt.referral.directory.HsdsImport.ImportReport;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

@RestController
@RequestMapping("/api/referral/directory")
@Tag(name = "Provider directory", description = "Organizations, their services and locations, as Open Referral "
        + "HSDS 3.0 has them (snake_case names); read by all staff, kept by each agency's administrators")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
class DirectoryController {

    private static final String CHANGE_403 = "`not-this-agencys-organization`: the entry is, or would be, another "
            + "agency's; or `role-not-permitted`";
    private static final String CHANGE_DESCRIPTION = "Without a version the entry is created; with the version read "
            + "it is replaced. A stale version answers 409.";

    private final DirectoryAdmin directory;
    private final DirectoryImporter importer;
    private final StaffAccess access;
    private final CurrentActor actor;

    DirectoryController(DirectoryAdmin directory, DirectoryImporter importer, StaffAccess access,
                        CurrentActor actor) {
        this.directory = directory;
        this.importer = importer;
        this.access = access;
        this.actor = actor;
    }

    @GetMapping("/organizations")
    @Operation(operationId = "listOrganizations", summary = "List the organizations, by name")
    @ApiResponse(responseCode = "200", description = "A page of organizations")
    PagedModel<OrganizationView> organizations(
            @Parameter(description = "Only the organization(s) of this platform agency")
            @RequestParam(name = "agency_id", required = false) String agencyId,
            @ParameterObject @PageableDefault(size = 20, sort = "name") Pageable pageable) {
        access.requireRole(DirectoryRoles.READING, "read the provider directory");
        return new PagedModel<>(directory.organizations(agencyId, pageable).map(OrganizationView::of));
    }

    @GetMapping("/organizations/{id}")
    @Operation(operationId = "getOrganization", summary = "Read an organization")
    @ApiResponse(responseCode = "200", description = "The organization")
    @ApiResponse(responseCode = "404", description = "No organization with this id")
    OrganizationView organization(@PathVariable String id) {
        access.requireRole(DirectoryRoles.READING, "read the provider directory");
        return OrganizationView.of(directory.organization(id));
    }

    @PutMapping("/organizations/{id}")
    @Operation(operationId = "putOrganization", summary = "Create or replace an organization of the caller's agency",
            description = CHANGE_DESCRIPTION + " Its agency_id must be the caller's agency.")
    @ApiResponse(responseCode = "200", description = "The organization as set")
    @ApiResponse(responseCode = "403", description = CHANGE_403)
    OrganizationView putOrganization(@PathVariable @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE) String id,
                                     @Valid @RequestBody OrganizationForm form) {
        access.requireRole(StaffRole.ADMINISTRATION, "change the provider directory");
        return OrganizationView.of(directory.putOrganization(id, form));
    }

    @GetMapping("/services")
    @Operation(operationId = "listDirectoryServices", summary = "List the services, by name",
            description = "To find services for a client, search /api/referral/services instead.")
    @ApiResponse(responseCode = "200", description = "A page of services")
    PagedModel<ServiceView> services(
            @Parameter(description = "Only the services of this organization")
            @RequestParam(name = "organization_id", required = false) String organizationId,
            @ParameterObject @PageableDefault(size = 20, sort = "profile.name") Pageable pageable) {
        access.requireRole(DirectoryRoles.READING, "read the provider directory");
        return new PagedModel<>(directory.services(organizationId, pageable).map(ServiceView::of));
    }

    @GetMapping("/services/{id}")
    @Operation(operationId = "getDirectoryService", summary = "Read a service, with its capacity")
    @ApiResponse(responseCode = "200", description = "The service")
    @ApiResponse(responseCode = "404", description = "No service with this id")
    ServiceView service(@PathVariable String id) {
        access.requireRole(DirectoryRoles.READING, "read the provider directory");
        return ServiceView.of(directory.service(id));
    }

    @PutMapping("/services/{id}")
    @Operation(operationId = "putDirectoryService",
            summary = "Create or replace a service of an organization of the caller's agency",
            description = CHANGE_DESCRIPTION + " Its service types are the codes of the attributes whose "
                    + "taxonomy_term is of taxonomy `" + Hsds.SERVICE_TYPES + "`. The capacity is reported "
                    + "apart, on /api/referral/services/{id}/capacity, and kept.")
    @ApiResponse(responseCode = "200", description = "The service as set")
    @ApiResponse(responseCode = "403", description = CHANGE_403)
    @ApiResponse(responseCode = "409", description = "`unknown-organization`: create the organization first")
    ServiceView putService(@PathVariable @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE) String id,
                           @Valid @RequestBody ServiceForm form) {
        access.requireRole(StaffRole.ADMINISTRATION, "change the provider directory");
        return ServiceView.of(directory.putService(id, form));
    }

    @GetMapping("/locations")
    @Operation(operationId = "listLocations", summary = "List the locations, by name")
    @ApiResponse(responseCode = "200", description = "A page of locations")
    PagedModel<LocationView> locations(
            @Parameter(description = "Only the locations of this organization")
            @RequestParam(name = "organization_id", required = false) String organizationId,
            @ParameterObject @PageableDefault(size = 20, sort = "name") Pageable pageable) {
        access.requireRole(DirectoryRoles.READING, "read the provider directory");
        return new PagedModel<>(directory.locations(organizationId, pageable).map(LocationView::of));
    }

    @GetMapping("/locations/{id}")
    @Operation(operationId = "getLocation", summary = "Read a location")
    @ApiResponse(responseCode = "200", description = "The location")
    @ApiResponse(responseCode = "404", description = "No location with this id")
    LocationView location(@PathVariable String id) {
        access.requireRole(DirectoryRoles.READING, "read the provider directory");
        return LocationView.of(directory.location(id));
    }

    @PutMapping("/locations/{id}")
    @Operation(operationId = "putLocation",
            summary = "Create or replace a location of an organization of the caller's agency",
            description = CHANGE_DESCRIPTION)
    @ApiResponse(responseCode = "200", description = "The location as set")
    @ApiResponse(responseCode = "403", description = CHANGE_403)
    @ApiResponse(responseCode = "409", description = "`unknown-organization`: create the organization first")
    LocationView putLocation(@PathVariable @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE) String id,
                             @Valid @RequestBody LocationForm form) {
        access.requireRole(StaffRole.ADMINISTRATION, "change the provider directory");
        return LocationView.of(directory.putLocation(id, form));
    }

    @GetMapping("/service-at-locations")
    @Operation(operationId = "listServicesAtLocations", summary = "List where services are delivered")
    @ApiResponse(responseCode = "200", description = "A page of services at locations")
    PagedModel<ServiceAtLocationView> servicesAtLocations(
            @Parameter(description = "Only where this service is delivered")
            @RequestParam(name = "service_id", required = false) String serviceId,
            @Parameter(description = "Only the services delivered at this location")
            @RequestParam(name = "location_id", required = false) String locationId,
            @ParameterObject @PageableDefault(size = 20, sort = "_id") Pageable pageable) {
        access.requireRole(DirectoryRoles.READING, "read the provider directory");
        return new PagedModel<>(directory.servicesAtLocations(serviceId, locationId, pageable)
                .map(ServiceAtLocationView::of));
    }

    @GetMapping("/service-at-locations/{id}")
    @Operation(operationId = "getServiceAtLocation", summary = "Read where a service is delivered")
    @ApiResponse(responseCode = "200", description = "The service at location")
    @ApiResponse(responseCode = "404", description = "No service at location with this id")
    ServiceAtLocationView serviceAtLocation(@PathVariable String id) {
        access.requireRole(DirectoryRoles.READING, "read the provider directory");
        return ServiceAtLocationView.of(directory.serviceAtLocation(id));
    }

    @PutMapping("/service-at-locations/{id}")
    @Operation(operationId = "putServiceAtLocation",
            summary = "Say that a service of the caller's agency is delivered at a location",
            description = CHANGE_DESCRIPTION + " The location may be any organization's.")
    @ApiResponse(responseCode = "200", description = "The service at location as set")
    @ApiResponse(responseCode = "403", description = CHANGE_403)
    @ApiResponse(responseCode = "409", description = "`unknown-service` or `unknown-location`: create it first")
    ServiceAtLocationView putServiceAtLocation(
            @PathVariable @Pattern(regexp = Hsds.ID, message = Hsds.ID_MESSAGE) String id,
            @Valid @RequestBody ServiceAtLocationForm form) {
        access.requireRole(StaffRole.ADMINISTRATION, "change the provider directory");
        return ServiceAtLocationView.of(directory.putServiceAtLocation(id, form));
    }

    @PostMapping("/import")
    @Operation(operationId = "importDirectory", summary = "Import an HSDS document of the caller's agency",
            description = "The document holds organizations, each with its services (and their "
                    + "service_at_locations and capacity) and locations nested. Entries are created or replaced by "
                    + "id, organization by organization: one whose agency_id is not the caller's agency, or that "
                    + "names another agency's entries, is refused whole and reported; the others are imported. "
                    + "Entries the document leaves out are kept, and so is the capacity of a service imported "
                    + "without one.")
    @ApiResponse(responseCode = "200", description = "What became of each organization: imported or refused, and why")
    ImportReport importDocument(@Valid @RequestBody HsdsImport document) {
        access.requireRole(StaffRole.ADMINISTRATION, "import into the provider directory");
        return importer.importFor(access.agencyId(), document, actor.id());
    }
}
