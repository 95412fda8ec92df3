package org.casemgmt.referral.casefile;

import org.casemgmt.platform.consent.ClientConsents;
import org.casemgmt.platform.consent.ConsentRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.inbox.AppliesEvents;
import org.casemgmt.platform.inbox.ProcessedEventIds;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What referral knows of a case from the other stages: who owns it and how urgent it is (case.opened), the client's
 * consents (case.opened, consent.granted, consent.withdrawn) and the goals of the approved plan (goal.set,
 * goal.revised, goal.achieved, goal.abandoned). Those events travel on different topics and may arrive in any order, so the file
 * is started by whichever comes first; the case counts as known once case.opened has arrived.
 */
@Document("case_files")
public class CaseFile implements AppliesEvents {

    @Id
    private String caseId;
    @Version
    private Long version;
    @Indexed
    private String clientId;
    private String agencyId;
    private String programId;
    private String priority;
    private String caseManager;
    private Instant openedAt;
    private ClientConsents consents = new ClientConsents();
    private List<CaseGoal> goals = new ArrayList<>();
    private boolean clientErased;
    private ProcessedEventIds processedEvents = new ProcessedEventIds();

    CaseFile() {
    }

    static CaseFile started(String caseId) {
        CaseFile file = new CaseFile();
        file.caseId = caseId;
        return file;
    }

    void opened(String clientId, String agencyId, String programId, String priority, String caseManager,
                ConsentRecord consentInForce, Instant openedAt) {
        this.clientId = clientId;
        this.agencyId = agencyId;
        this.programId = programId;
        this.priority = priority;
        this.caseManager = caseManager;
        this.openedAt = openedAt;
        if (consentInForce != null) {
            consentGranted(clientId, consentInForce);
        }
    }

    void consentGranted(String clientId, ConsentRecord consent) {
        if (this.clientId == null) {
            this.clientId = clientId;
        }
        consents.granted(consent);
    }

    void consentWithdrawn(String clientId, String consentId, Instant at) {
        if (this.clientId == null) {
            this.clientId = clientId;
        }
        consents.withdrawn(consentId, at);
    }

    void goalSet(CaseGoal goal) {
        goals.removeIf(known -> known.goalId().equals(goal.goalId()));
        goals.add(goal);
    }

    /** An achieved or abandoned goal is closed: it gets no more matches or referrals. */
    void goalClosed(String goalId, CaseGoal.State as) {
        goals.replaceAll(goal -> goal.goalId().equals(goalId) ? goal.closed(as) : goal);
    }

    void clientErased() {
        clientErased = true;
    }

    /** The consent under which the client's data may go to {@code receivingAgencyId} now, or a 409 naming why not. */
    public ConsentRecord consentFor(String receivingAgencyId, Instant at) {
        return consents.require(receivingAgencyId, at);
    }

    public boolean consentCovers(String receivingAgencyId, Instant at) {
        return consents.cover(receivingAgencyId, at);
    }

    /** An open goal of the plan; 404 for a goal referral never heard of, 409 for one that was abandoned. */
    public CaseGoal openGoal(String goalId) {
        CaseGoal goal = goals.stream().filter(g -> g.goalId().equals(goalId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("goal of case " + caseId, goalId));
        if (!goal.isOpen()) {
            String closedAs = goal.state().name().toLowerCase(Locale.ROOT);
            throw new RuleViolationException("goal-" + closedAs, "Goal " + goalId + " was " + closedAs
                    + "; refer the client for an open goal of the plan.");
        }
        return goal;
    }

    public List<CaseGoal> openGoals() {
        return goals.stream().filter(CaseGoal::isOpen).toList();
    }

    public boolean isOpened() {
        return openedAt != null;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getClientId() {
        return clientId;
    }

    public String getAgencyId() {
        return agencyId;
    }

    public String getProgramId() {
        return programId;
    }

    public String getPriority() {
        return priority;
    }

    public String getCaseManager() {
        return caseManager;
    }

    public boolean isClientErased() {
        return clientErased;
    }

    List<ConsentRecord> getConsents() {
        return consents.records();
    }

    @Override
    public ProcessedEventIds processedEvents() {
        return processedEvents;
    }

    @Override
    public RecordOnFile recordOnFile() {
        return new RecordOnFile("case file", caseId, caseId, agencyId);
    }
}
