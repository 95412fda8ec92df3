package org.casemgmt.closure.outcome;

import java.time.Instant;

import org.casemgmt.closure.destination.ExitDestination;

/** What the closure of an episode recorded, as the evaluation needs it. */
public record ClosedEpisode(int episode, Instant openedAt, Instant closedAt, String reason, ClosureOutcome outcome,
                            ExitDestination destination) {
}
