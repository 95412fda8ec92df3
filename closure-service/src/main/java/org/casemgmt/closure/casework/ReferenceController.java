package org.casemgmt.closure.casework;

import java.util.Arrays;
import java.util.List;

import org.casemgmt.closure.destination.ExitDestination;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The lists a closure form offers: the agency's closure reasons and the HMIS exit destinations. Not personal data. */
@RestController
@Tag(name = "Reference", description = "Closure reasons and exit destinations")
class ReferenceController {

    private final ClosurePolicies policies;

    ReferenceController(ClosurePolicies policies) {
        this.policies = policies;
    }

    record Destination(int code, String category, String label) {
    }

    @GetMapping("/api/closure/closure-reasons")
    @Operation(operationId = "listClosureReasons", summary = "The agency's closure reasons")
    @ApiResponse(responseCode = "200", description = "The reasons, as codes")
    List<String> reasons() {
        return policies.reasons();
    }

    @GetMapping("/api/closure/exit-destinations")
    @Operation(operationId = "listExitDestinations", summary = "The exit destinations (HUD HMIS 3.12 living "
            + "situation codes) with their categories")
    @ApiResponse(responseCode = "200", description = "The destinations")
    List<Destination> destinations() {
        return Arrays.stream(ExitDestination.values())
                .map(d -> new Destination(d.code(), d.category().name(), d.label())).toList();
    }
}
