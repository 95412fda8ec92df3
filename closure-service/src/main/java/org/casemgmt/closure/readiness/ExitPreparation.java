package org.casemgmt.closure.readiness;

import java.util.Set;

/** What the transition plan says so far, as far as readiness is concerned. */
public record ExitPreparation(boolean destinationRecorded, boolean followUpAnswerRecorded,
                             Set<String> handedOverReferralIds) {

    public static final ExitPreparation NOTHING_YET = new ExitPreparation(false, false, Set.of());
}
