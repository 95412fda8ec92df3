package org.casemgmt.closure.outcome;

import java.time.Instant;
import java.util.List;

import org.casemgmt.closure.destination.DestinationCategory;

/**
 * How one closed episode went (G-C3): goals met of all, each instrument's change, days open, where the client went,
 * referrals completed of those sent, and the follow-ups' results so far. {@code revision} counts the evaluations: 1 at
 * closure, one more for each follow-up result since.
 */
public record EpisodeOutcome(int episode, int revision, ClosureOutcome outcome, String reason, int goalsTotal,
                             int goalsMet, int goalsAbandoned, List<InstrumentMovement> instrumentChanges,
                             long daysOpen, int destinationCode, DestinationCategory destinationCategory,
                             int referralsSent, int referralsCompleted, int followUpsScheduled, int followUpsReached,
                             int followUpsNotReached, Instant closedAt, Instant evaluatedAt) {
}
