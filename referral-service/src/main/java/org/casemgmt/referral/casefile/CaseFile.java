package org.casemgmt.referral.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casemgmt.platform.casefile.KnownCase;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What referral knows of a case: what every stage knows from intake's events (who owns it, how urgent it is, the
 * client's consents, {@link KnownCase}) and the goals of the approved plan (goal.set, goal.revised, goal.achieved,
 * goal.abandoned), which it matches providers to.
 */
@Document("case_files")
public class CaseFile extends KnownCase {

    private List<CaseGoal> goals = new ArrayList<>();

    CaseFile() {
    }

    private CaseFile(String caseId) {
        super(caseId);
    }

    static CaseFile started(String caseId) {
        return new CaseFile(caseId);
    }

    void goalSet(CaseGoal goal) {
        goals.removeIf(known -> known.goalId().equals(goal.goalId()));
        goals.add(goal);
    }

    /** An achieved or abandoned goal is closed: it gets no more matches or referrals. */
    void goalClosed(String goalId, CaseGoal.State as) {
        goals.replaceAll(goal -> goal.goalId().equals(goalId) ? goal.closed(as) : goal);
    }

    /** An open goal of the plan; 404 for a goal referral never heard of, 409 for one that was closed. */
    public CaseGoal openGoal(String goalId) {
        CaseGoal goal = goals.stream().filter(g -> g.goalId().equals(goalId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("goal of case " + getCaseId(), goalId));
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
}
