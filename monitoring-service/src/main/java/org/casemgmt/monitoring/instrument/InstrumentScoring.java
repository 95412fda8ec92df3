package org.casemgmt.monitoring.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.casemgmt.monitoring.instrument.Instrument.Band;
import org.casemgmt.monitoring.instrument.Instrument.Item;
import org.casemgmt.monitoring.instrument.Instrument.Scoring;
import org.casemgmt.monitoring.instrument.Instrument.Severity;
import org.casemgmt.monitoring.instrument.Instrument.Trigger;
import org.casemgmt.platform.domain.RuleViolationException;

/**
 * Scores an administration by its instrument's definition, and says which thresholds it crosses.
 *
 * <p>A band alerts when it is reached: the first time, or from a band that did not alert, or from a lower alerting
 * band (moderately severe to severe). Staying in an alerting band, or falling to a lower one, raises nothing new:
 * the task the crossing created is still there. An item trigger fires at every administration whose answer meets
 * it, whatever the band and whatever came before: an answer that signals danger is always acted on.
 */
final class InstrumentScoring {

    private InstrumentScoring() {
    }

    record Answer(String itemId, int score) {
    }

    /** A domain's score on a PER_DOMAIN instrument; the domain is the item's id. */
    record ScoredDomain(String domain, int score) {
    }

    /** @param domains empty unless the instrument is scored per domain */
    record Score(int total, Band band, List<ScoredDomain> domains, List<Trigger> fired) {
    }

    enum Kind { BAND, ITEM }

    /** @param trigger the band's code for BAND, the item's id for ITEM */
    record Crossing(Kind kind, String trigger, Severity severity, String reason) {
    }

    /**
     * The total, its band, the domains' scores and the triggers that fired. Every item must be answered exactly once
     * with the score of one of its options; otherwise 409 {@code invalid-answers}, naming each item at fault in
     * {@code errors}.
     */
    static Score score(Instrument instrument, List<Answer> answers) {
        requireValid(instrument, answers);
        Map<String, Integer> scores = answers.stream().collect(Collectors.toMap(Answer::itemId, Answer::score));
        int total = scores.values().stream().mapToInt(Integer::intValue).sum();
        List<ScoredDomain> domains = instrument.scoring() == Scoring.PER_DOMAIN
                ? instrument.items().stream().map(item -> new ScoredDomain(item.id(), scores.get(item.id()))).toList()
                : List.of();
        List<Trigger> fired = instrument.triggers().stream()
                .filter(trigger -> trigger.firesOn(scores.get(trigger.itemId()))).toList();
        return new Score(total, instrument.bandOf(total), domains, fired);
    }

    /**
     * The thresholds this score crosses, coming from {@code previousBand} (the band of the previous administration
     * of the instrument on the case, null for the first): the band reached, then each item trigger that fired.
     */
    static List<Crossing> crossings(Instrument instrument, Score score, String previousBand) {
        List<Crossing> crossings = new ArrayList<>();
        Band band = score.band();
        if (band.alert() && !alertedAtOrAbove(instrument, previousBand, band)) {
            crossings.add(new Crossing(Kind.BAND, band.code(), Severity.HIGH, "The total, " + score.total()
                    + ", reached the band " + band.label() + "."));
        }
        score.fired().forEach(trigger -> crossings.add(new Crossing(Kind.ITEM, trigger.itemId(), trigger.severity(),
                trigger.reason())));
        return crossings;
    }

    private static boolean alertedAtOrAbove(Instrument instrument, String previousBand, Band band) {
        int previous = instrument.rank(previousBand);
        return previous >= 0 && instrument.bands().get(previous).alert() && previous >= instrument.rank(band.code());
    }

    private static void requireValid(Instrument instrument, List<Answer> answers) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Long> times = answers.stream()
                .collect(Collectors.groupingBy(Answer::itemId, LinkedHashMap::new, Collectors.counting()));
        for (Answer answer : answers) {
            Optional<Item> item = instrument.item(answer.itemId());
            if (item.isEmpty()) {
                errors.putIfAbsent(answer.itemId(), "is not an item of " + instrument.id());
            } else if (!item.get().offers(answer.score())) {
                errors.putIfAbsent(answer.itemId(), "has no answer scored " + answer.score() + "; its scores are "
                        + item.get().options().stream().map(option -> String.valueOf(option.score()))
                        .collect(Collectors.joining(", ")));
            }
        }
        times.forEach((itemId, count) -> {
            if (count > 1) {
                errors.putIfAbsent(itemId, "is answered " + count + " times; answer it once");
            }
        });
        for (Item item : instrument.items()) {
            if (!times.containsKey(item.id())) {
                errors.put(item.id(), "is not answered");
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("invalid-answers", "The answers do not fit " + instrument.id()
                    + " version " + instrument.version() + ": " + errors.entrySet().stream()
                    .map(error -> "item " + error.getKey() + " " + error.getValue())
                    .collect(Collectors.joining("; ")) + ".",
                    Map.of("errors", errors.entrySet().stream()
                            .map(error -> Map.of("itemId", error.getKey(), "message", error.getValue())).toList()));
        }
    }
}
