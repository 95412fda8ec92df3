package org.casemgmt.console.home;

import java.time.Instant;
import java.util.Comparator;

/**
 * Something waiting for the signed-in user, from the platform's work queue or a plan waiting for approval.
 *
 * @param kind the work queue's task kind (THRESHOLD_CROSSED, REVIEW_DUE, ...) or PLAN_AWAITING_APPROVAL
 * @param caseLabel the client's name where the caseload knows it, else the case id
 * @param due when it must be done, null if it has no deadline
 * @param link where in the console it is done
 */
public record QueueItem(String id, String kind, String caseId, String caseLabel, String urgency, Deadline due,
        String link) {

    /** Soonest deadline first; those without one after, the most urgent first among them. */
    static final Comparator<QueueItem> BY_DEADLINE = Comparator
            .comparing((QueueItem item) -> item.due() == null ? Instant.MAX : item.due().due())
            .thenComparing(item -> "URGENT".equals(item.urgency()) ? 0 : 1);
}
