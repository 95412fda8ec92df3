package org.casemgmt.monitoring.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.casemgmt.monitoring.instrument.ShippedInstruments.GAD_7;
import static org.casemgmt.monitoring.instrument.ShippedInstruments.PHQ_9;
import static org.casemgmt.monitoring.instrument.ShippedInstruments.SELF_SUFFICIENCY;
import static org.casemgmt.monitoring.instrument.ShippedInstruments.answers;
import static org.casemgmt.monitoring.instrument.ShippedInstruments.totalling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casemgmt.monitoring.instrument.Instrument.Severity;
import org.casemgmt.monitoring.instrument.InstrumentScoring.Answer;
import org.casemgmt.monitoring.instrument.InstrumentScoring.Crossing;
import org.casemgmt.monitoring.instrument.InstrumentScoring.Kind;
import org.casemgmt.monitoring.instrument.InstrumentScoring.Score;
import org.casemgmt.monitoring.instrument.InstrumentScoring.ScoredDomain;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped instruments scored against worked examples, the answers refused, and the thresholds crossed. */
class InstrumentScoringTest {

    private static final String PHQ_9_ITEM_9_REASON = PHQ_9.triggers().getFirst().reason();

    @Nested
    class Phq9 {

        @Test
        void allOnesTotalNineMildAndItem9AboveZeroFiresTheUrgentTrigger() {
            Score score = InstrumentScoring.score(PHQ_9, answers(PHQ_9, 1, 1, 1, 1, 1, 1, 1, 1, 1));

            assertThat(score.total()).isEqualTo(9);
            assertThat(score.band().code()).isEqualTo("mild");
            assertThat(score.domains()).isEmpty();
            assertThat(score.fired()).singleElement().satisfies(trigger -> {
                assertThat(trigger.itemId()).isEqualTo("9");
                assertThat(trigger.severity()).isEqualTo(Severity.URGENT);
            });
        }

        @Test
        void twosThenOneThenZeroTotalFifteenModeratelySevereWithoutTheItemTrigger() {
            Score score = InstrumentScoring.score(PHQ_9, answers(PHQ_9, 2, 2, 2, 2, 2, 2, 2, 1, 0));

            assertThat(score.total()).isEqualTo(15);
            assertThat(score.band().code()).isEqualTo("moderately-severe");
            assertThat(score.band().alert()).isTrue();
            assertThat(score.fired()).isEmpty();
            assertThat(InstrumentScoring.crossings(PHQ_9, score, null)).containsExactly(new Crossing(Kind.BAND,
                    "moderately-severe", Severity.HIGH, "The total, 15, reached the band Moderately severe "
                    + "depression."));
        }

        @Test
        void item9AtOneWithATotalOfThreeStaysMinimalAndCrossesOnlyTheItemThreshold() {
            Score score = InstrumentScoring.score(PHQ_9, answers(PHQ_9, 1, 1, 0, 0, 0, 0, 0, 0, 1));

            assertThat(score.total()).isEqualTo(3);
            assertThat(score.band().code()).isEqualTo("minimal");
            assertThat(InstrumentScoring.crossings(PHQ_9, score, null))
                    .containsExactly(new Crossing(Kind.ITEM, "9", Severity.URGENT, PHQ_9_ITEM_9_REASON));
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({"0, minimal", "4, minimal", "5, mild", "9, mild", "10, moderate", "14, moderate",
                "15, moderately-severe", "19, moderately-severe", "20, severe", "24, severe", "27, severe"})
        void totalsFallInTheirBandsBothEndsIncluded(int total, String band) {
            Score score = InstrumentScoring.score(PHQ_9, totalling(PHQ_9, total));

            assertThat(score.total()).isEqualTo(total);
            assertThat(score.band().code()).isEqualTo(band);
        }

        @Test
        void onlyModeratelySevereAndSevereAlert() {
            assertThat(PHQ_9.bands()).filteredOn(Instrument.Band::alert).extracting(Instrument.Band::code)
                    .containsExactly("moderately-severe", "severe");
        }

        @Test
        void item9AtTheTopFiresTheTriggerWithTheSevereBand() {
            Score score = InstrumentScoring.score(PHQ_9, totalling(PHQ_9, 27));

            assertThat(InstrumentScoring.crossings(PHQ_9, score, null)).extracting(Crossing::kind, Crossing::trigger)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.BAND, "severe"),
                            org.assertj.core.groups.Tuple.tuple(Kind.ITEM, "9"));
        }
    }

    @Nested
    class Gad7 {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({"0, minimal, false", "4, minimal, false", "5, mild, false", "9, mild, false",
                "10, moderate, true", "14, moderate, true", "15, severe, true", "21, severe, true"})
        void totalsFallInTheirBandsAndTenOrMoreIsAPositiveScreen(int total, String band, boolean alert) {
            Score score = InstrumentScoring.score(GAD_7, totalling(GAD_7, total));

            assertThat(score.total()).isEqualTo(total);
            assertThat(score.band().code()).isEqualTo(band);
            assertThat(score.band().alert()).isEqualTo(alert);
            assertThat(score.fired()).isEmpty();
        }

        @Test
        void aTotalOfTenIsModerateAndCrossesItsBand() {
            Score score = InstrumentScoring.score(GAD_7, answers(GAD_7, 2, 2, 2, 1, 1, 1, 1));

            assertThat(score.total()).isEqualTo(10);
            assertThat(InstrumentScoring.crossings(GAD_7, score, "mild")).containsExactly(new Crossing(Kind.BAND,
                    "moderate", Severity.HIGH, "The total, 10, reached the band Moderate anxiety."));
        }
    }

    @Nested
    class SelfSufficiency {

        @Test
        void eachDomainScoresOnItsOwnAndTheTotalIsTheirSum() {
            Score score = InstrumentScoring.score(SELF_SUFFICIENCY,
                    answers(SELF_SUFFICIENCY, 2, 3, 4, 5, 3, 3, 4, 5, 2, 3));

            assertThat(score.total()).isEqualTo(34);
            assertThat(score.band().code()).isEqualTo("building");
            assertThat(score.domains()).containsExactly(new ScoredDomain("HOUSING", 2), new ScoredDomain("INCOME", 3),
                    new ScoredDomain("EMPLOYMENT", 4), new ScoredDomain("FOOD", 5),
                    new ScoredDomain("HEALTH_CARE", 3), new ScoredDomain("MENTAL_HEALTH", 3),
                    new ScoredDomain("SAFETY", 4), new ScoredDomain("LEGAL", 5),
                    new ScoredDomain("FAMILY_SOCIAL", 2), new ScoredDomain("MOBILITY", 3));
            assertThat(score.fired()).isEmpty();
        }

        @Test
        void theDomainsAreReportedInTheInstrumentsOrderWhateverTheOrderOfTheAnswers() {
            List<Answer> reversed = new ArrayList<>(answers(SELF_SUFFICIENCY, 1, 2, 3, 4, 5, 5, 4, 3, 2, 2));
            java.util.Collections.reverse(reversed);

            assertThat(InstrumentScoring.score(SELF_SUFFICIENCY, reversed).domains())
                    .extracting(ScoredDomain::domain).first().isEqualTo("HOUSING");
        }

        @Test
        void aDomainAtOneIsAHighAlertInThatDomain() {
            Score score = InstrumentScoring.score(SELF_SUFFICIENCY,
                    answers(SELF_SUFFICIENCY, 1, 3, 3, 3, 3, 3, 3, 1, 3, 3));

            assertThat(score.total()).isEqualTo(26);
            assertThat(score.band().code()).isEqualTo("stable");
            assertThat(InstrumentScoring.crossings(SELF_SUFFICIENCY, score, null)).containsExactly(
                    new Crossing(Kind.ITEM, "HOUSING", Severity.HIGH, "In crisis in housing."),
                    new Crossing(Kind.ITEM, "LEGAL", Severity.HIGH, "In crisis in legal matters."));
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({"10, in-crisis", "17, in-crisis", "18, vulnerable", "25, vulnerable", "26, stable",
                "33, stable", "34, building", "41, building", "42, thriving", "50, thriving"})
        void totalsFallInTheirBandsAndNoneAlertsSinceACrisisDomainAlreadyDoes(int total, String band) {
            Score score = InstrumentScoring.score(SELF_SUFFICIENCY, totalling(SELF_SUFFICIENCY, total));

            assertThat(score.band().code()).isEqualTo(band);
            assertThat(score.band().alert()).isFalse();
        }

        @Test
        void everyDomainHasFiveLevelsEachWithAnAnchorOfItsOwn() {
            assertThat(SELF_SUFFICIENCY.items()).hasSize(10).allSatisfy(item -> {
                assertThat(item.options()).extracting(Instrument.Option::score).containsExactly(1, 2, 3, 4, 5);
                assertThat(item.options()).extracting(Instrument.Option::label).doesNotHaveDuplicates();
            });
            assertThat(SELF_SUFFICIENCY.triggers()).extracting(Instrument.Trigger::itemId)
                    .containsExactlyElementsOf(SELF_SUFFICIENCY.items().stream().map(Instrument.Item::id).toList());
        }
    }

    @Nested
    class Answers {

        @Test
        void anUnansweredItemIsNamed() {
            RuleViolationException refused = refused(PHQ_9, answers(PHQ_9, 0, 0, 0, 0, 0, 0, 0, 0));

            assertThat(refused.slug()).isEqualTo("invalid-answers");
            assertThat(refused.getMessage()).isEqualTo("The answers do not fit PHQ-9 version 1: item 9 is not "
                    + "answered.");
            assertThat(refused.properties()).containsEntry("errors",
                    List.of(Map.of("itemId", "9", "message", "is not answered")));
        }

        @Test
        void anItemAnsweredTwiceIsNamedOnce() {
            List<Answer> twice = new ArrayList<>(answers(PHQ_9, 0, 0, 0, 0, 0, 0, 0, 0, 0));
            twice.add(new Answer("3", 1));

            assertThat(refused(PHQ_9, twice).properties()).containsEntry("errors",
                    List.of(Map.of("itemId", "3", "message", "is answered 2 times; answer it once")));
        }

        @Test
        void aScoreNoOptionHasIsNamedWithTheScoresThereAre() {
            assertThat(refused(PHQ_9, answers(PHQ_9, 0, 4, 0, 0, 0, 0, 0, 0, 0)).properties()).containsEntry("errors",
                    List.of(Map.of("itemId", "2", "message", "has no answer scored 4; its scores are 0, 1, 2, 3")));
            assertThat(refused(SELF_SUFFICIENCY, answers(SELF_SUFFICIENCY, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3))
                    .getMessage()).contains("item HOUSING has no answer scored 0; its scores are 1, 2, 3, 4, 5");
        }

        @Test
        void anItemTheInstrumentDoesNotHaveIsNamed() {
            List<Answer> extra = new ArrayList<>(answers(GAD_7, 0, 0, 0, 0, 0, 0, 0));
            extra.add(new Answer("8", 0));

            assertThat(refused(GAD_7, extra).properties()).containsEntry("errors",
                    List.of(Map.of("itemId", "8", "message", "is not an item of GAD-7")));
        }

        @Test
        void everyFaultIsNamedAtOnceEachItemOnce() {
            List<Answer> answers = new ArrayList<>(List.of(new Answer("1", 7), new Answer("1", 0),
                    new Answer("2", 0), new Answer("2", 0), new Answer("X", 1)));

            RuleViolationException refused = refused(GAD_7, answers);

            assertThat(refused.getMessage()).isEqualTo("The answers do not fit GAD-7 version 1: item 1 has no answer "
                    + "scored 7; its scores are 0, 1, 2, 3; item X is not an item of GAD-7; item 2 is answered 2 "
                    + "times; answer it once; item 3 is not answered; item 4 is not answered; item 5 is not "
                    + "answered; item 6 is not answered; item 7 is not answered.");
        }

        @Test
        void noAnswersAtAllNamesEveryItem() {
            assertThat((List<?>) refused(GAD_7, List.of()).properties().get("errors")).hasSize(7);
        }

        private RuleViolationException refused(Instrument instrument, List<Answer> answers) {
            return catchThrowableOfType(RuleViolationException.class,
                    () -> InstrumentScoring.score(instrument, answers));
        }
    }

    @Nested
    class Crossings {

        private final Score moderatelySevere = InstrumentScoring.score(PHQ_9, totalling(PHQ_9, 16));
        private final Score severe = InstrumentScoring.score(PHQ_9, totalling(PHQ_9, 22));

        @Test
        void reachingAnAlertingBandFromOneThatDoesNotAlertCrossesIt() {
            assertThat(InstrumentScoring.crossings(PHQ_9, moderatelySevere, "moderate")).extracting(Crossing::trigger)
                    .containsExactly("moderately-severe");
            assertThat(InstrumentScoring.crossings(PHQ_9, moderatelySevere, "minimal")).hasSize(1);
        }

        @Test
        void aHigherAlertingBandCrossesAgain() {
            assertThat(InstrumentScoring.crossings(PHQ_9, severe, "moderately-severe")).extracting(Crossing::trigger)
                    .containsExactly("severe");
        }

        @Test
        void stayingInAnAlertingBandOrFallingToALowerOneCrossesNothing() {
            assertThat(InstrumentScoring.crossings(PHQ_9, severe, "severe")).isEmpty();
            assertThat(InstrumentScoring.crossings(PHQ_9, moderatelySevere, "moderately-severe")).isEmpty();
            assertThat(InstrumentScoring.crossings(PHQ_9, moderatelySevere, "severe")).isEmpty();
        }

        @Test
        void stayingInTheLowestBandWhenEvenThatAlertsCrossesNothingAgain() {
            List<Instrument.Option> options = List.of(new Instrument.Option(0, "no"), new Instrument.Option(1, "yes"));
            Instrument alwaysAlerting = new Instrument("T", 1, "Test", "ours", "How?", Instrument.Scoring.SUM,
                    List.of(new Instrument.Item("a", "A?", options)), List.of(new Instrument.Band("low", "Low", 0, 0,
                    true), new Instrument.Band("high", "High", 1, 1, true)), List.of());
            Score low = InstrumentScoring.score(alwaysAlerting, List.of(new Answer("a", 0)));

            assertThat(InstrumentScoring.crossings(alwaysAlerting, low, null)).hasSize(1);
            assertThat(InstrumentScoring.crossings(alwaysAlerting, low, "low")).isEmpty();
        }

        @Test
        void aPreviousBandThisVersionDoesNotHaveCountsAsNotAlerting() {
            assertThat(InstrumentScoring.crossings(PHQ_9, moderatelySevere, "retired-band")).hasSize(1);
        }

        @Test
        void aBandThatDoesNotAlertCrossesNothing() {
            Score moderate = InstrumentScoring.score(PHQ_9, totalling(PHQ_9, 12));

            assertThat(InstrumentScoring.crossings(PHQ_9, moderate, null)).isEmpty();
            assertThat(InstrumentScoring.crossings(PHQ_9, moderate, "severe")).isEmpty();
        }

        @Test
        void anItemTriggerFiresEveryTimeWhateverCameBefore() {
            Score again = InstrumentScoring.score(PHQ_9, answers(PHQ_9, 3, 3, 3, 3, 3, 3, 1, 0, 2));

            assertThat(InstrumentScoring.crossings(PHQ_9, again, "severe")).containsExactly(
                    new Crossing(Kind.ITEM, "9", Severity.URGENT, PHQ_9_ITEM_9_REASON));
        }
    }
}
