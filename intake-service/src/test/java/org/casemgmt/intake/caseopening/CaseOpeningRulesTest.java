package org.casemgmt.intake.caseopening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.casemgmt.intake.caseopening.CaseOpeningRules.OpeningDecision;
import org.casemgmt.intake.consent.Consent;
import org.casemgmt.intake.consent.ConsentGiver;
import org.casemgmt.intake.eligibility.EligibilityDecision;
import org.casemgmt.intake.eligibility.FailedRule;
import org.junit.jupiter.api.Test;

class CaseOpeningRulesTest {

    private final CaseOpeningRules rules = new CaseOpeningRules();

    private final Consent consent = Consent.given("c-1", "coordination", List.of("agency-a"), ConsentGiver.CLIENT,
            "worker-1", Instant.parse("2026-11-01T00:00:00Z"), null);

    private final FailedRule tooOld = new FailedRule("AGE_RANGE", "The client is 70 years old; ...");

    @Test
    void anEligibleClientWithAConsentInForceHasTheCaseOpenedUnderThatConsent() {
        OpeningDecision decision = rules.decide(new EligibilityDecision(List.of()), Optional.of(consent));

        assertThat(decision.opens()).isTrue();
        assertThat(decision.consent()).isEqualTo(consent);
    }

    @Test
    void anEligibleClientWithoutConsentIsDeclinedForMissingConsent() {
        OpeningDecision decision = rules.decide(new EligibilityDecision(List.of()), Optional.empty());

        assertThat(decision.opens()).isFalse();
        assertThat(decision.reasons()).extracting(FailedRule::rule).containsExactly("CONSENT_MISSING");
    }

    @Test
    void aConsentDoesNotMakeAnIneligibleClientEligible() {
        OpeningDecision decision = rules.decide(new EligibilityDecision(List.of(tooOld)), Optional.of(consent));

        assertThat(decision.opens()).isFalse();
        assertThat(decision.reasons()).containsExactly(tooOld);
    }

    @Test
    void aDeclineListsEveryEligibilityFailureAndTheMissingConsent() {
        FailedRule closed = new FailedRule("PROGRAM_CAPACITY", "not accepting");

        OpeningDecision decision = rules.decide(new EligibilityDecision(List.of(tooOld, closed)), Optional.empty());

        assertThat(decision.reasons()).extracting(FailedRule::rule)
                .containsExactly("AGE_RANGE", "PROGRAM_CAPACITY", "CONSENT_MISSING");
    }
}
