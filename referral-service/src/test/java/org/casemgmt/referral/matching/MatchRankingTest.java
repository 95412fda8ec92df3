package org.casemgmt.referral.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.casemgmt.referral.casefile.CaseGoal;
import org.casemgmt.referral.directory.Capacity;
import org.casemgmt.referral.directory.ServiceListing;
import org.junit.jupiter.api.Test;

class MatchRankingTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final CaseGoal HOUSING = new CaseGoal("goal-1", "HOUSING", "HIGH",
            List.of("HOUSING_SEARCH", "EMERGENCY_SHELTER"), CaseGoal.State.OPEN);
    private static final Set<String> COVERED = Set.of("shelter-north", "housing-east", "housing-west");

    private static ServiceListing service(String id, String agency, String status, List<String> types,
                                          Integer minAge, Integer maxAge, List<String> languages, List<String> areas,
                                          Capacity capacity) {
        return new ServiceListing(id, "Service " + id, "org-" + id, "Org " + id, agency, status, types, minAge,
                maxAge, languages, areas, capacity, NOW.minus(Duration.ofDays(1)));
    }

    private static ServiceListing housing(String id, Capacity capacity) {
        return service(id, "housing-east", "active", List.of("HOUSING_SEARCH"), null, null, List.of(), List.of(),
                capacity);
    }

    private static Capacity free(int offerable, Instant updated) {
        return new Capacity("Bed", offerable, 20, 0, offerable, "capacity", null, updated);
    }

    private static List<String> ranked(List<ServiceListing> services, EligibilityFacts facts) {
        return MatchRanking.rank(HOUSING, services, facts, COVERED::contains, NOW).stream()
                .map(Match::serviceId).toList();
    }

    @Test
    void onlyActiveServicesOfferingOneOfTheGoalsServiceTypesAreCandidates() {
        List<ServiceListing> services = List.of(
                housing("a", null),
                service("closed", "housing-east", "inactive", List.of("HOUSING_SEARCH"), null, null, List.of(),
                        List.of(), null),
                service("food", "housing-east", "active", List.of("FOOD_PARCELS"), null, null, List.of(), List.of(),
                        null));

        assertThat(ranked(services, EligibilityFacts.UNKNOWN)).containsExactly("a");
    }

    @Test
    void anIneligibleServiceRanksBelowEveryEligibleOneAndSaysWhy() {
        ServiceListing youthOnly = service("youth", "housing-east", "active", List.of("HOUSING_SEARCH"), 16, 24,
                List.of(), List.of(), free(10, NOW));
        ServiceListing anyAge = housing("any", new Capacity("Bed", 1, 5, 4, 1, "capacity", null,
                NOW.minus(Duration.ofDays(30))));

        List<Match> matches = MatchRanking.rank(HOUSING, List.of(youthOnly, anyAge), new EligibilityFacts(34, null,
                null), COVERED::contains, NOW);

        assertThat(matches).extracting(Match::serviceId).containsExactly("any", "youth");
        assertThat(matches.get(1).eligible()).isFalse();
        assertThat(matches.get(1).canTakeReferral()).isFalse();
        assertThat(matches.get(1).reasons()).contains("not eligible: age 34 is over its maximum age of 24");
        assertThat(matches).extracting(Match::rank).containsExactly(1, 2);
    }

    @Test
    void ageLanguageAndAreaAreEachChecked() {
        ServiceListing spanishNorth = service("es", "housing-east", "active", List.of("HOUSING_SEARCH"), 18, null,
                List.of("es", "en"), List.of("north-district"), free(3, NOW));

        assertThat(MatchRanking.rank(HOUSING, List.of(spanishNorth), new EligibilityFacts(17, null, null),
                COVERED::contains, NOW).getFirst().reasons()).contains("not eligible: age 17 is under its minimum age of 18");
        assertThat(MatchRanking.rank(HOUSING, List.of(spanishNorth), new EligibilityFacts(null, "fr", null),
                COVERED::contains, NOW).getFirst().eligible()).isFalse();
        assertThat(MatchRanking.rank(HOUSING, List.of(spanishNorth), new EligibilityFacts(null, null,
                "south-district"), COVERED::contains, NOW).getFirst().eligible()).isFalse();
        Match eligible = MatchRanking.rank(HOUSING, List.of(spanishNorth), new EligibilityFacts(18, "ES",
                "North-District"), COVERED::contains, NOW).getFirst();
        assertThat(eligible.eligible()).isTrue();
        assertThat(eligible.reasons()).contains("age 18 is within its age range", "works in es",
                "serves North-District");
    }

    @Test
    void theAgeLimitsAreInclusive() {
        ServiceListing adults = service("adults", "housing-east", "active", List.of("HOUSING_SEARCH"), 18, 64,
                List.of(), List.of(), free(3, NOW));
        ServiceListing seniors = service("seniors", "housing-east", "active", List.of("HOUSING_SEARCH"), null, 64,
                List.of(), List.of(), free(3, NOW));

        for (int age : new int[] {18, 64}) {
            assertThat(MatchRanking.rank(HOUSING, List.of(adults), new EligibilityFacts(age, null, null),
                    COVERED::contains, NOW).getFirst().eligible()).as("age " + age).isTrue();
        }
        assertThat(MatchRanking.rank(HOUSING, List.of(seniors), new EligibilityFacts(65, null, null),
                COVERED::contains, NOW).getFirst().eligible()).isFalse();
        assertThat(MatchRanking.rank(HOUSING, List.of(seniors), new EligibilityFacts(3, null, null),
                COVERED::contains, NOW).getFirst().reasons()).contains("age 3 is within its age range");
    }

    @Test
    void unknownFactsAreNotCheckedAndSaySo() {
        ServiceListing strict = service("strict", "housing-east", "active", List.of("HOUSING_SEARCH"), 18, 64,
                List.of("en"), List.of("north-district"), free(3, NOW));

        Match match = MatchRanking.rank(HOUSING, List.of(strict), EligibilityFacts.UNKNOWN, COVERED::contains, NOW)
                .getFirst();

        assertThat(match.eligible()).isTrue();
        assertThat(match.reasons()).contains("age not given: its age rule was not checked",
                "language not given: its languages were not checked",
                "area not given: its service areas were not checked");
    }

    @Test
    void aServiceTheConsentDoesNotCoverRanksBelowCoveredOnesAndCannotTakeTheReferral() {
        ServiceListing uncovered = service("elsewhere", "other-agency", "active", List.of("HOUSING_SEARCH"), null,
                null, List.of(), List.of(), free(9, NOW));
        ServiceListing covered = housing("covered", new Capacity("Bed", 1, 2, 1, 0, "waitlist", "6 weeks", NOW));

        List<Match> matches = MatchRanking.rank(HOUSING, List.of(uncovered, covered), EligibilityFacts.UNKNOWN,
                COVERED::contains, NOW);

        assertThat(matches).extracting(Match::serviceId).containsExactly("covered", "elsewhere");
        assertThat(matches.get(1).consentCovers()).isFalse();
        assertThat(matches.get(1).canTakeReferral()).isFalse();
        assertThat(matches.get(1).reasons()).contains(
                "the client's consent does not cover agency other-agency: a referral would be refused");
        assertThat(matches.get(0).reasons()).contains("waitlist (6 weeks)");
    }

    @Test
    void roomNowComesBeforeUntrackedBeforeAWaitlistBeforeAssessmentBeforeNoRoom() {
        List<ServiceListing> services = List.of(
                housing("none", new Capacity("Bed", 2, 20, 2, 0, "capacity", null, NOW)),
                housing("assessment", new Capacity("Bed", 2, 20, 0, 2, "additional-assessment-required", null, NOW)),
                housing("waitlist", new Capacity("Bed", 0, 20, 0, 0, "waitlist", null, NOW)),
                housing("untracked", null),
                housing("free", free(1, NOW)));

        assertThat(ranked(services, EligibilityFacts.UNKNOWN))
                .containsExactly("free", "untracked", "waitlist", "assessment", "none");
        List<Match> matches = MatchRanking.rank(HOUSING, services, EligibilityFacts.UNKNOWN, COVERED::contains, NOW);
        assertThat(matches).filteredOn(Match::canTakeReferral).extracting(Match::serviceId)
                .containsExactly("free", "untracked", "assessment");
        assertThat(matches.get(0).reasons()).contains("1 of 20 Bed free");
        assertThat(matches.get(4).reasons()).contains("no capacity: 0 Bed free");
    }

    @Test
    void offeringMoreOfTheGoalsServiceTypesRanksHigher() {
        ServiceListing both = service("both", "housing-east", "active", List.of("EMERGENCY_SHELTER",
                "HOUSING_SEARCH"), null, null, List.of(), List.of(), free(1, NOW));
        ServiceListing one = housing("one", free(5, NOW));

        List<Match> matches = MatchRanking.rank(HOUSING, List.of(one, both), EligibilityFacts.UNKNOWN,
                COVERED::contains, NOW);

        assertThat(matches).extracting(Match::serviceId).containsExactly("both", "one");
        assertThat(matches.get(0).matchedServiceTypes()).containsExactly("HOUSING_SEARCH", "EMERGENCY_SHELTER");
        assertThat(matches.get(0).reasons().getFirst()).isEqualTo("offers HOUSING_SEARCH, EMERGENCY_SHELTER");
    }

    @Test
    void aCapacityUpdatedThisWeekRanksAboveAnOlderOneAndTheOlderIsFlagged() {
        ServiceListing stale = housing("stale", free(9, NOW.minus(Duration.ofDays(12))));
        ServiceListing fresh = housing("fresh", free(1, NOW.minus(Duration.ofDays(7))));

        List<Match> matches = MatchRanking.rank(HOUSING, List.of(stale, fresh), EligibilityFacts.UNKNOWN,
                COVERED::contains, NOW);

        assertThat(matches).extracting(Match::serviceId).containsExactly("fresh", "stale");
        assertThat(matches.get(0).reasons()).contains("updated 7 days ago");
        assertThat(matches.get(1).reasons()).contains("possibly out of date: last updated 12 days ago");
    }

    @Test
    void otherwiseMoreUnitsFreeThenTheNameDecide() {
        List<ServiceListing> services = List.of(housing("b", free(1, NOW)), housing("c", free(4, NOW)),
                housing("a", free(1, NOW.minus(Duration.ofDays(1)))));

        assertThat(ranked(services, EligibilityFacts.UNKNOWN)).containsExactly("c", "a", "b");
        assertThat(MatchRanking.rank(HOUSING, List.of(housing("x", free(1, NOW.minus(Duration.ofDays(1))))),
                EligibilityFacts.UNKNOWN, COVERED::contains, NOW).getFirst().reasons()).contains("updated 1 day ago");
    }
}
