package org.casemgmt.monitoring.workqueue;

/** The kinds of work the queues hold, whose they are, and how each ends. */
enum TaskKind {
    THRESHOLD_CROSSED(Task.Audience.CASE_WORKER, true, "the case worker has seen to it"),
    REVIEW_DUE(Task.Audience.CASE_WORKER, false, "the review is completed"),
    REVIEW_OVERDUE(Task.Audience.SUPERVISOR, false, "the review is completed"),
    CASE_STALE(Task.Audience.CASE_WORKER, true, "a contact is recorded"),
    REFERRAL_EXPIRED(Task.Audience.CASE_WORKER, true, "the referral is re-routed"),
    REFERRAL_DECLINED(Task.Audience.CASE_WORKER, true, "the referral is re-routed"),
    REFERRAL_ESCALATED(Task.Audience.SUPERVISOR, true, "the referral is re-routed"),
    REVIEW_ESCALATED(Task.Audience.SUPERVISOR, true, "a supervisor has seen to it"),
    REFERRAL_AWAITING_ANSWER(Task.Audience.PROVIDER, false, "the provider answers the referral"),
    CLOSURE_AWAITING_APPROVAL(Task.Audience.SUPERVISOR, false, "a supervisor approves or rejects the closure"),
    FOLLOW_UP_DUE(Task.Audience.CASE_WORKER, false, "the follow-up's result is recorded"),
    FOLLOW_UP_MISSED(Task.Audience.SUPERVISOR, true, "the follow-up's result is recorded");

    private final Task.Audience audience;
    private final boolean closableByHand;
    private final String endsWhen;

    TaskKind(Task.Audience audience, boolean closableByHand, String endsWhen) {
        this.audience = audience;
        this.closableByHand = closableByHand;
        this.endsWhen = endsWhen;
    }

    Task.Audience audience() {
        return audience;
    }

    boolean closableByHand() {
        return closableByHand;
    }

    String endsWhen() {
        return endsWhen;
    }
}
