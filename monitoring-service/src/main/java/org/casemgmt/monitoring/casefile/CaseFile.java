package org.casemgmt.monitoring.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casemgmt.platform.casefile.KnownCase;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What monitoring knows of a case: what every stage knows from intake's events (who owns and manages it, the
 * client's consents, {@link KnownCase}), the approved plan's goals and objectives (plan.approved, goal.*), and whether
 * it is closed (case.closed, case.reopened).
 */
@Document("case_files")
public class CaseFile extends KnownCase {

    private String planId;
    private int planVersion;
    private Instant planApprovedAt;
    private List<CaseGoal> goals = new ArrayList<>();
    private Instant closedAt;

    CaseFile() {
    }

    private CaseFile(String caseId) {
        super(caseId);
    }

    static CaseFile started(String caseId) {
        return new CaseFile(caseId);
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

    /**
     * The objective a measurement is recorded against: 404 for a goal or objective the approved plan does not have,
     * 409 for a goal that was achieved or abandoned.
     */
    public CaseObjective objective(String goalId, String objectiveId) {
        CaseGoal goal = goals.stream().filter(g -> g.goalId().equals(goalId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("goal of case " + getCaseId(), goalId));
        if (goal.state() != CaseGoal.State.OPEN) {
            String closedAs = goal.state().name().toLowerCase(Locale.ROOT);
            throw new RuleViolationException("goal-" + closedAs, "Goal " + goalId + " was " + closedAs
                    + "; progress is recorded against open goals only.");
        }
        return goal.objectives().stream().filter(o -> o.objectiveId().equals(objectiveId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("objective of goal " + goalId, objectiveId));
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public List<CaseGoal> getGoals() {
        return List.copyOf(goals);
    }

    public String getPlanId() {
        return planId;
    }

    public Instant getPlanApprovedAt() {
        return planApprovedAt;
    }
}
