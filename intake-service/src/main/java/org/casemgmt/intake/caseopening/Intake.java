package org.casemgmt.intake.caseopening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casemgmt.intake.assessment.Assessment;
import org.casemgmt.intake.assessment.RiskLevel;
import org.casemgmt.intake.consent.Consent;
import org.casemgmt.intake.eligibility.EligibilityDecision;
import org.casemgmt.intake.eligibility.FailedRule;
import org.casemgmt.platform.inbox.AppliesEvents;
import org.casemgmt.platform.inbox.ProcessedEventIds;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One client's way into a program: assessment, eligibility, consent and the decision. Its id becomes the case id
 * when the case opens. Each state change and the event announcing it are saved together (the outbox), and the
 * ids of the closure events applied to it are kept in the same document, so a redelivery changes nothing.
 */
@Document("intakes")
class Intake implements HasOutbox, AppliesEvents {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String clientId;
    @Indexed
    private String agencyId;
    private String programId;
    private String caseManager;
    @Indexed
    private IntakeStatus status;
    @Indexed
    private Instant startedAt;
    private String startedBy;

    private Assessment assessment;
    private EligibilityDecision eligibility;
    private Instant eligibilityEvaluatedAt;
    private List<Consent> consents = new ArrayList<>();

    private CasePriority priority;
    private RiskLevel riskLevel;
    private String openedUnderConsentId;
    private List<FailedRule> declineReasons = new ArrayList<>();
    private Instant decidedAt;
    private String decidedBy;
    private Instant closedAt;
    private String closureReason;

    /**
     * Read after the client's key was destroyed: what was written about the client reads as null. Statuses,
     * priorities, domains, severities, numbers and dates stay for the statistics.
     */
    private boolean clientErased;

    private ProcessedEventIds processedEvents = new ProcessedEventIds();
    private List<PendingEvent> outbox = new ArrayList<>();

    Intake() {
    }

    static Intake start(String id, String clientId, String agencyId, String programId, String caseManager,
                        String startedBy, Instant at) {
        Intake intake = new Intake();
        intake.id = id;
        intake.clientId = clientId;
        intake.agencyId = agencyId;
        intake.programId = programId;
        intake.caseManager = caseManager;
        intake.status = IntakeStatus.IN_PROGRESS;
        intake.startedBy = startedBy;
        intake.startedAt = at;
        return intake;
    }

    void recordAssessment(Assessment newAssessment) {
        requireInProgress("record an assessment for");
        assessment = newAssessment;
    }

    void recordEligibility(EligibilityDecision decision, Instant at) {
        requireInProgress("evaluate the eligibility of");
        eligibility = decision;
        eligibilityEvaluatedAt = at;
    }

    void recordConsent(Consent consent) {
        if (status != IntakeStatus.IN_PROGRESS && status != IntakeStatus.OPENED) {
            throw new RuleViolationException("intake-not-active", "Intake " + id + " is " + status
                    + "; consent can be recorded only while the intake is in progress or the case is open.");
        }
        consents.add(consent);
    }

    Consent withdrawConsent(String consentId, String reason, String recordedBy, Instant at) {
        int index = indexOfConsent(consentId);
        Consent current = consents.get(index);
        if (current.isWithdrawn()) {
            throw new RuleViolationException("consent-already-withdrawn", "Consent " + consentId
                    + " was already withdrawn at " + current.withdrawal().withdrawnAt() + ".");
        }
        Consent withdrawn = current.withdraw(reason, recordedBy, at);
        consents.set(index, withdrawn);
        return withdrawn;
    }

    void open(CasePriority casePriority, RiskLevel caseRiskLevel, Consent openedUnder, String actor, Instant at) {
        requireInProgress("open");
        status = IntakeStatus.OPENED;
        priority = casePriority;
        riskLevel = caseRiskLevel;
        openedUnderConsentId = openedUnder.id();
        decidedBy = actor;
        decidedAt = at;
    }

    void decline(List<FailedRule> reasons, String actor, Instant at) {
        requireInProgress("decline");
        status = IntakeStatus.DECLINED;
        declineReasons = new ArrayList<>(reasons);
        decidedBy = actor;
        decidedAt = at;
    }

    /** The case was closed (by closure). */
    void close(String reason, Instant at) {
        if (status != IntakeStatus.OPENED && status != IntakeStatus.CLOSED) {
            throw new IllegalStateException("case " + id + " is " + status + " and cannot be closed");
        }
        status = IntakeStatus.CLOSED;
        closedAt = at;
        closureReason = reason;
    }

    /** The case was re-opened (by closure). */
    void reopen() {
        if (status != IntakeStatus.CLOSED && status != IntakeStatus.OPENED) {
            throw new IllegalStateException("case " + id + " is " + status + " and cannot be re-opened");
        }
        status = IntakeStatus.OPENED;
        closedAt = null;
        closureReason = null;
    }

    @Override
    public ProcessedEventIds processedEvents() {
        return processedEvents;
    }

    /** Filed under the case, which an intake becomes: its id is the case id. */
    @Override
    public RecordOnFile recordOnFile() {
        return new RecordOnFile("intake", id, id, agencyId);
    }

    void publish(PendingEvent event) {
        outbox.add(event);
    }

    void requireInProgress(String action) {
        if (status != IntakeStatus.IN_PROGRESS) {
            String when = decidedAt == null ? "" : " at " + decidedAt;
            throw new RuleViolationException("intake-already-decided", "Cannot " + action + " intake " + id
                    + ": it was already " + status + when + ".");
        }
    }

    private int indexOfConsent(String consentId) {
        for (int i = 0; i < consents.size(); i++) {
            if (consents.get(i).id().equals(consentId)) {
                return i;
            }
        }
        throw new ResourceNotFoundException("consent", consentId);
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }

    String getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getClientId() {
        return clientId;
    }

    String getAgencyId() {
        return agencyId;
    }

    String getProgramId() {
        return programId;
    }

    String getCaseManager() {
        return caseManager;
    }

    IntakeStatus getStatus() {
        return status;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    String getStartedBy() {
        return startedBy;
    }

    Assessment getAssessment() {
        return assessment;
    }

    EligibilityDecision getEligibility() {
        return eligibility;
    }

    Instant getEligibilityEvaluatedAt() {
        return eligibilityEvaluatedAt;
    }

    List<Consent> getConsents() {
        return consents;
    }

    CasePriority getPriority() {
        return priority;
    }

    RiskLevel getRiskLevel() {
        return riskLevel;
    }

    String getOpenedUnderConsentId() {
        return openedUnderConsentId;
    }

    List<FailedRule> getDeclineReasons() {
        return declineReasons;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    String getClosureReason() {
        return closureReason;
    }

    boolean isClientErased() {
        return clientErased;
    }
}
