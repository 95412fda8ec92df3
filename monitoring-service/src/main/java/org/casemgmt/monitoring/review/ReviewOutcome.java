package org.casemgmt.monitoring.review;

/** What a review decided (stages.md's review state machine). */
public enum ReviewOutcome {
    /** The plan stays as it is. */
    CONTINUE,
    /** The plan is revised: the review names the adjustments, and planning opens a revision. */
    REVISE_PLAN,
    /** The case needs a supervisor's attention: it goes on their work queue. */
    ESCALATE,
    /** The client is ready for closure. */
    RECOMMEND_CLOSURE
}
