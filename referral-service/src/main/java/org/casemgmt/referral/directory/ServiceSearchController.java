package org.casemgmt.referral.directory;

import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.referral.directory.DirectoryForms.CapacityForm;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/referral/services")
@Tag(name = "Services", description = "Finding services for a client, and their live capacity")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
class ServiceSearchController {

    private final ServiceDirectory directory;
    private final DirectoryAdmin admin;
    private final StaffAccess access;

    ServiceSearchController(ServiceDirectory directory, DirectoryAdmin admin, StaffAccess access) {
        this.directory = directory;
        this.admin = admin;
        this.access = access;
    }

    @GetMapping
    @Operation(operationId = "searchServices",
            summary = "Find the services that offer a service type, in a language, in an area, for an age",
            description = "Every filter is optional; a service meets all those given. Each service comes with its "
                    + "organization, the platform agency that answers for it and its capacity now (offerable: the "
                    + "units a new referral may still take).")
    @ApiResponse(responseCode = "200", description = "A page of services, by name")
    PagedModel<ServiceListing> search(
            @Parameter(description = "A platform service type it offers, e.g. HOUSING_SEARCH")
            @RequestParam(name = "service_type", required = false) String serviceType,
            @Parameter(description = "An ISO 639 code of a language it is delivered in, e.g. pl")
            @RequestParam(required = false) String language,
            @Parameter(description = "The name of an area it covers, e.g. north-district")
            @RequestParam(required = false) String area,
            @Parameter(description = "An age it serves")
            @RequestParam(required = false) @Min(0) @Max(150) Integer age,
            @ParameterObject @PageableDefault(size = 20, sort = "profile.name") Pageable pageable) {
        access.requireRole(DirectoryRoles.READING, "search the provider directory");
        return new PagedModel<>(directory.search(new ServiceQuery(serviceType, language, area, age), pageable));
    }

    @PutMapping("/{id}/capacity")
    @Operation(operationId = "reportCapacity", summary = "Report a service's capacity now",
            description = "By the provider's staff (PROVIDER of the service's organization's agency) or that "
                    + "agency's administrators. Replaces the unit, counts, status and notes; the units that "
                    + "referrals hold stay held, so offerable = max(0, available - held). Publishes "
                    + "capacity.changed, keyed by the service id.")
    @ApiResponse(responseCode = "200", description = "The capacity as it now stands")
    @ApiResponse(responseCode = "403", description = "`not-this-providers-service`: the service is another "
            + "agency's; or `role-not-permitted`")
    @ApiResponse(responseCode = "404", description = "No service with this id")
    Capacity reportCapacity(@PathVariable String id, @Valid @RequestBody CapacityForm form) {
        access.requireRole(DirectoryRoles.CAPACITY_REPORTING, "report a service's capacity");
        return Capacity.of(admin.reportCapacity(id, form).getCapacity());
    }
}
