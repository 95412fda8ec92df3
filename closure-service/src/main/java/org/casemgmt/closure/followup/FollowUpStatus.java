package org.casemgmt.closure.followup;

/**
 * A follow-up's life (stages.md): scheduled → due → completed | unable to contact | declined; missed when its grace
 * period passes without a result (a result may still be recorded late); cancelled when the case is re-opened.
 */
public enum FollowUpStatus {
    SCHEDULED, DUE, MISSED, COMPLETED, UNABLE_TO_CONTACT, DECLINED, CANCELLED;

    boolean awaitsResult() {
        return this == SCHEDULED || this == DUE || this == MISSED;
    }
}
