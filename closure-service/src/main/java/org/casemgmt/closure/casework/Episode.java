package org.casemgmt.closure.casework;

import java.time.Instant;

import org.casemgmt.closure.outcome.EpisodeOutcome;

/**
 * One episode of a case (a FHIR EpisodeOfCare): from the case's opening, or a re-opening, to a closure. A re-opened
 * case is a new episode linked to the previous one by its number; the reason is a code and the worker's words about
 * why are notes, encrypted under the client's key.
 */
record Episode(int number, Instant openedAt, String reopenedBy, String reopenReason, String reopenNotes,
               String closureId, Instant closedAt, EpisodeOutcome evaluation) {

    static Episode first(Instant openedAt) {
        return new Episode(1, openedAt, null, null, null, null, null, null);
    }

    Episode next(String by, String reason, String notes, Instant at) {
        return new Episode(number + 1, at, by, reason, notes, null, null, null);
    }

    Episode closed(String closureId, Instant at) {
        return new Episode(number, openedAt, reopenedBy, reopenReason, reopenNotes, closureId, at, evaluation);
    }

    Episode evaluated(EpisodeOutcome outcome) {
        return new Episode(number, openedAt, reopenedBy, reopenReason, reopenNotes, closureId, closedAt, outcome);
    }

    boolean isClosed() {
        return closedAt != null;
    }
}
