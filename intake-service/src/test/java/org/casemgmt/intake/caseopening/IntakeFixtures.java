package org.casemgmt.intake.caseopening;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casemgmt.intake.assessment.Assessment;
import org.casemgmt.intake.assessment.Circumstances;
import org.casemgmt.intake.assessment.GatheredDocument;
import org.casemgmt.intake.assessment.LifeDomain;
import org.casemgmt.intake.assessment.Need;
import org.casemgmt.intake.assessment.Risk;
import org.casemgmt.intake.assessment.RiskLevel;
import org.casemgmt.intake.assessment.Severity;
import org.casemgmt.intake.consent.Consent;
import org.casemgmt.intake.consent.ConsentGiver;
import org.casemgmt.intake.eligibility.EligibilityDecision;

/** Intakes in the states the tests need. */
final class IntakeFixtures {

    static final Instant STARTED = Instant.parse("2026-11-20T09:00:00Z");

    private IntakeFixtures() {
    }

    static Intake inProgress(String id, String agencyId, Instant startedAt) {
        return Intake.start(id, "client-1", agencyId, "housing-first", "manager-1", "worker-1", startedAt);
    }

    /** Assessed, consented, found eligible and opened as an urgent case under consent-1. */
    static Intake opened(String id) {
        Intake intake = inProgress(id, "agency-a", STARTED);
        intake.recordAssessment(housingCrisisAssessment());
        intake.recordConsent(consentGivenAt(STARTED));
        intake.recordEligibility(new EligibilityDecision(List.of()), STARTED);
        intake.open(CasePriority.URGENT, RiskLevel.HIGH, intake.getConsents().getFirst(), "worker-1",
                STARTED.plusSeconds(900));
        return intake;
    }

    static Assessment housingCrisisAssessment() {
        return new Assessment(
                List.of(new Need(LifeDomain.HOUSING, Severity.HIGH, "eviction notice for next month"),
                        new Need(LifeDomain.INCOME, Severity.MODERATE, "benefits stopped")),
                List.of("supportive sister", "part-time job"),
                List.of(new Risk("eviction", RiskLevel.HIGH, "court date set")),
                new Circumstances(3, new BigDecimal("1250.50"), "North", "private rental", "part-time"),
                List.of(new GatheredDocument("EVICTION_NOTICE", "Notice to quit", LocalDate.of(2026, 11, 18),
                        "dms://docs/123")),
                "worker-1", STARTED.plusSeconds(600));
    }

    static Consent consentGivenAt(Instant givenAt) {
        return Consent.given("consent-1", "coordinate housing support", List.of("agency-a", "shelter-north"),
                ConsentGiver.CLIENT, "worker-1", givenAt, givenAt.plusSeconds(365L * 24 * 3600));
    }
}
