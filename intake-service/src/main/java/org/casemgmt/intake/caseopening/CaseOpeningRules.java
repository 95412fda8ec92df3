package org.casemgmt.intake.caseopening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casemgmt.intake.consent.Consent;
import org.casemgmt.intake.eligibility.EligibilityDecision;
import org.casemgmt.intake.eligibility.FailedRule;

/** A case opens only when the client is eligible and a consent is in force; otherwise every reason is given. */
public final class CaseOpeningRules {

    static final String CONSENT_MISSING = "CONSENT_MISSING";

    public OpeningDecision decide(EligibilityDecision eligibility, Optional<Consent> consentInForce) {
        List<FailedRule> reasons = new ArrayList<>(eligibility.failedRules());
        if (consentInForce.isEmpty()) {
            reasons.add(new FailedRule(CONSENT_MISSING, "The client has not given an informed consent that is "
                    + "in force (none was recorded, or it expired or was withdrawn)."));
        }
        return new OpeningDecision(reasons, consentInForce.orElse(null));
    }

    /** @param consent the consent the case opens under; null when it cannot open */
    public record OpeningDecision(List<FailedRule> reasons, Consent consent) {

        public OpeningDecision {
            reasons = List.copyOf(reasons);
        }

        public boolean opens() {
            return reasons.isEmpty();
        }
    }
}
