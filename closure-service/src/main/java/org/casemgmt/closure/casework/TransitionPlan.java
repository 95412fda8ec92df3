package org.casemgmt.closure.casework;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.casemgmt.closure.readiness.ExitPreparation;

/**
 * How the client leaves (a FHIR CarePlan of category "transition"): the exit destination (an HMIS code), whether they
 * agree to follow-up contacts, who they can turn to, what continues after closure, and the open referrals handed over
 * to continue. The two texts are words about the client, encrypted under their key.
 */
record TransitionPlan(int episode, Integer destinationCode, Boolean followUpContactAgreed, String supportContacts,
                      String continuingSupport, List<String> handedOverReferralIds, String plannedBy,
                      Instant plannedAt) {

    ExitPreparation preparation() {
        return new ExitPreparation(destinationCode != null, followUpContactAgreed != null,
                Set.copyOf(handedOverReferralIds));
    }
}
