package org.casemgmt.planning.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.casemgmt.planning.goal.ObjectiveIds.InvalidObjectiveId;
import org.junit.jupiter.api.Test;

class ObjectiveIdsTest {

    private final AtomicInteger issued = new AtomicInteger();
    private final Supplier<String> newIds = () -> "objective-" + issued.incrementAndGet();

    @Test
    void everyObjectiveOfANewGoalIsNamedByTheService() {
        List<Objective> named = ObjectiveIds.assign(List.of(unnamed(GoalFixtures.nightsHoused()),
                unnamed(GoalFixtures.rentArrears())), List.of(), newIds);

        assertThat(named).extracting(Objective::id).containsExactly("objective-1", "objective-2");
        assertThat(named).extracting(Objective::indicator)
                .containsExactly("Nights in stable accommodation", "Rent arrears");
    }

    @Test
    void aCallersIdIsRefusedForANewGoalWhichHasNoObjectiveItCouldName() {
        assertThatThrownBy(() -> ObjectiveIds.assign(List.of(GoalFixtures.nightsHoused()), List.of(), newIds))
                .isInstanceOfSatisfying(InvalidObjectiveId.class,
                        refused -> assertThat(refused.field()).isEqualTo("objectives[0].id"));
    }

    @Test
    void anEditKeepsTheObjectivesItNamesAndNamesTheNewOnes() {
        List<Objective> existing = List.of(GoalFixtures.nightsHoused(), GoalFixtures.rentArrears());

        List<Objective> named = ObjectiveIds.assign(List.of(GoalFixtures.rentArrears(),
                unnamed(GoalFixtures.nightsHoused())), existing, newIds);

        assertThat(named).extracting(Objective::id).containsExactly("arrears", "objective-1");
    }

    @Test
    void anIdTheGoalDoesNotHaveIsRefusedNamingTheField() {
        List<Objective> existing = List.of(GoalFixtures.nightsHoused());

        assertThatThrownBy(() -> ObjectiveIds.assign(List.of(GoalFixtures.nightsHoused(),
                GoalFixtures.rentArrears()), existing, newIds))
                .isInstanceOfSatisfying(InvalidObjectiveId.class, refused -> {
                    assertThat(refused.field()).isEqualTo("objectives[1].id");
                    assertThat(refused.getMessage()).contains("names no objective of this goal");
                });
    }

    @Test
    void anObjectiveNamedTwiceIsRefusedAtItsSecondMention() {
        List<Objective> existing = List.of(GoalFixtures.nightsHoused(), GoalFixtures.rentArrears());

        assertThatThrownBy(() -> ObjectiveIds.assign(List.of(GoalFixtures.rentArrears(),
                GoalFixtures.nightsHoused(), GoalFixtures.rentArrears()), existing, newIds))
                .isInstanceOfSatisfying(InvalidObjectiveId.class, refused -> {
                    assertThat(refused.field()).isEqualTo("objectives[2].id");
                    assertThat(refused.getMessage()).contains("a second time");
                });
        assertThat(issued).hasValue(0);
    }

    private static Objective unnamed(Objective objective) {
        return objective.withId(null);
    }
}
