package org.casemgmt.intake.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.casemgmt.intake.assessment.LifeDomain;

/**
 * The facts about a client that eligibility is decided on; any may be unknown (null).
 *
 * @param domainsInNeed the domains with a need above NONE; null when no assessment has been recorded yet
 */
public record Applicant(LocalDate birthDate, String residencyArea, BigDecimal monthlyIncome,
                        Set<LifeDomain> domainsInNeed) {
}
