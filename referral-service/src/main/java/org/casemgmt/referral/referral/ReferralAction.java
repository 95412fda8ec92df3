package org.casemgmt.referral.referral;

/** What can be done to a referral, and who does it (Gravity: only the Task's owner moves it once requested). */
public enum ReferralAction {
    ACCEPT(Actor.PROVIDER, "accepted"),
    DECLINE(Actor.PROVIDER, "declined"),
    START(Actor.PROVIDER, "started"),
    PAUSE(Actor.PROVIDER, "put on hold"),
    RESUME(Actor.PROVIDER, "resumed"),
    COMPLETE(Actor.PROVIDER, "completed"),
    FAIL(Actor.PROVIDER, "marked failed"),
    CANCEL(Actor.REQUESTER, "cancelled"),
    MARK_ENTERED_IN_ERROR(Actor.REQUESTER, "marked entered in error"),
    EXPIRE(Actor.SYSTEM, "expired");

    /** The party an action belongs to. */
    public enum Actor {
        /** Staff of the agency the referral is addressed to. */
        PROVIDER,
        /** Case workers of the agency that owns the case. */
        REQUESTER,
        /** Referral itself: a deadline passing, a consent withdrawn. */
        SYSTEM
    }

    private final Actor actor;
    private final String pastTense;

    ReferralAction(Actor actor, String pastTense) {
        this.actor = actor;
        this.pastTense = pastTense;
    }

    public Actor actor() {
        return actor;
    }

    String pastTense() {
        return pastTense;
    }
}
