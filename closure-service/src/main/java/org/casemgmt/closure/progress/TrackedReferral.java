package org.casemgmt.closure.progress;

import java.time.Instant;
import java.util.Set;

/**
 * A referral of the case as closure follows it: its FHIR Task status and when it last changed (referral.requested and
 * every referral.&lt;transition&gt;).
 */
public record TrackedReferral(String referralId, String serviceId, String status, Instant changedAt) {

    /** A Task in these states still waits for the provider or is being delivered (Gravity's open loop). */
    private static final Set<String> STILL_OPEN = Set.of("requested", "accepted", "in-progress", "on-hold");

    public boolean open() {
        return STILL_OPEN.contains(status);
    }

    public boolean completed() {
        return "completed".equals(status);
    }
}
