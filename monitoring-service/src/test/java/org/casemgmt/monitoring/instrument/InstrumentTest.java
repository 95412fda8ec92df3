package org.casemgmt.monitoring.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.casemgmt.monitoring.instrument.Instrument.Band;
import org.casemgmt.monitoring.instrument.Instrument.Item;
import org.casemgmt.monitoring.instrument.Instrument.Option;
import org.casemgmt.monitoring.instrument.Instrument.Scoring;
import org.casemgmt.monitoring.instrument.Instrument.Severity;
import org.casemgmt.monitoring.instrument.Instrument.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What makes a definition one that can be scored, and the shipped ones are. */
class InstrumentTest {

    private static final List<Option> ZERO_TO_TWO = List.of(new Option(0, "no"), new Option(1, "some"),
            new Option(2, "much"));
    private static final List<Item> TWO_ITEMS = List.of(new Item("a", "A?", ZERO_TO_TWO),
            new Item("b", "B?", ZERO_TO_TWO));
    private static final List<Band> LOW_HIGH = List.of(new Band("low", "Low", 0, 1, false),
            new Band("high", "High", 2, 4, true));

    private static Instrument with(List<Item> items, List<Band> bands, List<Trigger> triggers) {
        return new Instrument("T", 1, "Test", "ours", "How?", Scoring.SUM, items, bands, triggers);
    }

    @Test
    void theShippedInstrumentsCanBeScoredAndAreFreeToUse() {
        assertThat(ShippedInstruments.ALL).extracting(Instrument::key)
                .containsExactly("PHQ-9:1", "GAD-7:1", "SELF-SUFFICIENCY:1");
        assertThat(ShippedInstruments.ALL).allSatisfy(instrument -> assertThat(instrument.problems()).isEmpty());
        assertThat(ShippedInstruments.PHQ_9.source()).contains("Pfizer", "No permission required");
        assertThat(ShippedInstruments.GAD_7.source()).contains("Pfizer", "No permission required");
        assertThat(ShippedInstruments.SELF_SUFFICIENCY.source()).contains("project's own wording", "Outcomes Star");
        assertThat(ShippedInstruments.PHQ_9.item("9")).get().extracting(Item::text).asString()
                .startsWith("Thoughts that you would be better off dead, or of hurting yourself");
    }

    @Test
    void aWellFormedDefinitionHasNoProblems() {
        Instrument instrument = with(TWO_ITEMS, LOW_HIGH, List.of(new Trigger("b", 2, null, Severity.URGENT, "!")));

        assertThat(instrument.problems()).isEmpty();
    }

    @Test
    void anIncompleteDefinitionSaysWhatItNeeds() {
        String needs = "an instrument needs an id, a version from 1, a scoring rule, items, bands and a list of "
                + "triggers (which may be empty)";
        assertThat(new Instrument(null, 1, "t", "s", "i", Scoring.SUM, TWO_ITEMS, LOW_HIGH, List.of()).problems())
                .containsExactly(needs);
        assertThat(new Instrument(" ", 1, "t", "s", "i", Scoring.SUM, TWO_ITEMS, LOW_HIGH, List.of()).problems())
                .containsExactly(needs);
        assertThat(new Instrument("T", 0, "t", "s", "i", Scoring.SUM, TWO_ITEMS, LOW_HIGH, List.of()).problems())
                .containsExactly(needs);
        assertThat(new Instrument("T", 1, "t", "s", "i", null, TWO_ITEMS, LOW_HIGH, List.of()).problems())
                .containsExactly(needs);
        assertThat(with(null, LOW_HIGH, List.of()).problems()).containsExactly(needs);
        assertThat(with(List.of(), LOW_HIGH, List.of()).problems()).containsExactly(needs);
        assertThat(with(TWO_ITEMS, null, List.of()).problems()).containsExactly(needs);
        assertThat(with(TWO_ITEMS, List.of(), List.of()).problems()).containsExactly(needs);
        assertThat(with(TWO_ITEMS, LOW_HIGH, null).problems()).containsExactly(needs);
    }

    @Test
    void itemsNeedIdsOfTheirOwnAndOptionsWithScoresOfTheirOwn() {
        assertThat(with(List.of(new Item("a", "A?", ZERO_TO_TWO), new Item("a", "A again?", ZERO_TO_TWO)),
                LOW_HIGH, List.of()).problems()).containsExactly("item a is listed twice");
        assertThat(with(List.of(new Item("a", "A?", List.of()), new Item("b", "B?", null)), LOW_HIGH, List.of())
                .problems()).containsExactly("item a has no answer options", "item b has no answer options");
        assertThat(with(List.of(new Item("a", "A?", List.of(new Option(0, "no"), new Option(0, "none"))),
                new Item("b", "B?", ZERO_TO_TWO)), LOW_HIGH, List.of()).problems())
                .containsExactly("item a has two options with the same score");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "starting above the lowest total | 1 | 1 | 2 | 4 | band low should start at 0 and end no lower",
            "with a gap                      | 0 | 1 | 3 | 4 | band high should start at 2 and end no lower",
            "overlapping                     | 0 | 2 | 2 | 4 | band high should start at 3 and end no lower",
            "ending before they start        | 0 | 1 | 2 | 1 | band high should start at 2 and end no lower",
            "ending short of the highest     | 0 | 1 | 2 | 3 | the bands end at 3 but the total can be 4",
            "ending past the highest         | 0 | 1 | 2 | 5 | the bands end at 5 but the total can be 4"})
    void bandsMustCoverEveryTotalOnceInOrder(String what, int lowMin, int lowMax, int highMin, int highMax,
                                              String problem) {
        List<Band> bands = List.of(new Band("low", "Low", lowMin, lowMax, false),
                new Band("high", "High", highMin, highMax, true));

        assertThat(with(TWO_ITEMS, bands, List.of()).problems()).containsExactly(problem);
    }

    @Test
    void aOneTotalBandIsFineButABandCodeTwiceIsNot() {
        List<Band> bands = List.of(new Band("low", "Low", 0, 0, false), new Band("mid", "Mid", 1, 1, false),
                new Band("low", "Low again", 2, 4, false));

        assertThat(with(TWO_ITEMS, bands, List.of()).problems()).containsExactly("band low is listed twice");
    }

    @Test
    void bandsAreNotCheckedOnItemsThatAreThemselvesWrong() {
        assertThat(with(List.of(new Item("a", "A?", List.of())), LOW_HIGH, List.of()).problems())
                .containsExactly("item a has no answer options");
    }

    @Test
    void triggersNameAnItemASeverityAndABound() {
        assertThat(with(TWO_ITEMS, LOW_HIGH, List.of(new Trigger("c", 1, null, Severity.HIGH, "?"))).problems())
                .containsExactly("a trigger names item c, which is not an item");
        assertThat(with(TWO_ITEMS, LOW_HIGH, List.of(new Trigger("a", null, null, Severity.HIGH, "?"))).problems())
                .containsExactly("the trigger on item a needs a severity and a bound");
        assertThat(with(TWO_ITEMS, LOW_HIGH, List.of(new Trigger("a", 1, null, null, "?"))).problems())
                .containsExactly("the trigger on item a needs a severity and a bound");
        assertThat(with(TWO_ITEMS, LOW_HIGH, List.of(new Trigger("a", null, 0, Severity.HIGH, "?"))).problems())
                .isEmpty();
    }

    @Test
    void aTriggersBoundsAreBothIncluded() {
        Trigger between = new Trigger("a", 1, 2, Severity.HIGH, "?");

        assertThat(between.firesOn(0)).isFalse();
        assertThat(between.firesOn(1)).isTrue();
        assertThat(between.firesOn(2)).isTrue();
        assertThat(between.firesOn(3)).isFalse();
        assertThat(new Trigger("a", null, 1, Severity.HIGH, "?").firesOn(-5)).isTrue();
        assertThat(new Trigger("a", 1, null, Severity.HIGH, "?").firesOn(99)).isTrue();
    }

    @Test
    void aBandHoldsItsEndsAndBandsAreRankedLowestFirst() {
        Instrument instrument = with(TWO_ITEMS, LOW_HIGH, List.of());

        assertThat(instrument.bandOf(1).code()).isEqualTo("low");
        assertThat(instrument.bandOf(2).code()).isEqualTo("high");
        assertThat(instrument.bandOf(4).code()).isEqualTo("high");
        assertThat(instrument.rank("low")).isZero();
        assertThat(instrument.rank("high")).isEqualTo(1);
        assertThat(instrument.rank("other")).isEqualTo(-1);
        assertThat(instrument.rank(null)).isEqualTo(-1);
        assertThatThrownBy(() -> instrument.bandOf(5)).isInstanceOf(IllegalStateException.class)
                .hasMessage("T:1 has no band for a total of 5");
    }

    @Test
    void anItemKnowsItsScores() {
        Item item = TWO_ITEMS.getFirst();

        assertThat(item.offers(1)).isTrue();
        assertThat(item.offers(3)).isFalse();
        assertThat(item.lowest()).isZero();
        assertThat(item.highest()).isEqualTo(2);
        assertThat(with(TWO_ITEMS, LOW_HIGH, List.of()).item("b")).get().isEqualTo(TWO_ITEMS.get(1));
        assertThat(with(TWO_ITEMS, LOW_HIGH, List.of()).item("z")).isEmpty();
    }
}
