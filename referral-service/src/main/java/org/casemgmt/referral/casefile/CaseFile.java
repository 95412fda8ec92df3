package org.casemgmt.referral.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casemgmt.platform.casefile.KnownCase;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What referral knows of a case: what every stage knows from intake's events (who owns it, how urgent it is, the
 * client's consents, {@link KnownCase}), the goals of the approved plan (goal.set, goal.revised, goal.achieved,
 * goal.abandoned), which it matches providers to, and whether it is closed (case.closed, case.reopened): a closed
 * case gets no matches and no referrals.
 */
@Document("case_files")
public class CaseFile extends KnownCase {

    private List<CaseGoal> goals = new ArrayList<>();
    private Instant closedAt;
    private Instant reopenedAt;

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

    /**
     * Closed at {@code at}. case.closed and case.reopened travel on different topics, so a closure can arrive after
     * the re-opening that ended it: one no later than the re-opening on file changes nothing.
     */
    void closed(Instant at) {
        if (reopenedAt == null || at.isAfter(reopenedAt)) {
            closedAt = at;
        }
    }

    /** Re-opened at {@code at}, ending any closure before it; a later closure that arrived first still stands. */
    void reopened(Instant at) {
        reopenedAt = at;
        if (closedAt != null && !closedAt.isAfter(at)) {
            closedAt = null;
        }
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** 409 {@code case-closed} while the case is closed: it gets no matches and no referrals until re-opened. */
    public void requireNotClosed() {
        if (isClosed()) {
            throw new RuleViolationException("case-closed", "Case " + getCaseId() + " was closed at " + closedAt
                    + "; it gets no matches or referrals until it is re-opened.");
        }
    }

    /**
     * An open goal of the plan, to match or refer for: 409 {@code case-closed} while the case is closed, 404 for a
     * goal referral never heard of, 409 for one that was achieved or abandoned.
     */
    public CaseGoal openGoal(String goalId) {
        requireNotClosed();
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
