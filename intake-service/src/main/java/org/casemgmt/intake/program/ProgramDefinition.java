package org.casemgmt.intake.program;

import java.math.BigDecimal;
import java.util.Set;

import org.casemgmt.intake.assessment.LifeDomain;

/**
 * A program's description and eligibility terms. An age bound or the income limit left out, or the residency
 * areas or domains empty, mean "no restriction".
 */
record ProgramDefinition(String name, String description, Integer minimumAge, Integer maximumAge,
                         Set<String> residencyAreas, BigDecimal maximumMonthlyIncome, Set<LifeDomain> domainsServed,
                         boolean acceptingNewCases) {

    ProgramDefinition {
        residencyAreas = residencyAreas == null ? Set.of() : Set.copyOf(residencyAreas);
        domainsServed = domainsServed == null ? Set.of() : Set.copyOf(domainsServed);
    }
}
