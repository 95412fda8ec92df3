package org.casemgmt.planning.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casemgmt.planning.goal.GoalFixtures.MEASURED;
import static org.casemgmt.planning.goal.GoalFixtures.measured;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Target evaluation: when an objective is met, when a goal is achieved, when an objective is overdue. */
class GoalTest {

    @ParameterizedTest(name = "{0}: {1} against a target of {2} meets it: {3}")
    @CsvSource({
            "HIGHER_IS_BETTER, 29, 28, true",
            "HIGHER_IS_BETTER, 28, 28, true",
            "HIGHER_IS_BETTER, 27.5, 28, false",
            "LOWER_IS_BETTER, 0, 0, true",
            "LOWER_IS_BETTER, 9, 9, true",
            "LOWER_IS_BETTER, 8, 9, true",
            "LOWER_IS_BETTER, 10, 9, false"})
    void aValueMeetsItsTargetWhenItReachesItInTheObjectivesDirection(Direction direction, double value, double target,
                                                                     boolean meets) {
        assertThat(direction.meets(value, target)).isEqualTo(meets);
    }

    @Test
    void anObjectiveWithNothingMeasuredIsNotMet() {
        assertThat(GoalFixtures.rentArrears().isMet()).isFalse();
    }

    @Test
    void anObjectiveIsJudgedByItsLatestMeasurementNotItsBest() {
        Objective arrears = GoalFixtures.rentArrears()
                .withMeasurement(measured("e1", 0, MEASURED))
                .withMeasurement(measured("e2", 400, MEASURED.plusSeconds(86_400)));

        assertThat(arrears.isMet()).isFalse();
        assertThat(arrears.latest()).map(Measurement::value).contains(400.0);
    }

    @Test
    void theLatestMeasurementIsTheLastMeasuredNotTheLastToArrive() {
        Objective arrears = GoalFixtures.rentArrears()
                .withMeasurement(measured("later", 0, MEASURED.plusSeconds(86_400)))
                .withMeasurement(measured("earlier", 400, MEASURED));

        assertThat(arrears.isMet()).isTrue();
    }

    @Test
    void aGoalIsAchievedOnlyWhenEveryObjectiveMeetsItsTarget() {
        Goal housed = GoalFixtures.housingGoal().withMeasurement("nights", measured("e1", 30, MEASURED));
        assertThat(housed.allTargetsMet()).as("arrears not yet cleared").isFalse();

        Goal clearedToo = housed.withMeasurement("arrears", measured("e2", 0, MEASURED));
        assertThat(clearedToo.allTargetsMet()).isTrue();
    }

    @Test
    void aGoalWithoutObjectivesIsNeverAchieved() {
        Goal empty = Goal.proposed("g", GoalFixtures.housingTerms(), null);

        assertThat(empty.allTargetsMet()).isFalse();
    }

    @Test
    void anObjectiveIsOverdueOnlyOnceItsDueDateHasPassedWithoutMeetingItsTarget() {
        Objective arrears = GoalFixtures.rentArrears();
        LocalDate due = arrears.dueDate();

        assertThat(arrears.isOverdue(due)).as("on the due date").isFalse();
        assertThat(arrears.isOverdue(due.plusDays(1))).as("the day after").isTrue();
        assertThat(arrears.withMeasurement(measured("e1", 0, MEASURED)).isOverdue(due.plusDays(1)))
                .as("met, however late").isFalse();
    }

    @Test
    void editingAGoalKeepsWhatWasMeasuredAgainstObjectivesThatKeepTheirId() {
        Goal measuredGoal = GoalFixtures.housingGoal().withMeasurement("arrears", measured("e1", 900, MEASURED));
        Objective movedDueDate = new Objective("arrears", "Rent arrears", 1850, 0, "EUR", Direction.LOWER_IS_BETTER,
                GoalFixtures.DUE.plusMonths(1), List.of());

        Goal edited = measuredGoal.withTerms(GoalFixtures.housingTerms(movedDueDate), null);

        assertThat(edited.objective("arrears").orElseThrow().history()).extracting(Measurement::progressEntryId)
                .containsExactly("e1");
        assertThat(edited.objective("nights")).as("dropped from the goal").isEmpty();
    }

    @Test
    void aGoalChangedSinceItsApprovalIsToBeAnnouncedAsRevisedButMeasurementsAreNotAChange() {
        Goal approved = GoalFixtures.housingGoal().approved();
        assertThat(approved.withMeasurement("nights", measured("e1", 3, MEASURED)).changedSinceApproval()).isFalse();

        Goal reworded = approved.withTerms(new GoalTerms("HOUSING", "A home of my own", Priority.HIGH,
                ResponsibleParty.CLIENT, null, approved.objectives(), approved.interventions()), null);
        assertThat(reworded.changedSinceApproval()).isTrue();
    }

    @Test
    void theServiceTypesOfAGoalAreThoseItsInterventionsNeedEachOnce() {
        assertThat(GoalFixtures.housingGoal().terms().serviceTypes())
                .containsExactly("HOUSING_SEARCH", "TENANCY_SUPPORT");
    }
}
