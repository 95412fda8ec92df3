package org.casemgmt.closure.readiness;

import java.util.List;

import org.casemgmt.closure.progress.CaseProgress;

/**
 * Checks a case against its program's completion criteria, as a live state (G-C1): the case worker sees what is
 * missing before asking to close, not only when the request is refused. It knows what closure has heard from the
 * other stages so far: goals it has not heard of are not resolved ones, so a case none of whose goals closure knows
 * is not ready (closing it before its plan takes an override and its reason).
 */
public final class ClosureReadiness {

    private static final String RECOMMEND_CLOSURE = "RECOMMEND_CLOSURE";

    private ClosureReadiness() {
    }

    public static Readiness of(List<CompletionCriterion> criteria, CaseProgress progress, ExitPreparation exit) {
        List<CriterionCheck> checks = criteria.stream().distinct().map(criterion -> check(criterion, progress, exit))
                .toList();
        return new Readiness(checks.stream().allMatch(CriterionCheck::met), checks);
    }

    private static CriterionCheck check(CompletionCriterion criterion, CaseProgress progress, ExitPreparation exit) {
        return switch (criterion) {
            case GOALS_RESOLVED -> progress.getGoals().isEmpty()
                    ? recorded(criterion, false, "no goal of the case is known yet: closure hears of them when "
                            + "planning approves the plan, and of their achievement as it is recorded")
                    : pending(criterion, progress.openGoalIds(), "goal", "goals",
                            "still open: record their achievement, or abandon them in planning");
            case REFERRALS_RESOLVED -> pending(criterion,
                    progress.openReferralIdsNotHandedOver(exit.handedOverReferralIds()), "referral", "referrals",
                    "still open: close them with the provider, or hand them over in the transition plan");
            case EXIT_ASSESSMENTS_DONE -> pending(criterion, progress.instrumentsAwaitingExitAssessment(),
                    "instrument", "instruments",
                    "administered once only: administer each again as the exit assessment");
            case DESTINATION_RECORDED -> recorded(criterion, exit.destinationRecorded(),
                    "no exit destination: record it in the transition plan");
            case FOLLOW_UP_CONSENT_RECORDED -> recorded(criterion, exit.followUpAnswerRecorded(),
                    "the client's answer to follow-up contacts is not recorded in the transition plan");
            case CLOSURE_RECOMMENDED_BY_REVIEW -> recorded(criterion,
                    RECOMMEND_CLOSURE.equals(progress.getLastReviewOutcome()),
                    "the last case review did not recommend closure");
        };
    }

    private static CriterionCheck pending(CompletionCriterion criterion, List<String> pending, String one,
                                          String many, String detail) {
        return new CriterionCheck(criterion, pending.isEmpty(), pending, pending.isEmpty() ? null
                : pending.size() + " " + (pending.size() == 1 ? one : many) + " " + detail);
    }

    private static CriterionCheck recorded(CompletionCriterion criterion, boolean met, String detail) {
        return new CriterionCheck(criterion, met, List.of(), met ? null : detail);
    }
}
