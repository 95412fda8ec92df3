package org.casemgmt.intake.eligibility;

/**
 * A rule the intake did not satisfy.
 *
 * @param rule    the rule code: an {@link EligibilityRule} name, or CONSENT_MISSING when the case is opened
 * @param message what a case worker can read to the client
 */
public record FailedRule(String rule, String message) {

    static FailedRule of(EligibilityRule rule, String message) {
        return new FailedRule(rule.name(), message);
    }
}
