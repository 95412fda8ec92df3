package org.casemgmt.planning.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Goals as a case worker would write them, for the rule tests. */
public final class GoalFixtures {

    public static final LocalDate DUE = LocalDate.of(2027, 2, 28);
    public static final Instant MEASURED = Instant.parse("2027-02-20T15:10:00Z");

    private GoalFixtures() {
    }

    /** Nights housed: higher is better, from 0 to 28. */
    public static Objective nightsHoused() {
        return new Objective("nights", "Nights in stable accommodation", 0, 28, "nights", Direction.HIGHER_IS_BETTER,
                DUE, List.of());
    }

    /** Rent arrears: lower is better, from 1850 to 0. */
    public static Objective rentArrears() {
        return new Objective("arrears", "Rent arrears", 1850, 0, "EUR", Direction.LOWER_IS_BETTER, DUE, List.of());
    }

    public static GoalTerms housingTerms(Objective... objectives) {
        return new GoalTerms("HOUSING", "Move into a home I can afford and keep", Priority.HIGH,
                ResponsibleParty.PROVIDER, "housing-navigator", List.of(objectives),
                List.of(new Intervention("Housing search", "HOUSING_SEARCH"),
                        new Intervention("Tenancy support", "TENANCY_SUPPORT"),
                        new Intervention("Second housing search", "HOUSING_SEARCH")));
    }

    public static Goal housingGoal() {
        return Goal.proposed("goal-housing", housingTerms(nightsHoused(), rentArrears()), null);
    }

    public static Measurement measured(String entry, double value, Instant at) {
        return new Measurement(entry, value, at, "staff-0142");
    }
}
