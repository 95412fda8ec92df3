package org.casemgmt.intake.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.casemgmt.intake.assessment.LifeDomain;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final EligibilityRules rules = new EligibilityRules();

    private final ProgramTerms housingFirst = new ProgramTerms("Housing First", 18, 64, Set.of("North", "Central"),
            new BigDecimal("2000"), Set.of(LifeDomain.HOUSING, LifeDomain.INCOME), true);

    private final Applicant eligibleAdult = new Applicant(LocalDate.of(1990, 5, 1), "North", new BigDecimal("1200"),
            Set.of(LifeDomain.HOUSING, LifeDomain.MENTAL_HEALTH));

    @Test
    void anApplicantWhoMeetsEveryTermIsEligible() {
        EligibilityDecision decision = rules.evaluate(housingFirst, eligibleAdult, TODAY);

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.failedRules()).isEmpty();
    }

    @Test
    void everyFailedRuleIsReportedNotJustTheFirst() {
        ProgramTerms full = new ProgramTerms("Housing First", 18, 64, Set.of("North"), new BigDecimal("2000"),
                Set.of(LifeDomain.HOUSING), false);
        Applicant nothingFits = new Applicant(LocalDate.of(2012, 1, 1), "South", new BigDecimal("5000"),
                Set.of(LifeDomain.LEGAL));

        EligibilityDecision decision = rules.evaluate(full, nothingFits, TODAY);

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.failedRules()).extracting(FailedRule::rule).containsExactly(
                "AGE_RANGE", "RESIDENCY_AREA", "INCOME_THRESHOLD", "DOMAINS_SERVED", "PROGRAM_CAPACITY");
    }

    @Test
    void aChildBelowTheMinimumAgeIsToldTheirAgeAndTheRange() {
        Applicant child = new Applicant(LocalDate.of(2010, 11, 24), "North", BigDecimal.ZERO, Set.of(LifeDomain.HOUSING));

        EligibilityDecision decision = rules.evaluate(housingFirst, child, TODAY);

        assertThat(decision.failedRules()).containsExactly(new FailedRule("AGE_RANGE",
                "The client is 15 years old; Housing First serves people aged 18 to 64."));
    }

    @Test
    void theAgeLimitsAreInclusiveAndAgeCountsFromTheBirthday() {
        Applicant turns18Today = new Applicant(LocalDate.of(2008, 11, 23), "North", BigDecimal.ZERO,
                Set.of(LifeDomain.HOUSING));
        Applicant turned65Today = new Applicant(LocalDate.of(1961, 11, 23), "North", BigDecimal.ZERO,
                Set.of(LifeDomain.HOUSING));
        Applicant is64 = new Applicant(LocalDate.of(1961, 11, 24), "North", BigDecimal.ZERO, Set.of(LifeDomain.HOUSING));

        assertThat(rules.evaluate(housingFirst, turns18Today, TODAY).eligible()).isTrue();
        assertThat(rules.evaluate(housingFirst, is64, TODAY).eligible()).isTrue();
        assertThat(rules.evaluate(housingFirst, turned65Today, TODAY).failedRules()).extracting(FailedRule::rule)
                .containsExactly("AGE_RANGE");
    }

    @Test
    void anOpenEndedAgeRangeIsDescribedWithItsOnlyBound() {
        ProgramTerms seniors = new ProgramTerms("Seniors at Home", 65, null, Set.of(), null, Set.of(), true);

        EligibilityDecision decision = rules.evaluate(seniors, eligibleAdult, TODAY);

        assertThat(decision.failedRules()).containsExactly(new FailedRule("AGE_RANGE",
                "The client is 36 years old; Seniors at Home serves people aged 65 or older."));
    }

    @Test
    void aMissingBirthDateFailsTheAgeRuleWithAClearMessage() {
        Applicant noBirthDate = new Applicant(null, "North", BigDecimal.ZERO, Set.of(LifeDomain.HOUSING));

        EligibilityDecision decision = rules.evaluate(housingFirst, noBirthDate, TODAY);

        assertThat(decision.failedRules()).containsExactly(new FailedRule("AGE_RANGE",
                "The client's birth date is not recorded, so the age limits of Housing First (aged 18 to 64) "
                        + "cannot be checked."));
    }

    @Test
    void aProgramWithoutAgeLimitsNeedsNoBirthDate() {
        ProgramTerms anyAge = new ProgramTerms("Legal Aid", null, null, Set.of(), null, Set.of(), true);
        Applicant noBirthDate = new Applicant(null, null, null, Set.of(LifeDomain.LEGAL));

        assertThat(rules.evaluate(anyAge, noBirthDate, TODAY).eligible()).isTrue();
    }

    @Test
    void residencyAreaIsComparedWithoutCaseOrSurroundingSpaces() {
        Applicant lowerCase = new Applicant(LocalDate.of(1990, 5, 1), "  central ", BigDecimal.ZERO,
                Set.of(LifeDomain.HOUSING));

        assertThat(rules.evaluate(housingFirst, lowerCase, TODAY).eligible()).isTrue();
    }

    @Test
    void aClientLivingOutsideTheServedAreasIsToldWhichAreasAreServed() {
        Applicant south = new Applicant(LocalDate.of(1990, 5, 1), "South", BigDecimal.ZERO, Set.of(LifeDomain.HOUSING));

        assertThat(rules.evaluate(housingFirst, south, TODAY).failedRules()).containsExactly(new FailedRule(
                "RESIDENCY_AREA", "The client lives in South; Housing First serves only: Central, North."));
    }

    @Test
    void anUnknownResidencyAreaFailsWhenTheProgramIsRestrictedToAreas() {
        Applicant unknownArea = new Applicant(LocalDate.of(1990, 5, 1), " ", BigDecimal.ZERO,
                Set.of(LifeDomain.HOUSING));

        assertThat(rules.evaluate(housingFirst, unknownArea, TODAY).failedRules()).containsExactly(new FailedRule(
                "RESIDENCY_AREA", "The client's area of residence is not recorded; Housing First serves only: "
                        + "Central, North."));
    }

    @Test
    void incomeAtTheThresholdIsAcceptedAndAboveItIsNot() {
        Applicant atLimit = new Applicant(LocalDate.of(1990, 5, 1), "North", new BigDecimal("2000.00"),
                Set.of(LifeDomain.HOUSING));
        Applicant above = new Applicant(LocalDate.of(1990, 5, 1), "North", new BigDecimal("2000.01"),
                Set.of(LifeDomain.HOUSING));

        assertThat(rules.evaluate(housingFirst, atLimit, TODAY).eligible()).isTrue();
        assertThat(rules.evaluate(housingFirst, above, TODAY).failedRules()).containsExactly(new FailedRule(
                "INCOME_THRESHOLD", "The monthly income of 2,000.01 is above the limit of 2,000.00 for Housing First."));
    }

    @Test
    void anUnknownIncomeFailsTheIncomeRuleWhenTheProgramHasAThreshold() {
        Applicant unknownIncome = new Applicant(LocalDate.of(1990, 5, 1), "North", null, Set.of(LifeDomain.HOUSING));

        assertThat(rules.evaluate(housingFirst, unknownIncome, TODAY).failedRules()).containsExactly(new FailedRule(
                "INCOME_THRESHOLD", "The monthly income is not recorded; Housing First requires it to be at most "
                        + "2,000.00."));
    }

    @Test
    void needsOutsideTheDomainsServedAreNamedInTheMessage() {
        Applicant legalNeedsOnly = new Applicant(LocalDate.of(1990, 5, 1), "North", BigDecimal.ZERO,
                Set.of(LifeDomain.LEGAL, LifeDomain.SAFETY));

        assertThat(rules.evaluate(housingFirst, legalNeedsOnly, TODAY).failedRules()).containsExactly(new FailedRule(
                "DOMAINS_SERVED", "Housing First helps with housing, income; the client's needs are in safety, "
                        + "legal matters."));
    }

    @Test
    void withoutAnAssessmentTheDomainRuleFailsAndSaysAnAssessmentIsMissing() {
        Applicant notAssessed = new Applicant(LocalDate.of(1990, 5, 1), "North", BigDecimal.ZERO, null);

        assertThat(rules.evaluate(housingFirst, notAssessed, TODAY).failedRules()).containsExactly(new FailedRule(
                "DOMAINS_SERVED", "No assessment has been recorded, so it is not known whether Housing First serves "
                        + "the client's needs."));
    }

    @Test
    void anAssessmentWithNoNeedFailsEvenAProgramThatServesEveryDomain() {
        ProgramTerms everything = new ProgramTerms("General Support", null, null, Set.of(), null, Set.of(), true);
        Applicant noNeeds = new Applicant(LocalDate.of(1990, 5, 1), "North", BigDecimal.ZERO, Set.of());

        assertThat(rules.evaluate(everything, noNeeds, TODAY).failedRules()).extracting(FailedRule::rule)
                .containsExactly("DOMAINS_SERVED");
    }

    @Test
    void aProgramNotAcceptingNewCasesFailsTheCapacityRule() {
        ProgramTerms closed = new ProgramTerms("Housing First", 18, 64, Set.of(), null, Set.of(), false);

        assertThat(rules.evaluate(closed, eligibleAdult, TODAY).failedRules()).containsExactly(new FailedRule(
                "PROGRAM_CAPACITY", "Housing First is not accepting new cases at the moment."));
    }
}
