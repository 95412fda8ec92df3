package org.casemgmt.intake.eligibility;

import java.math.BigDecimal;
import java.util.Set;

import org.casemgmt.intake.assessment.LifeDomain;

/**
 * What a program asks of the people it serves. A null bound or an empty set means "no restriction", except
 * {@code domainsServed}: an empty set means the program serves every domain.
 */
public record ProgramTerms(String programName, Integer minimumAge, Integer maximumAge, Set<String> residencyAreas,
                           BigDecimal maximumMonthlyIncome, Set<LifeDomain> domainsServed,
                           boolean acceptingNewCases) {

    public ProgramTerms {
        residencyAreas = residencyAreas == null ? Set.of() : Set.copyOf(residencyAreas);
        domainsServed = domainsServed == null ? Set.of() : Set.copyOf(domainsServed);
    }
}
