package org.casemgmt.referral.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.casemgmt.referral.casefile.CaseFile;
import org.casemgmt.referral.casefile.CaseFiles;
import org.casemgmt.referral.casefile.CaseGoal;
import org.casemgmt.referral.directory.ServiceDirectory;
import org.springframework.stereotype.Service;

/** The directory's services ranked for the goals of a case (see {@link MatchRanking}). */
@Service
public class Matches {

    private final CaseFiles caseFiles;
    private final ServiceDirectory directory;
    private final Clock clock;

    Matches(CaseFiles caseFiles, ServiceDirectory directory, Clock clock) {
        this.caseFiles = caseFiles;
        this.directory = directory;
        this.clock = clock;
    }

    /** For each open goal of the caller's agency's case, its candidates best first; none while it is closed. */
    List<GoalMatches> forCase(String caseId, EligibilityFacts facts) {
        CaseFile file = caseFiles.visible(caseId);
        file.requireNotClosed();
        Instant now = clock.instant();
        return file.openGoals().stream()
                .map(goal -> new GoalMatches(goal.goalId(), goal.needDomain(), goal.priority(), goal.serviceTypes(),
                        rank(file, goal, facts, now)))
                .toList();
    }

    /**
     * The best-ranked service for the goal that can take a referral now and was not tried already: where an
     * unanswered or declined referral is re-routed to.
     */
    public Optional<Match> nextThatCanTakeReferral(CaseFile file, String goalId, Set<String> triedServiceIds) {
        CaseGoal goal = file.openGoal(goalId);
        return rank(file, goal, EligibilityFacts.UNKNOWN, clock.instant()).stream()
                .filter(match -> match.canTakeReferral() && !triedServiceIds.contains(match.serviceId()))
                .findFirst();
    }

    private List<Match> rank(CaseFile file, CaseGoal goal, EligibilityFacts facts, Instant now) {
        return MatchRanking.rank(goal, directory.offering(goal.serviceTypes()), facts,
                agency -> file.consentCovers(agency, now), now);
    }
}
