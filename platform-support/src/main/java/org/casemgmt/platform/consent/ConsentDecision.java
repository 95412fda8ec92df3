package org.casemgmt.platform.consent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.casemgmt.platform.domain.RuleViolationException;

/**
 * Whether the client's consents let their data go to an agency at a moment (Primero refuses a referral without
 * consent; Gravity's Consent names the recipient organization). Only a consent that names the agency and is in force
 * (not withdrawn, not expired) allows it; the refusal says which of those failed, so the case worker knows whether to
 * ask the client for a new consent or choose another provider.
 */
public final class ConsentDecision {

    private ConsentDecision() {
    }

    /** The consent under which {@code agencyId} may receive the client's data at {@code at}, if any. */
    public static Optional<ConsentRecord> covering(List<ConsentRecord> consents, String agencyId, Instant at) {
        return consents.stream().filter(consent -> consent.covers(agencyId) && consent.inForceAt(at)).findFirst();
    }

    /** The consent allowing it, or a 409 naming why none does. */
    public static ConsentRecord require(List<ConsentRecord> consents, String agencyId, Instant at) {
        return covering(consents, agencyId, at).orElseThrow(() -> refusal(consents, agencyId, at));
    }

    private static RuleViolationException refusal(List<ConsentRecord> consents, String agencyId, Instant at) {
        List<ConsentRecord> naming = consents.stream().filter(consent -> consent.covers(agencyId)).toList();
        if (consents.isEmpty()) {
            return new RuleViolationException("no-consent", "The client has given no consent to share their data "
                    + "with other agencies; record one at intake first.");
        }
        if (naming.isEmpty()) {
            return new RuleViolationException("consent-does-not-cover-agency", "The client's consent does not cover "
                    + "sharing with agency " + agencyId + "; choose a provider of an agency it names, or ask the "
                    + "client to extend it.");
        }
        if (naming.stream().allMatch(consent -> consent.withdrawnAt() != null)) {
            return new RuleViolationException("consent-withdrawn", "The client withdrew the consent that covered "
                    + "agency " + agencyId + "; their data may no longer be shared with it.");
        }
        return new RuleViolationException("consent-expired", "The client's consent covering agency " + agencyId
                + " expired; ask the client to renew it before referring.");
    }
}
