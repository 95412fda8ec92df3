package org.casemgmt.closure.casework;

import java.time.Instant;
import java.util.List;

import org.casemgmt.closure.outcome.ClosureOutcome;

/**
 * A request to close an episode and its decision (Primero's closure approval: pending → approved | rejected, with the
 * approver's comments). The override's reason and the decision's comment are words about the client, encrypted.
 */
record ClosureRequest(String closureId, int episode, String reason, ClosureOutcome outcome, int destinationCode,
                      List<String> unmetCriteria, String overrideReason, String requestedBy, Instant requestedAt,
                      Decision decision, String decidedBy, Instant decidedAt, String comment) {

    enum Decision { PENDING, APPROVED, REJECTED }

    ClosureRequest decided(Decision as, String by, String withComment, Instant at) {
        return new ClosureRequest(closureId, episode, reason, outcome, destinationCode, unmetCriteria, overrideReason,
                requestedBy, requestedAt, as, by, at, withComment);
    }

    boolean overridden() {
        return !unmetCriteria.isEmpty();
    }
}
