package org.casemgmt.intake.caseopening;

import java.net.URI;
import java.time.Instant;

import org.casemgmt.intake.caseopening.IntakeRequests.AssessmentRecord;
import org.casemgmt.intake.caseopening.IntakeRequests.ConsentRecord;
import org.casemgmt.intake.caseopening.IntakeRequests.Start;
import org.casemgmt.intake.caseopening.IntakeRequests.Withdrawal;
import org.casemgmt.intake.caseopening.IntakeResponse.Eligibility;
import org.casemgmt.intake.consent.Consent;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/intake/intakes")
@Tag(name = "Intakes", description = "Assessment, eligibility, consent and the decision to open a case")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
class IntakeController {

    private final IntakeService intakes;
    private final CurrentActor actor;
    private final StaffAccess access;

    IntakeController(IntakeService intakes, CurrentActor actor, StaffAccess access) {
        this.intakes = intakes;
        this.actor = actor;
        this.access = access;
    }

    @PostMapping
    @Audited(resource = "intake", action = AuditAction.CREATE)
    @Operation(operationId = "startIntake", summary = "Start an intake for a registered client and a program")
    @ApiResponse(responseCode = "201", description = "The intake, started")
    @ApiResponse(responseCode = "409", description = "`unknown-client`: no such client in the caller's agency; "
            + "`client-erased`: the client was erased; `unknown-program`: no such program")
    ResponseEntity<IntakeResponse> start(@Valid @RequestBody Start start) {
        access.requireRole(StaffRole.CASE_WORK, "work on intakes");
        Intake intake = intakes.start(start, actor.id());
        return ResponseEntity.created(location(intake.getId())).body(IntakeResponse.of(intake));
    }

    @GetMapping("/{id}")
    @Audited(resource = "intake", action = AuditAction.READ, idParam = "id")
    @Operation(operationId = "getIntake", summary = "Read an intake (its id is the case id once the case is opened)")
    @ApiResponse(responseCode = "200", description = "The intake")
    @ApiResponse(responseCode = "404", description = "No intake with this id in the caller's agency")
    IntakeResponse get(@PathVariable String id) {
        access.requireRole(StaffRole.CASE_READING, "read intakes");
        return IntakeResponse.of(intakes.get(id));
    }

    @GetMapping
    @Audited(resource = "intake", action = AuditAction.READ, operation = "list",
            recordValuesOf = {"status", "clientId", "startedFrom", "startedTo", "page", "size", "sort"})
    @Operation(operationId = "listIntakes",
            summary = "List the agency's intakes, filtered by status, client and start date range, newest first")
    @ApiResponse(responseCode = "200", description = "A page of intakes")
    PagedModel<IntakeResponse> list(@ParameterObject IntakeFilter filter,
                                    @ParameterObject
                                    @PageableDefault(size = 20, sort = "startedAt", direction = Sort.Direction.DESC)
                                    Pageable pageable) {
        access.requireRole(StaffRole.CASE_READING, "read intakes");
        return new PagedModel<>(intakes.list(filter, pageable).map(IntakeResponse::of));
    }

    @PutMapping("/{id}/assessment")
    @Audited(resource = "intake", action = AuditAction.UPDATE, operation = "record-assessment", idParam = "id")
    @Operation(operationId = "recordAssessment", summary = "Record the initial assessment: needs by life domain, "
            + "strengths, risks, circumstances, documents",
            description = "Replaces any earlier assessment. A stale version answers 409.")
    @ApiResponse(responseCode = "200", description = "The intake with the assessment")
    @ApiResponse(responseCode = "404", description = "No intake with this id in the caller's agency")
    @ApiResponse(responseCode = "409", description = "`intake-already-decided`; `client-erased`: the client was erased")
    IntakeResponse recordAssessment(@PathVariable String id, @Valid @RequestBody AssessmentRecord assessment) {
        access.requireRole(StaffRole.CASE_WORK, "work on intakes");
        return IntakeResponse.of(intakes.recordAssessment(id, assessment, actor.id()));
    }

    @PostMapping("/{id}/eligibility")
    @Audited(resource = "intake", action = AuditAction.UPDATE, operation = "evaluate-eligibility", idParam = "id")
    @Operation(operationId = "evaluateEligibility", summary = "Evaluate eligibility against the program",
            description = "Answers every failed rule with an explanation for the client; kept on the intake.")
    @ApiResponse(responseCode = "200", description = "Eligible, or every failed rule")
    @ApiResponse(responseCode = "404", description = "No intake with this id in the caller's agency")
    @ApiResponse(responseCode = "409", description = "`intake-already-decided`; `client-erased`: the client was erased")
    Eligibility evaluateEligibility(@PathVariable String id) {
        access.requireRole(StaffRole.CASE_WORK, "work on intakes");
        return Eligibility.of(intakes.evaluateEligibility(id));
    }

    @PostMapping("/{id}/consents")
    @Audited(resource = "intake", action = AuditAction.UPDATE, operation = "record-consent", idParam = "id")
    @Operation(operationId = "recordConsent", summary = "Record the client's informed consent",
            description = "Publishes consent.granted.")
    @ApiResponse(responseCode = "201", description = "The consent, recorded")
    @ApiResponse(responseCode = "404", description = "No intake with this id in the caller's agency")
    @ApiResponse(responseCode = "409", description = "`intake-not-active`: the intake was declined or the case "
            + "closed; `client-erased`: the client was erased")
    ResponseEntity<Consent> recordConsent(@PathVariable String id, @Valid @RequestBody ConsentRecord consent) {
        access.requireRole(StaffRole.CASE_WORK, "work on intakes");
        Consent recorded = intakes.recordConsent(id, consent, actor.id());
        return ResponseEntity.created(URI.create(location(id) + "/consents/" + recorded.id())).body(recorded);
    }

    @PostMapping("/{id}/consents/{consentId}/withdrawal")
    @Audited(resource = "intake", action = AuditAction.UPDATE, operation = "withdraw-consent", idParam = "id")
    @Operation(operationId = "withdrawConsent", summary = "Withdraw a consent",
            description = "Publishes consent.withdrawn.")
    @ApiResponse(responseCode = "200", description = "The consent, withdrawn")
    @ApiResponse(responseCode = "404", description = "No such intake in the caller's agency, or no such consent on it")
    @ApiResponse(responseCode = "409", description = "`consent-already-withdrawn`; `client-erased`: the client was "
            + "erased")
    Consent withdrawConsent(@PathVariable String id, @PathVariable String consentId,
                            @Valid @RequestBody(required = false) Withdrawal withdrawal) {
        access.requireRole(StaffRole.CASE_WORK, "work on intakes");
        return intakes.withdrawConsent(id, consentId, withdrawal == null ? null : withdrawal.reason(), actor.id());
    }

    @GetMapping("/{id}/consent-coverage")
    @Audited(resource = "intake", action = AuditAction.READ, operation = "consent-coverage", idParam = "id",
            recordValuesOf = "agencyId")
    @Operation(operationId = "getConsentCoverage",
            summary = "Whether a consent in force lets an agency receive the client's data",
            description = "What a referral must check before sharing the client with another agency.")
    @ApiResponse(responseCode = "200", description = "Covered, and by which consent, or not")
    @ApiResponse(responseCode = "404", description = "No intake with this id in the caller's agency")
    ConsentCoverage consentCoverage(@PathVariable String id, @RequestParam String agencyId) {
        access.requireRole(StaffRole.CASE_READING, "read intakes");
        return intakes.consentCovering(id, agencyId)
                .map(consent -> new ConsentCoverage(agencyId, true, consent.id(), consent.expiresAt()))
                .orElseGet(() -> new ConsentCoverage(agencyId, false, null, null));
    }

    @PostMapping("/{id}/decision")
    @Audited(resource = "intake", action = AuditAction.UPDATE, operation = "decide", idParam = "id")
    @Operation(operationId = "decideIntake", summary = "Open the case, or decline the intake",
            description = "Opens the case (case.opened) when the client is eligible and a consent is in force; "
                    + "otherwise declines it (intake.declined) with every reason. 409 if already decided.")
    @ApiResponse(responseCode = "200", description = "The intake, OPENED or DECLINED")
    @ApiResponse(responseCode = "404", description = "No intake with this id in the caller's agency")
    @ApiResponse(responseCode = "409", description = "`intake-already-decided`; `client-erased`: the client was erased")
    IntakeResponse decide(@PathVariable String id) {
        access.requireRole(StaffRole.CASE_WORK, "work on intakes");
        return IntakeResponse.of(intakes.decide(id, actor.id()));
    }

    /** @param consentId the consent that covers the agency; null when none does */
    record ConsentCoverage(String agencyId, boolean covered, String consentId, Instant expiresAt) {
    }

    private static URI location(String id) {
        return URI.create("/api/intake/intakes/" + id);
    }
}
