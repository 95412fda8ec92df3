package org.casemgmt.platform.audit;

import java.time.LocalDate;

import org.casemgmt.events.audit.v1.AuditRecorded;
import org.casemgmt.platform.persistence.FilterQuery;
import org.casemgmt.platform.web.CurrentActor;
import org.casemgmt.platform.domain.NotPermittedException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The auditor's view of this service's trail, under {@code casemgmt.audit.base-path} (e.g.
 * {@code /api/intake/audit}, routed by the gateway like the service's other paths). Auditors only: anyone else is
 * answered 403 {@code audit-not-permitted}. The entries are the auditor's agency's; the verification covers the
 * whole trail, every lane, since the hashes link every agency's entries.
 */
@RestController
@RequestMapping("${casemgmt.audit.base-path}")
@Tag(name = "Audit trail", description = "Who read or changed which record, for the agency's auditors")
@ApiResponse(responseCode = "403", description = "Only an auditor may read the audit trail (`audit-not-permitted`)")
class AuditController {

    static final String AUDITOR = "AUDITOR";
    private static final int MAX_PAGE_SIZE = 500;

    private final MongoTemplate mongo;
    private final AuditTrail trail;
    private final CurrentActor currentActor;

    AuditController(MongoTemplate mongo, AuditTrail trail, CurrentActor currentActor) {
        this.mongo = mongo;
        this.trail = trail;
        this.currentActor = currentActor;
    }

    /**
     * Entries in the order they were recorded, by time (the trail's lanes are chained each on its own, see
     * {@link AuditTrail}), entries of the same millisecond by lane and sequence; every filter optional, dates are UTC
     * days, both inclusive.
     */
    @GetMapping("/entries")
    @Operation(operationId = "listAuditEntries", summary = "List the audit trail's entries about the agency's records",
            description = "In the order they were recorded (by time; entries of the same millisecond by lane and "
                    + "sequence); every filter optional, dates are UTC days, both inclusive.")
    @ApiResponse(responseCode = "200", description = "A page of entries")
    PagedModel<AuditRecorded> entries(@RequestParam(required = false) String resourceType,
                                      @RequestParam(required = false) String resourceId,
                                      @RequestParam(required = false) String actor,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate to,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        requireAuditor();
        PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE_SIZE),
                Sort.by(Sort.Direction.ASC, "occurredAt", "_id"));
        return new PagedModel<>(new FilterQuery()
                .matching(ofAgency(currentActor.agencyId()))
                .equalTo("resourceType", resourceType)
                .equalTo("resourceId", resourceId)
                .equalTo("actorId", actor)
                .onDays("occurredAt", from, to)
                .page(mongo, pageable, AuditEntry.class)
                .map(AuditEntry::toEvent));
    }

    /** Every lane checked: intact with the number of entries and lanes, or the first broken link. */
    @GetMapping("/verification")
    @Operation(operationId = "verifyAuditTrail", summary = "Check every chain (lane) of the audit trail",
            description = "Intact with the number of entries and lanes, or its first broken link.")
    @ApiResponse(responseCode = "200", description = "The verification")
    ChainVerification verification() {
        requireAuditor();
        return trail.verify();
    }

    /**
     * An auditor sees the accesses to their agency's records, refused looks by other agencies' staff included, and
     * what their agency's staff did where no record was reached (a list, a refusal by role, an id that does not exist).
     */
    private static Criteria ofAgency(String agencyId) {
        return new Criteria().orOperator(Criteria.where("recordAgencyId").is(agencyId),
                Criteria.where("recordAgencyId").isNull().and("agencyId").is(agencyId));
    }

    private void requireAuditor() {
        if (!currentActor.hasRole(AUDITOR)) {
            throw new NotPermittedException("audit-not-permitted", "Only an auditor may read the audit trail.");
        }
    }
}
