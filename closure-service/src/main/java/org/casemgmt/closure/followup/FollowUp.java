package org.casemgmt.closure.followup;

import java.time.Instant;

/** One post-closure follow-up contact of a closed episode (Primero's follow-up: needed by, done on, comments). */
public record FollowUp(String followUpId, int episode, int sequence, Instant dueAt, FollowUpStatus status,
                       Instant dueNoticedAt, Instant missedAt, FollowUpOutcome outcome, String recordedBy,
                       Instant recordedAt) {

    static FollowUp scheduled(String followUpId, int episode, int sequence, Instant dueAt) {
        return new FollowUp(followUpId, episode, sequence, dueAt, FollowUpStatus.SCHEDULED, null, null, null, null,
                null);
    }

    FollowUp fallenDue(Instant at) {
        return new FollowUp(followUpId, episode, sequence, dueAt, FollowUpStatus.DUE, at, missedAt, outcome,
                recordedBy, recordedAt);
    }

    FollowUp missed(Instant at) {
        return new FollowUp(followUpId, episode, sequence, dueAt, FollowUpStatus.MISSED, dueNoticedAt, at, outcome,
                recordedBy, recordedAt);
    }

    FollowUp recorded(FollowUpOutcome result, String by, Instant at) {
        return new FollowUp(followUpId, episode, sequence, dueAt, result.result().status(), dueNoticedAt, missedAt,
                result, by, at);
    }

    FollowUp cancelled() {
        return new FollowUp(followUpId, episode, sequence, dueAt, FollowUpStatus.CANCELLED, dueNoticedAt, missedAt,
                outcome, recordedBy, recordedAt);
    }

    public boolean reached() {
        return outcome != null && outcome.reached();
    }

    /** Recorded without reaching the client, or missed without a result. */
    public boolean notReached() {
        return outcome != null ? !outcome.reached() : status == FollowUpStatus.MISSED;
    }
}
