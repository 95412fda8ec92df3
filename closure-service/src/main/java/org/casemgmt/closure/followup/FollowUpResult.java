package org.casemgmt.closure.followup;

/** What came of a follow-up contact. */
public enum FollowUpResult {
    /** The contact was made. */
    COMPLETED,
    /** The client could not be reached. */
    UNABLE_TO_CONTACT,
    /** The client was reached and declined the follow-up. */
    DECLINED;

    FollowUpStatus status() {
        return FollowUpStatus.valueOf(name());
    }
}
