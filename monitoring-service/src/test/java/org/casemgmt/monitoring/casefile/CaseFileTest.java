package org.casemgmt.monitoring.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casemgmt.platform.consent.ConsentRecord;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class CaseFileTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final CaseObjective NIGHTS = new CaseObjective("nights", 0, 28, "HIGHER_IS_BETTER",
            LocalDate.parse("2027-06-01"));

    private static CaseFile opened() {
        CaseFile file = CaseFile.started("case-1");
        file.opened("client-1", "agency-north", "program-1", "HIGH", "worker.alex",
                new ConsentRecord("consent-1", List.of("shelter-north"), null, null), NOW);
        file.goalSet(new CaseGoal("goal-1", "HOUSING", "HIGH", List.of(NIGHTS), CaseGoal.State.OPEN));
        return file;
    }

    @Test
    void aMeasurementIsRecordedAgainstAnObjectiveOfAnOpenGoalOfThePlan() {
        CaseFile file = opened();

        assertThat(file.objective("goal-1", "nights")).isEqualTo(NIGHTS);
        assertThatThrownBy(() -> file.objective("goal-1", "arrears")).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> file.objective("goal-9", "nights")).isInstanceOf(ResourceNotFoundException.class);
        file.goalClosed("goal-1", CaseGoal.State.ABANDONED);
        assertThatThrownBy(() -> file.objective("goal-1", "nights"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refusal -> assertThat(refusal.slug()).isEqualTo("goal-abandoned"));
    }

    @Test
    void theFileKnowsWhoOwnsTheCaseAndWhomTheConsentCovers() {
        CaseFile file = opened();

        assertThat(file).extracting(CaseFile::getCaseId, CaseFile::getClientId, CaseFile::getAgencyId,
                CaseFile::getProgramId, CaseFile::getPriority, CaseFile::getCaseManager, CaseFile::getOpenedAt,
                CaseFile::isOpened).containsExactly("case-1", "client-1", "agency-north", "program-1", "HIGH",
                "worker.alex", NOW, true);
        assertThat(file.consentCovers("shelter-north", NOW)).isTrue();
        file.consentWithdrawn("client-1", "consent-1", NOW);
        assertThat(file.consentCovers("shelter-north", NOW)).isFalse();
        assertThat(file.recordOnFile().agencyId()).isEqualTo("agency-north");
    }

    @Test
    void aRevisedGoalReplacesTheGoalOfTheSameIdOnly() {
        CaseFile file = opened();
        file.goalSet(new CaseGoal("goal-2", "INCOME", "LOW", List.of(), CaseGoal.State.OPEN));

        file.goalSet(new CaseGoal("goal-1", "HOUSING", "MEDIUM", List.of(), CaseGoal.State.OPEN));

        assertThat(file.getGoals()).extracting(CaseGoal::goalId, CaseGoal::priority)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("goal-1", "MEDIUM"),
                        org.assertj.core.groups.Tuple.tuple("goal-2", "LOW"));
        assertThat(file.processedEvents().firstDelivery("e-1")).isTrue();
        assertThat(file.isClientErased()).isFalse();
    }

    @Test
    void anApprovalOfTheSameVersionAgainKeepsTheLatestMoment() {
        CaseFile file = opened();

        file.planApproved("plan-1", 1, NOW);
        file.planApproved("plan-1", 1, NOW.plusSeconds(5));

        assertThat(file.getPlanApprovedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void aWithdrawalOfAConsentNotHeardOfIsKeptAndAnotherConsentStaysInForce() {
        CaseFile file = opened();

        file.consentWithdrawn("client-1", "consent-9", NOW);

        assertThat(file.consentCovers("shelter-north", NOW)).isTrue();
    }

    @Test
    void aLateApprovalOfAnOlderVersionDoesNotReplaceTheNewer() {
        CaseFile file = opened();

        file.planApproved("plan-1", 2, NOW.plusSeconds(60));
        file.planApproved("plan-1", 1, NOW);

        assertThat(file.getPlanApprovedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(file.getPlanId()).isEqualTo("plan-1");
    }

    @Test
    void aCaseIsClosedAndReopenedAndItsClientErased() {
        CaseFile file = opened();

        file.closed(NOW);
        assertThat(file.isClosed()).isTrue();
        file.reopened();
        assertThat(file.isClosed()).isFalse();
        file.clientErased();
        assertThat(file.isClientErased()).isTrue();
    }

    @Test
    void aCaseHeardOfOnlyThroughItsConsentIsNotOpenedYet() {
        CaseFile file = CaseFile.started("case-2");
        file.consentGranted("client-2", new ConsentRecord("consent-2", List.of("shelter-north"), null, null));
        file.consentGranted("client-2", new ConsentRecord("consent-2", List.of("other"), null, null));

        assertThat(file.isOpened()).isFalse();
        assertThat(file.getClientId()).isEqualTo("client-2");
        assertThat(file.consentCovers("other", NOW)).as("the first grant of a consent stands").isFalse();
    }
}
