package org.casemgmt.intake.caseopening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.casemgmt.events.closure.v1.CaseClosed;
import org.casemgmt.events.closure.v1.CaseReopened;
import org.casemgmt.intake.assessment.Assessment;
import org.casemgmt.intake.assessment.Circumstances;
import org.casemgmt.intake.assessment.RiskLevel;
import org.casemgmt.intake.caseopening.CaseOpeningRules.OpeningDecision;
import org.casemgmt.intake.caseopening.IntakeRequests.AssessmentRecord;
import org.casemgmt.intake.caseopening.IntakeRequests.ConsentRecord;
import org.casemgmt.intake.caseopening.IntakeRequests.Start;
import org.casemgmt.intake.client.ClientLookup.ClientFacts;
import org.casemgmt.intake.client.ClientLookup;
import org.casemgmt.intake.consent.Consent;
import org.casemgmt.intake.consent.ConsentPolicy;
import org.casemgmt.intake.eligibility.Applicant;
import org.casemgmt.intake.eligibility.EligibilityDecision;
import org.casemgmt.intake.eligibility.EligibilityRules;
import org.casemgmt.intake.eligibility.ProgramTerms;
import org.casemgmt.intake.program.ProgramCatalog;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.inbox.EventInbox;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.persistence.ExpectedVersion;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

@Service
class IntakeService {

    private final IntakeRepository intakes;
    private final ClientLookup clients;
    private final ProgramCatalog programs;
    private final IntakeEvents events;
    private final Clock clock;
    private final EligibilityRules eligibilityRules = new EligibilityRules();
    private final ConsentPolicy consentPolicy = new ConsentPolicy();
    private final CaseOpeningRules openingRules = new CaseOpeningRules();
    private final CasePriorityRule priorityRule = new CasePriorityRule();

    private final StaffAccess access;

    private final EventInbox inbox;

    IntakeService(IntakeRepository intakes, ClientLookup clients, ProgramCatalog programs, IntakeEvents events,
                  Clock clock, StaffAccess access, EventInbox inbox) {
        this.access = access;
        this.inbox = inbox;
        this.intakes = intakes;
        this.clients = clients;
        this.programs = programs;
        this.events = events;
        this.clock = clock;
    }

    Intake start(Start start, String actor) {
        ClientFacts client = clients.find(start.clientId()).filter(found -> access.canSee(found.agencyId()))
                .orElseThrow(() -> new RuleViolationException(
                "unknown-client", "There is no client " + start.clientId() + "; register the client first."));
        if (client.erased()) {
            throw clientErased(client.clientId());
        }
        if (programs.termsOf(start.programId()).isEmpty()) {
            throw new RuleViolationException("unknown-program", "There is no program " + start.programId() + ".");
        }
        return intakes.save(Intake.start(UUID.randomUUID().toString(), client.clientId(), client.agencyId(),
                start.programId(), start.caseManager(), actor, clock.instant()));
    }

    /** The intake, if it is the caller's agency's; another agency's case is not found. */
    Intake get(String id) {
        Intake intake = intakes.findById(id).orElseThrow(() -> new ResourceNotFoundException("intake", id));
        return access.visible(intake, intake.getAgencyId(), "intake", id);
    }

    Page<Intake> list(IntakeFilter filter, Pageable pageable) {
        return intakes.findFiltered(access.agencyId(), filter, pageable);
    }

    Intake recordAssessment(String id, AssessmentRecord record, String actor) {
        Intake intake = changeable(id);
        ExpectedVersion.check("intake", id, intake.getVersion(), record.version());
        intake.recordAssessment(new Assessment(record.needs(), record.strengths(), record.risks(),
                record.circumstances(), record.documents(), actor, clock.instant()));
        return intakes.save(intake);
    }

    Intake evaluateEligibility(String id) {
        Intake intake = changeable(id);
        Instant now = clock.instant();
        intake.recordEligibility(eligibilityOf(intake, now), now);
        return intakes.save(intake);
    }

    /** Records the consent and {@code consent.granted} in one save. */
    Consent recordConsent(String id, ConsentRecord record, String actor) {
        Intake intake = changeable(id);
        Instant now = clock.instant();
        Consent consent = Consent.given(UUID.randomUUID().toString(), record.purpose(), record.sharedWithAgencyIds(),
                record.givenBy(), actor, record.givenAt() != null ? record.givenAt() : now, record.expiresAt());
        intake.recordConsent(consent);
        intake.publish(events.consentGranted(intake, consent));
        intakes.save(intake);
        return consent;
    }

    /** Records the withdrawal and {@code consent.withdrawn} in one save. */
    Consent withdrawConsent(String id, String consentId, String reason, String actor) {
        Intake intake = changeable(id);
        Consent withdrawn = intake.withdrawConsent(consentId, reason, actor, clock.instant());
        intake.publish(events.consentWithdrawn(intake, withdrawn));
        intakes.save(intake);
        return withdrawn;
    }

    /** The consent in force now that lets {@code agencyId} receive the client's data, if there is one. */
    Optional<Consent> consentCovering(String id, String agencyId) {
        Instant now = clock.instant();
        return get(id).getConsents().stream()
                .filter(consent -> consentPolicy.coversAgency(consent, agencyId, now))
                .findFirst();
    }

    /**
     * Opens the case when the client is eligible and a consent is in force ({@code case.opened}); otherwise
     * declines the intake with every reason ({@code intake.declined}). The decision and its event are one save.
     */
    Intake decide(String id, String actor) {
        Intake intake = changeable(id);
        intake.requireInProgress("open or decline");
        Instant now = clock.instant();
        EligibilityDecision eligibility = eligibilityOf(intake, now);
        intake.recordEligibility(eligibility, now);
        Optional<Consent> consent = consentPolicy.consentInForce(intake.getConsents(), now);
        OpeningDecision decision = openingRules.decide(eligibility, consent);
        if (decision.opens()) {
            Assessment assessment = intake.getAssessment();
            intake.open(priorityRule.priorityOf(assessment), assessment.highestRiskLevel().orElse(RiskLevel.LOW),
                    decision.consent(), actor, now);
            intake.publish(events.caseOpened(intake, decision.consent()));
        } else {
            intake.decline(decision.reasons(), actor, now);
            intake.publish(events.intakeDeclined(intake));
        }
        return intakes.save(intake);
    }

    void caseClosed(IncomingEvent<CaseClosed> event) {
        CaseClosed closed = event.data();
        inbox.apply(event, caseOf(closed.caseId()), AuditAction.UPDATE,
                intake -> intake.close(closed.reason(), closed.closedAt()), intakes::save);
    }

    void caseReopened(IncomingEvent<CaseReopened> event) {
        inbox.apply(event, caseOf(event.data().caseId()), AuditAction.UPDATE, Intake::reopen, intakes::save);
    }

    /** The intake, unless its client was erased: nothing new is recorded about an erased person. */
    private Intake changeable(String id) {
        Intake intake = get(id);
        if (intake.isClientErased() || clients.find(intake.getClientId()).map(ClientFacts::erased).orElse(false)) {
            throw clientErased(intake.getClientId());
        }
        return intake;
    }

    private static RuleViolationException clientErased(String clientId) {
        return new RuleViolationException("client-erased", "Client " + clientId + " was erased at their request; "
                + "nothing more can be recorded about them.");
    }

    private Intake caseOf(String caseId) {
        return intakes.findById(caseId).orElseThrow(() -> new IllegalStateException(
                "No intake or case " + caseId + " is known here"));
    }

    private EligibilityDecision eligibilityOf(Intake intake, Instant now) {
        ProgramTerms terms = programs.termsOf(intake.getProgramId()).orElseThrow(() -> new IllegalStateException(
                "program " + intake.getProgramId() + " of intake " + intake.getId() + " no longer exists"));
        ClientFacts client = clients.find(intake.getClientId()).orElseThrow(() -> new IllegalStateException(
                "client " + intake.getClientId() + " of intake " + intake.getId() + " no longer exists"));
        return eligibilityRules.evaluate(terms, applicant(intake.getAssessment(), client),
                LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    /** The assessment's circumstances come first; the client record fills in what the assessment left out. */
    private static Applicant applicant(Assessment assessment, ClientFacts client) {
        if (assessment == null) {
            return new Applicant(client.birthDate(), client.residencyArea(), null, null);
        }
        Circumstances circumstances = assessment.circumstances();
        String area = circumstances != null && circumstances.residencyArea() != null
                ? circumstances.residencyArea() : client.residencyArea();
        return new Applicant(client.birthDate(), area, circumstances == null ? null : circumstances.monthlyIncome(),
                assessment.domainsInNeed());
    }
}
