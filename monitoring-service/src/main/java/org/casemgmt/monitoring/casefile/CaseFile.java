package org.casemgmt.monitoring.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casemgmt.platform.consent.ClientConsents;
import org.casemgmt.platform.consent.ConsentRecord;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.inbox.AppliesEvents;
import org.casemgmt.platform.inbox.ProcessedEventIds;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What monitoring knows of a case from the other stages: who owns it and who manages it (case.opened), the client's
 * consents, the approved plan's goals and objectives (plan.approved, goal.*), and whether it is closed. The events
 * travel on different topics and may arrive in any order, so the file is started by whichever comes first; the case
 * counts as known once case.opened has arrived.
 */
@Document("case_files")
public class CaseFile implements AppliesEvents {

    @Id
    private String caseId;
    @Version
    private Long version;
    @Indexed
    private String clientId;
    @Indexed
    private String agencyId;
    private String programId;
    private String priority;
    @Indexed
    private String caseManager;
    private Instant openedAt;
    private ClientConsents consents = new ClientConsents();
    private String planId;
    private int planVersion;
    private Instant planApprovedAt;
    private List<CaseGoal> goals = new ArrayList<>();
    private Instant closedAt;
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

    /** A later version's approval wins; one older than the version on file (arriving late) changes nothing. */
    void planApproved(String planId, int planVersion, Instant approvedAt) {
        if (planVersion >= this.planVersion) {
            this.planId = planId;
            this.planVersion = planVersion;
            this.planApprovedAt = approvedAt;
        }
    }

    void goalSet(CaseGoal goal) {
        goals.removeIf(known -> known.goalId().equals(goal.goalId()));
        goals.add(goal);
    }

    void goalClosed(String goalId, CaseGoal.State as) {
        goals.replaceAll(goal -> goal.goalId().equals(goalId) ? goal.closed(as) : goal);
    }

    void closed(Instant at) {
        closedAt = at;
    }

    void reopened() {
        closedAt = null;
    }

    void clientErased() {
        clientErased = true;
    }

    /**
     * The objective a measurement is recorded against: 404 for a goal or objective the approved plan does not have,
     * 409 for a goal that was achieved or abandoned.
     */
    public CaseObjective objective(String goalId, String objectiveId) {
        CaseGoal goal = goals.stream().filter(g -> g.goalId().equals(goalId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("goal of case " + caseId, goalId));
        if (goal.state() != CaseGoal.State.OPEN) {
            String closedAs = goal.state().name().toLowerCase(Locale.ROOT);
            throw new RuleViolationException("goal-" + closedAs, "Goal " + goalId + " was " + closedAs
                    + "; progress is recorded against open goals only.");
        }
        return goal.objectives().stream().filter(o -> o.objectiveId().equals(objectiveId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("objective of goal " + goalId, objectiveId));
    }

    /** Whether the client's consent lets their data go to {@code agencyId} at {@code at}. */
    public boolean consentCovers(String agency, Instant at) {
        return consents.cover(agency, at);
    }

    public boolean isOpened() {
        return openedAt != null;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public List<CaseGoal> getGoals() {
        return List.copyOf(goals);
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

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getPlanId() {
        return planId;
    }

    public Instant getPlanApprovedAt() {
        return planApprovedAt;
    }

    public boolean isClientErased() {
        return clientErased;
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
