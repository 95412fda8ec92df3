package org.casemgmt.referral.referral;

/**
 * What can be done to a referral. The provider's staff accept, decline, start, pause, resume, complete or fail it
 * (Gravity: only the Task's owner moves it once requested); the case's agency cancels it or marks it entered in
 * error; referral itself expires it when its deadline passes.
 */
public enum ReferralAction {
    ACCEPT("accepted"),
    DECLINE("declined"),
    START("started"),
    PAUSE("put on hold"),
    RESUME("resumed"),
    COMPLETE("completed"),
    FAIL("marked failed"),
    CANCEL("cancelled"),
    MARK_ENTERED_IN_ERROR("marked entered in error"),
    EXPIRE("expired");

    private final String pastTense;

    ReferralAction(String pastTense) {
        this.pastTense = pastTense;
    }

    String pastTense() {
        return pastTense;
    }
}
