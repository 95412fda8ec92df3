package org.casemgmt.closure.casework;

import java.time.Instant;

/** The closed episode a client came back from, and when: the link a return.detected announced. */
record ReturnLink(String via, String previousCaseId, int previousEpisode, String previousProgramId,
                  Instant previousClosedAt, String previousDestinationCategory, Instant returnedAt,
                  long daysSinceExit, int withinMonths) {

    static final String NEW_CASE = "NEW_CASE";
    static final String REOPENED = "REOPENED";
}
