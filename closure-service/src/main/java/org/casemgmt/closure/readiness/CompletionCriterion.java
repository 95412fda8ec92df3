package org.casemgmt.closure.readiness;

/** What a program may require before a case closes (stages.md, "completion criteria"). */
public enum CompletionCriterion {
    /** Every goal of the plan achieved, or abandoned with a reason in planning. */
    GOALS_RESOLVED,
    /** No referral still requested, accepted, in progress or on hold, unless the transition plan hands it over. */
    REFERRALS_RESOLVED,
    /** Every standardized instrument administered on the case administered again, to compare first with last. */
    EXIT_ASSESSMENTS_DONE,
    /** The client's exit destination recorded in the transition plan. */
    DESTINATION_RECORDED,
    /** The client's answer to follow-up contacts after closure recorded in the transition plan, yes or no. */
    FOLLOW_UP_CONSENT_RECORDED,
    /** The last case review recommended closure (not required unless the program says so). */
    CLOSURE_RECOMMENDED_BY_REVIEW
}
