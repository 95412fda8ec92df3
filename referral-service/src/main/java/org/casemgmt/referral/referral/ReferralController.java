package org.casemgmt.referral.referral;

import java.net.URI;
import java.util.EnumSet;
import java.util.Set;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/referral/referrals")
@Tag(name = "Referrals", description = "Closed-loop referrals with FHIR Task statuses: requested by the case's "
        + "agency, answered by the provider's, with a response deadline")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
class ReferralController {

    private static final String REFERRAL = "/{id}";
    private static final String RESOURCE = "referral";
    private static final Set<StaffRole> READERS = EnumSet.of(StaffRole.CASE_WORKER, StaffRole.SUPERVISOR,
            StaffRole.AGENCY_ADMIN, StaffRole.PROVIDER);

    private final ReferralService referrals;
    private final StaffAccess access;

    ReferralController(ReferralService referrals, StaffAccess access) {
        this.referrals = referrals;
        this.access = access;
    }

    record NewReferral(@NotBlank String caseId, @NotBlank String goalId, @NotBlank String serviceId,
                       @Size(max = 2000) String note) {
    }

    record Step(@NotNull Long version, @Size(max = 2000) String note) {
    }

    record Decline(@NotNull Long version, @NotNull DeclineReason reason, @Size(max = 2000) String note) {
    }

    record Completion(@NotNull Long version, @NotNull Outcome outcome, @Size(max = 2000) String note) {
    }

    record Failure(@NotNull Long version, @NotNull Outcome reason, @Size(max = 2000) String note) {
    }

    record Reroute(@NotNull Long version, String serviceId, @Size(max = 2000) String note) {
    }

    @PostMapping
    @Audited(resource = RESOURCE, action = AuditAction.CREATE, caseIdProperty = "caseId")
    @Operation(operationId = "requestReferral", summary = "Refer the client to a service for a goal of the plan",
            description = "Checks the client's consent covers the service's agency now and holds a unit of its "
                    + "capacity; the provider must answer by `respondBy`, set from the case's priority. `note` is "
                    + "what the provider reads (encrypted, shown to them only while the consent covers them). "
                    + "Publishes referral.requested and capacity.changed.")
    @ApiResponse(responseCode = "201", description = "The referral, requested")
    @ApiResponse(responseCode = "404", description = "No opened case, goal or service with this id")
    @ApiResponse(responseCode = "409", description = "`no-consent`, `consent-does-not-cover-agency`, "
            + "`consent-expired`, `consent-withdrawn`: the client's consent does not allow it; `no-capacity`; "
            + "`service-not-active`; `service-does-not-match-goal`; `goal-abandoned`; `already-referred`; "
            + "`case-closed`: the case is closed until it is re-opened")
    ResponseEntity<ReferralView> request(@Valid @RequestBody NewReferral request) {
        access.requireRole(StaffRole.CASE_WORK, "refer clients");
        Referral referral = referrals.request(request.caseId(), request.goalId(), request.serviceId(),
                request.note(), null);
        return ResponseEntity.created(URI.create("/api/referral/referrals/" + referral.getId()))
                .body(ReferralView.forRequester(referral));
    }

    @GetMapping
    @Audited(resource = RESOURCE, action = AuditAction.READ, operation = "list", caseIdParam = "caseId",
            recordValuesOf = {"caseId", "status", "escalated", "page", "size", "sort"})
    @Operation(operationId = "listReferrals", summary = "List referrals, newest first",
            description = "PROVIDER staff get the referrals addressed to their agency; the case's agency gets its "
                    + "own, by case, or only the escalated ones.")
    @ApiResponse(responseCode = "200", description = "A page of referrals")
    PagedModel<ReferralView> list(@Valid @ParameterObject ReferralFilter filter,
                                  @ParameterObject @PageableDefault(size = 20, sort = "requestedAt",
                                          direction = Sort.Direction.DESC) Pageable pageable) {
        access.requireRole(READERS, "read referrals");
        return new PagedModel<>(referrals.list(filter, pageable).map(this::view));
    }

    @GetMapping(REFERRAL)
    @Audited(resource = RESOURCE, action = AuditAction.READ, idParam = "id", caseIdProperty = "caseId")
    @Operation(operationId = "getReferral", summary = "Read a referral",
            description = "The provider's view leaves out the client id, and the case worker's note once the "
                    + "client's consent no longer covers the provider's agency.")
    @ApiResponse(responseCode = "200", description = "The referral")
    @ApiResponse(responseCode = "404", description = "No referral with this id for the caller's agency")
    ReferralView get(@PathVariable String id) {
        access.requireRole(READERS, "read referrals");
        return view(referrals.get(id));
    }

    @PostMapping(REFERRAL + "/accept")
    @Audited(resource = RESOURCE, action = AuditAction.UPDATE, operation = "accept", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "acceptReferral", summary = "Accept a referral (provider)",
            description = "The held unit becomes occupied and the accepting person joins the client's care team. "
                    + "Publishes referral.accepted, care-team.changed and capacity.changed.")
    @ApiResponse(responseCode = "200", description = "The referral, accepted")
    @ApiResponse(responseCode = "409", description = "`transition-not-allowed`; `consent-expired`: the client's "
            + "consent no longer covers the provider; or a stale `version`")
    ReferralView accept(@PathVariable String id, @Valid @RequestBody Step step) {
        return view(referrals.accept(id, step.version()));
    }

    @PostMapping(REFERRAL + "/decline")
    @Audited(resource = RESOURCE, action = AuditAction.UPDATE, operation = "decline", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "declineReferral", summary = "Decline a referral with a reason (provider)",
            description = "Status `rejected`; the held unit is released. Publishes referral.declined.")
    @ApiResponse(responseCode = "200", description = "The referral, rejected")
    @ApiResponse(responseCode = "409", description = "`transition-not-allowed`, or a stale `version`")
    ReferralView decline(@PathVariable String id, @Valid @RequestBody Decline decline) {
        return view(referrals.decline(id, decline.version(), decline.reason(), decline.note()));
    }

    @PostMapping(REFERRAL + "/start")
    @Audited(resource = RESOURCE, action = AuditAction.UPDATE, operation = "start", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "startReferral", summary = "Start the service (provider): status in-progress",
            description = "Publishes referral.started.")
    @ApiResponse(responseCode = "200", description = "The referral, in progress")
    @ApiResponse(responseCode = "409", description = "`transition-not-allowed`, or a stale `version`")
    ReferralView start(@PathVariable String id, @Valid @RequestBody Step step) {
        return view(referrals.step(id, step.version(), ReferralAction.START, step.note()));
    }

    @PostMapping(REFERRAL + "/pause")
    @Audited(resource = RESOURCE, action = AuditAction.UPDATE, operation = "pause", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "pauseReferral", summary = "Put the service on hold (provider)",
            description = "Publishes referral.paused.")
    @ApiResponse(responseCode = "200", description = "The referral, on hold")
    @ApiResponse(responseCode = "409", description = "`transition-not-allowed`, or a stale `version`")
    ReferralView pause(@PathVariable String id, @Valid @RequestBody Step step) {
        return view(referrals.step(id, step.version(), ReferralAction.PAUSE, step.note()));
    }

    @PostMapping(REFERRAL + "/resume")
    @Audited(resource = RESOURCE, action = AuditAction.UPDATE, operation = "resume", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "resumeReferral", summary = "Resume a service on hold (provider)",
            description = "Status in-progress again; publishes referral.started.")
    @ApiResponse(responseCode = "200", description = "The referral, in progress")
    @ApiResponse(responseCode = "409", description = "`transition-not-allowed`, or a stale `version`")
    ReferralView resume(@PathVariable String id, @Valid @RequestBody Step step) {
        return view(referrals.step(id, step.version(), ReferralAction.RESUME, step.note()));
    }

    @PostMapping(REFERRAL + "/complete")
    @Audited(resource = RESOURCE, action = AuditAction.UPDATE, operation = "complete", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "completeReferral", summary = "Record the outcome and close the loop (provider)",
            description = "`outcome`: got-help, not-eligible, no-capacity, could-not-contact, "
                    + "no-longer-interested, referred-elsewhere, could-not-get-help. The provider leaves the care "
                    + "team. Publishes referral.completed.")
    @ApiResponse(responseCode = "200", description = "The referral, completed")
    @ApiResponse(responseCode = "409", description = "`transition-not-allowed`, or a stale `version`")
    ReferralView complete(@PathVariable String id, @Valid @RequestBody Completion completion) {
        return view(referrals.complete(id, completion.version(), completion.outcome(), completion.note()));
    }

    @PostMapping(REFERRAL + "/fail")
    @Audited(resource = RESOURCE, action = AuditAction.UPDATE, operation = "fail", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "failReferral", summary = "Record that the service could not be delivered (provider)",
            description = "`reason` takes the outcome codes. Publishes referral.failed.")
    @ApiResponse(responseCode = "200", description = "The referral, failed")
    @ApiResponse(responseCode = "409", description = "`transition-not-allowed`, or a stale `version`")
    ReferralView fail(@PathVariable String id, @Valid @RequestBody Failure failure) {
        return view(referrals.fail(id, failure.version(), failure.reason(), failure.note()));
    }

    @PostMapping(REFERRAL + "/cancel")
    @Audited(resource = RESOURCE, action = AuditAction.UPDATE, operation = "cancel", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "cancelReferral", summary = "Cancel a referral (case's agency)",
            description = "Reason `requester-cancelled`; an unanswered referral's unit is released. Publishes "
                    + "referral.cancelled.")
    @ApiResponse(responseCode = "200", description = "The referral, cancelled")
    @ApiResponse(responseCode = "409", description = "`transition-not-allowed`, or a stale `version`")
    ReferralView cancel(@PathVariable String id, @Valid @RequestBody Step step) {
        return view(referrals.cancel(id, step.version(), step.note()));
    }

    @PostMapping(REFERRAL + "/entered-in-error")
    @Audited(resource = RESOURCE, action = AuditAction.UPDATE, operation = "entered-in-error", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "markReferralEnteredInError", summary = "Mark a referral as made in error",
            description = "Publishes referral.entered-in-error.")
    @ApiResponse(responseCode = "200", description = "The referral, entered-in-error")
    @ApiResponse(responseCode = "409", description = "`transition-not-allowed`, or a stale `version`")
    ReferralView markEnteredInError(@PathVariable String id, @Valid @RequestBody Step step) {
        return view(referrals.markEnteredInError(id, step.version(), step.note()));
    }

    @PostMapping(REFERRAL + "/reroute")
    @Audited(resource = RESOURCE, action = AuditAction.CREATE, operation = "reroute", caseIdProperty = "caseId")
    @Operation(operationId = "rerouteReferral", summary = "Re-route a declined or expired referral",
            description = "Refers the client for the same goal to `serviceId`, or, without one, to the best-ranked "
                    + "service that can take a referral now and was not tried for this goal. The new referral "
                    + "names the one it replaces.")
    @ApiResponse(responseCode = "201", description = "The new referral, requested")
    @ApiResponse(responseCode = "409", description = "`not-reroutable`, `already-rerouted`, "
            + "`no-provider-to-reroute-to`, or any refusal of a new referral")
    ResponseEntity<ReferralView> reroute(@PathVariable String id, @Valid @RequestBody Reroute reroute) {
        Referral referral = referrals.reroute(id, reroute.version(), reroute.serviceId(), reroute.note());
        return ResponseEntity.created(URI.create("/api/referral/referrals/" + referral.getId()))
                .body(ReferralView.forRequester(referral));
    }

    private ReferralView view(Referral referral) {
        return referrals.isProvider() ? ReferralView.forProvider(referral, referrals.consentStillCovers(referral))
                : ReferralView.forRequester(referral);
    }
}
