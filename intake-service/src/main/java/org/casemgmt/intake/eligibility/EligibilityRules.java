package org.casemgmt.intake.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.casemgmt.intake.assessment.LifeDomain;

/**
 * Checks an applicant against a program's terms and reports every rule that fails, never just the first:
 * the client is told all the reasons at once. Missing information fails the rule it is needed for, with a
 * message that says what to collect.
 */
public final class EligibilityRules {

    public EligibilityDecision evaluate(ProgramTerms program, Applicant applicant, LocalDate asOf) {
        List<FailedRule> failed = new ArrayList<>();
        ageRange(program, applicant, asOf).ifPresent(failed::add);
        residencyArea(program, applicant).ifPresent(failed::add);
        incomeThreshold(program, applicant).ifPresent(failed::add);
        domainsServed(program, applicant).ifPresent(failed::add);
        capacity(program).ifPresent(failed::add);
        return new EligibilityDecision(failed);
    }

    private Optional<FailedRule> ageRange(ProgramTerms program, Applicant applicant, LocalDate asOf) {
        if (program.minimumAge() == null && program.maximumAge() == null) {
            return Optional.empty();
        }
        if (applicant.birthDate() == null) {
            return fail(EligibilityRule.AGE_RANGE, "The client's birth date is not recorded, so the age limits of "
                    + program.programName() + " (" + ageRangeText(program) + ") cannot be checked.");
        }
        int age = Period.between(applicant.birthDate(), asOf).getYears();
        boolean tooYoung = program.minimumAge() != null && age < program.minimumAge();
        boolean tooOld = program.maximumAge() != null && age > program.maximumAge();
        if (tooYoung || tooOld) {
            return fail(EligibilityRule.AGE_RANGE, "The client is " + age + " years old; " + program.programName()
                    + " serves people " + ageRangeText(program) + ".");
        }
        return Optional.empty();
    }

    private static String ageRangeText(ProgramTerms program) {
        if (program.minimumAge() == null) {
            return "aged " + program.maximumAge() + " or younger";
        }
        if (program.maximumAge() == null) {
            return "aged " + program.minimumAge() + " or older";
        }
        return "aged " + program.minimumAge() + " to " + program.maximumAge();
    }

    private Optional<FailedRule> residencyArea(ProgramTerms program, Applicant applicant) {
        if (program.residencyAreas().isEmpty()) {
            return Optional.empty();
        }
        String areas = String.join(", ", program.residencyAreas().stream().sorted().toList());
        if (isBlank(applicant.residencyArea())) {
            return fail(EligibilityRule.RESIDENCY_AREA, "The client's area of residence is not recorded; "
                    + program.programName() + " serves only: " + areas + ".");
        }
        boolean served = program.residencyAreas().stream()
                .anyMatch(area -> area.trim().equalsIgnoreCase(applicant.residencyArea().trim()));
        if (!served) {
            return fail(EligibilityRule.RESIDENCY_AREA, "The client lives in " + applicant.residencyArea().trim()
                    + "; " + program.programName() + " serves only: " + areas + ".");
        }
        return Optional.empty();
    }

    private Optional<FailedRule> incomeThreshold(ProgramTerms program, Applicant applicant) {
        BigDecimal limit = program.maximumMonthlyIncome();
        if (limit == null) {
            return Optional.empty();
        }
        if (applicant.monthlyIncome() == null) {
            return fail(EligibilityRule.INCOME_THRESHOLD, "The monthly income is not recorded; "
                    + program.programName() + " requires it to be at most " + money(limit) + ".");
        }
        if (applicant.monthlyIncome().compareTo(limit) > 0) {
            return fail(EligibilityRule.INCOME_THRESHOLD, "The monthly income of " + money(applicant.monthlyIncome())
                    + " is above the limit of " + money(limit) + " for " + program.programName() + ".");
        }
        return Optional.empty();
    }

    private Optional<FailedRule> domainsServed(ProgramTerms program, Applicant applicant) {
        if (applicant.domainsInNeed() == null) {
            return fail(EligibilityRule.DOMAINS_SERVED, "No assessment has been recorded, so it is not known whether "
                    + program.programName() + " serves the client's needs.");
        }
        if (applicant.domainsInNeed().isEmpty()) {
            return fail(EligibilityRule.DOMAINS_SERVED, "The assessment records no need that "
                    + program.programName() + " could help with.");
        }
        if (program.domainsServed().isEmpty()
                || applicant.domainsInNeed().stream().anyMatch(program.domainsServed()::contains)) {
            return Optional.empty();
        }
        return fail(EligibilityRule.DOMAINS_SERVED, program.programName() + " helps with "
                + labels(program.domainsServed()) + "; the client's needs are in " + labels(applicant.domainsInNeed())
                + ".");
    }

    private Optional<FailedRule> capacity(ProgramTerms program) {
        if (program.acceptingNewCases()) {
            return Optional.empty();
        }
        return fail(EligibilityRule.PROGRAM_CAPACITY, program.programName()
                + " is not accepting new cases at the moment.");
    }

    private static Optional<FailedRule> fail(EligibilityRule rule, String message) {
        return Optional.of(FailedRule.of(rule, message));
    }

    private static String labels(Collection<LifeDomain> domains) {
        return domains.stream().sorted().map(LifeDomain::label).collect(Collectors.joining(", "));
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
