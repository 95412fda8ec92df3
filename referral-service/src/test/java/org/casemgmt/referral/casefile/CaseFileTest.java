package org.casemgmt.referral.casefile;

import org.casemgmt.platform.consent.ConsentRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The consent gate and the goals, as the events leave them in whatever order they arrive. */
class CaseFileTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final ConsentRecord HOUSING_AND_LEGAL = new ConsentRecord("consent-1",
            List.of("shelter-north", "legal-aid-east"), Instant.parse("2027-12-31T00:00:00Z"), null);

    private static CaseFile opened(ConsentRecord consent) {
        CaseFile file = CaseFile.started("case-1");
        file.opened("client-1", "agency-north", "program-1", "HIGH", "worker.alex", consent,
                Instant.parse("2027-02-01T09:00:00Z"));
        return file;
    }

    @Test
    void aReferralToAnAgencyTheConsentNamesIsAllowedUnderThatConsent() {
        CaseFile file = opened(HOUSING_AND_LEGAL);

        assertThat(file.consentFor("shelter-north", NOW).consentId()).isEqualTo("consent-1");
        assertThat(file).extracting(CaseFile::getCaseId, CaseFile::getClientId, CaseFile::getAgencyId,
                CaseFile::getProgramId, CaseFile::getPriority, CaseFile::getCaseManager, CaseFile::isClientErased)
                .containsExactly("case-1", "client-1", "agency-north", "program-1", "HIGH", "worker.alex", false);
        assertThat(file.recordOnFile().agencyId()).isEqualTo("agency-north");
        assertThat(file.processedEvents().firstDelivery("event-1")).isTrue();
        assertThat(file.consentCovers("legal-aid-east", NOW)).isTrue();
        assertThat(file.isOpened()).isTrue();
    }

    @Test
    void anAgencyOutsideTheScopeIsRefusedNamingIt() {
        assertRefused(opened(HOUSING_AND_LEGAL), "food-bank-east", "consent-does-not-cover-agency");
    }

    @Test
    void anExpiredConsentIsRefusedAsExpired() {
        CaseFile file = opened(new ConsentRecord("consent-1", List.of("shelter-north"),
                Instant.parse("2027-02-28T00:00:00Z"), null));

        assertRefused(file, "shelter-north", "consent-expired");
        assertThat(file.consentCovers("shelter-north", Instant.parse("2027-02-27T23:59:59Z"))).isTrue();
    }

    @Test
    void aConsentEndsAtTheMomentItExpires() {
        Instant expiry = Instant.parse("2027-02-28T00:00:00Z");
        CaseFile file = opened(new ConsentRecord("consent-1", List.of("shelter-north"), expiry, null));

        assertThat(file.consentCovers("shelter-north", expiry)).isFalse();
    }

    @Test
    void aWithdrawnConsentIsRefusedAsWithdrawn() {
        CaseFile file = opened(HOUSING_AND_LEGAL);

        file.consentWithdrawn("client-1", "consent-1", NOW.minusSeconds(60));
        file.consentWithdrawn("client-1", "consent-1", NOW);

        assertRefused(file, "shelter-north", "consent-withdrawn");
        assertThat(file.getConsents()).singleElement()
                .satisfies(consent -> assertThat(consent.withdrawnAt()).isEqualTo(NOW.minusSeconds(60)));
    }

    @Test
    void aWithdrawalOfOneConsentLeavesTheOthersAlone() {
        CaseFile file = opened(HOUSING_AND_LEGAL);
        file.consentGranted("client-1", new ConsentRecord("consent-2", List.of("food-bank"), null, null));

        file.consentWithdrawn("client-1", "consent-2", NOW);

        assertThat(file.consentCovers("shelter-north", NOW)).isTrue();
        assertThat(file.consentCovers("food-bank", NOW)).isFalse();
    }

    @Test
    void withNoConsentAtAllTheRefusalSaysSo() {
        assertRefused(opened(null), "shelter-north", "no-consent");
    }

    @Test
    void anotherConsentInForceStillAllowsWhatAWithdrawnOneNoLongerDoes() {
        CaseFile file = opened(HOUSING_AND_LEGAL);
        file.consentGranted("client-1", new ConsentRecord("consent-2", List.of("shelter-north"), null, null));

        file.consentWithdrawn("client-1", "consent-1", NOW);

        assertThat(file.consentFor("shelter-north", NOW).consentId()).isEqualTo("consent-2");
        assertThat(file.consentCovers("legal-aid-east", NOW)).isFalse();
    }

    @Test
    void aWithdrawalArrivingBeforeItsGrantIsNotUndoneByTheGrant() {
        CaseFile file = CaseFile.started("case-1");
        file.consentWithdrawn("client-1", "consent-1", NOW.minusSeconds(60));

        file.consentGranted("client-1", HOUSING_AND_LEGAL);
        file.opened("client-1", "agency-north", "program-1", "HIGH", "worker.alex", HOUSING_AND_LEGAL, NOW);

        assertThat(file.consentCovers("shelter-north", NOW)).isFalse();
        assertThat(file.getConsents()).hasSize(1);
    }

    @Test
    void aCaseIsKnownOnlyOnceItWasOpened() {
        CaseFile file = CaseFile.started("case-1");
        file.consentGranted("client-1", HOUSING_AND_LEGAL);

        assertThat(file.isOpened()).isFalse();
        assertThat(file.getClientId()).isEqualTo("client-1");
        assertThat(file.recordOnFile().resourceType()).isEqualTo("case file");
    }

    @Test
    void goalsAreSetRevisedAndAbandoned() {
        CaseFile file = opened(HOUSING_AND_LEGAL);
        file.goalSet(CaseGoal.open("goal-1", "HOUSING", "HIGH", List.of("HOUSING_SEARCH")));
        file.goalSet(CaseGoal.open("goal-2", "INCOME", "MEDIUM", List.of("BENEFITS_ADVICE")));
        file.goalSet(CaseGoal.open("goal-3", "EDUCATION_EMPLOYMENT", "LOW", List.of("EMPLOYMENT_COACHING")));

        file.goalSet(CaseGoal.open("goal-1", "HOUSING", "HIGH", List.of("HOUSING_SEARCH", "EMERGENCY_SHELTER")));
        file.goalClosed("goal-2", CaseGoal.State.ABANDONED);
        file.goalClosed("goal-3", CaseGoal.State.ACHIEVED);

        assertThat(file.openGoals()).singleElement().satisfies(goal -> assertThat(goal.serviceTypes())
                .containsExactly("HOUSING_SEARCH", "EMERGENCY_SHELTER"));
        assertThat(file.openGoal("goal-1").goalId()).isEqualTo("goal-1");
        assertThatThrownBy(() -> file.openGoal("goal-2")).isInstanceOfSatisfying(RuleViolationException.class,
                refusal -> assertThat(refusal.slug()).isEqualTo("goal-abandoned"));
        assertThatThrownBy(() -> file.openGoal("goal-3")).isInstanceOfSatisfying(RuleViolationException.class,
                refusal -> assertThat(refusal).hasMessageContaining("was achieved"));
        assertThatThrownBy(() -> file.openGoal("goal-9")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aClosedCaseGetsNoMatchesOrReferralsUntilItIsReopened() {
        CaseFile file = opened(HOUSING_AND_LEGAL);
        file.goalSet(CaseGoal.open("goal-1", "HOUSING", "HIGH", List.of("HOUSING_SEARCH")));

        file.closed(NOW);

        assertThat(file.isClosed()).isTrue();
        assertClosedRefusal(file::requireNotClosed);
        assertClosedRefusal(() -> file.openGoal("goal-1"));

        file.reopened(NOW.plusSeconds(3600));

        assertThat(file.isClosed()).isFalse();
        assertThat(file.openGoal("goal-1").goalId()).isEqualTo("goal-1");
    }

    @Test
    void aClosureArrivingAfterTheReopeningThatEndedItChangesNothing() {
        CaseFile file = opened(HOUSING_AND_LEGAL);

        file.reopened(NOW);
        file.closed(NOW.minusSeconds(3600));

        assertThat(file.isClosed()).isFalse();
    }

    @Test
    void aLaterClosureArrivingBeforeAnEarlierReopeningStillStands() {
        CaseFile file = opened(HOUSING_AND_LEGAL);
        file.closed(NOW.minusSeconds(7200));

        file.closed(NOW);
        file.reopened(NOW.minusSeconds(3600));

        assertThat(file.isClosed()).isTrue();
    }

    @Test
    void anErasedClientIsMarked() {
        CaseFile file = opened(HOUSING_AND_LEGAL);

        file.clientErased();

        assertThat(file.isClientErased()).isTrue();
    }

    private static void assertClosedRefusal(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
            assertThat(refusal.slug()).isEqualTo("case-closed");
            assertThat(refusal.getMessage()).contains("case-1", "re-opened");
        });
    }

    private static void assertRefused(CaseFile file, String agency, String slug) {
        assertThat(file.consentCovers(agency, NOW)).isFalse();
        assertThatThrownBy(() -> file.consentFor(agency, NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                refusal -> {
                    assertThat(refusal.slug()).isEqualTo(slug);
                    assertThat(refusal.getMessage()).isNotBlank();
                });
    }
}
