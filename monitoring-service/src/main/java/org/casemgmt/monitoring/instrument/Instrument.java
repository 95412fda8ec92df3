package org.casemgmt.monitoring.instrument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A standardized instrument as data (a FHIR Questionnaire with its scoring): items and the scores of their answer
 * options, how the item scores make the total, the bands the total falls in, and the answers that alert whatever the
 * total. One version never changes once administered; a changed wording or cut-point is a new version.
 *
 * @param id           stable code, e.g. PHQ-9
 * @param version      from 1; an administration names the version it was scored by
 * @param source       who wrote it and on what terms it may be used: only instruments free to use are shipped
 * @param instructions what the client is asked before the items
 * @param bands        ordered from the lowest total up, contiguous, together covering every total possible
 * @param triggers     item-level alerts, fired whatever the band
 */
record Instrument(String id, int version, String title, String source, String instructions, Scoring scoring,
                  List<Item> items, List<Band> bands, List<Trigger> triggers) {

    /**
     * SUM: the total is the sum of the item scores. PER_DOMAIN: each item is a life domain, its score is the domain's
     * score, reported on its own; the total is their sum.
     */
    enum Scoring { SUM, PER_DOMAIN }

    enum Severity { URGENT, HIGH }

    /** One question, or for a PER_DOMAIN instrument one domain, with the answers it may be given. */
    record Item(String id, String text, List<Option> options) {

        boolean offers(int score) {
            return options.stream().anyMatch(option -> option.score() == score);
        }

        int lowest() {
            return options.stream().mapToInt(Option::score).min().orElseThrow();
        }

        int highest() {
            return options.stream().mapToInt(Option::score).max().orElseThrow();
        }
    }

    /** An answer and its score, e.g. 2 "More than half the days", or a domain's level with its anchor text. */
    record Option(int score, String label) {
    }

    /** A range of totals, both ends included; reaching a band that {@code alert}s crosses a threshold. */
    record Band(String code, String label, int min, int max, boolean alert) {

        boolean holds(int total) {
            return total >= min && total <= max;
        }
    }

    /**
     * Fires when the item's score is at least {@code atLeast} and at most {@code atMost} (either may be left out),
     * e.g. PHQ-9 item 9 at least 1.
     */
    record Trigger(String itemId, Integer atLeast, Integer atMost, Severity severity, String reason) {

        boolean firesOn(int score) {
            return (atLeast == null || score >= atLeast) && (atMost == null || score <= atMost);
        }
    }

    /** How it is stored: one document per id and version. */
    String key() {
        return id + ":" + version;
    }

    Optional<Item> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    /** The band of a total; every total the items allow has one (see {@link #problems()}). */
    Band bandOf(int total) {
        return bands.stream().filter(band -> band.holds(total)).findFirst().orElseThrow(() ->
                new IllegalStateException(key() + " has no band for a total of " + total));
    }

    /** Where the band stands among the bands, lowest first; -1 for a code this version does not have. */
    int rank(String bandCode) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).code().equals(bandCode)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What makes the definition unusable, checked before it is stored: items without options or with an id or score
     * twice, bands that leave a gap, overlap or miss a total the items allow, triggers on items it does not have.
     * Empty when it can be administered.
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (id == null || id.isBlank() || version < 1 || scoring == null || items == null || items.isEmpty()
                || bands == null || bands.isEmpty() || triggers == null) {
            problems.add("an instrument needs an id, a version from 1, a scoring rule, items, bands and a list of "
                    + "triggers (which may be empty)");
            return problems;
        }
        Set<String> itemIds = new HashSet<>();
        for (Item item : items) {
            if (!itemIds.add(item.id())) {
                problems.add("item " + item.id() + " is listed twice");
            }
            if (item.options() == null || item.options().isEmpty()) {
                problems.add("item " + item.id() + " has no answer options");
            } else if (item.options().stream().map(Option::score).distinct().count() < item.options().size()) {
                problems.add("item " + item.id() + " has two options with the same score");
            }
        }
        if (problems.isEmpty()) {
            bandProblems(problems);
        }
        for (Trigger trigger : triggers) {
            if (!itemIds.contains(trigger.itemId())) {
                problems.add("a trigger names item " + trigger.itemId() + ", which is not an item");
            }
            if (trigger.severity() == null || (trigger.atLeast() == null && trigger.atMost() == null)) {
                problems.add("the trigger on item " + trigger.itemId() + " needs a severity and a bound");
            }
        }
        return problems;
    }

    private void bandProblems(List<String> problems) {
        int next = items.stream().mapToInt(Item::lowest).sum();
        Set<String> codes = new HashSet<>();
        for (Band band : bands) {
            if (!codes.add(band.code())) {
                problems.add("band " + band.code() + " is listed twice");
            }
            if (band.min() != next || band.max() < band.min()) {
                problems.add("band " + band.code() + " should start at " + next + " and end no lower");
                return;
            }
            next = band.max() + 1;
        }
        int highest = items.stream().mapToInt(Item::highest).sum();
        if (next != highest + 1) {
            problems.add("the bands end at " + (next - 1) + " but the total can be " + highest);
        }
    }
}
