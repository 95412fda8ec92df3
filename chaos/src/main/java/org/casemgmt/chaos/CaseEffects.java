package org.casemgmt.chaos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one driven case's timeline must show, as monitoring applied the other stages' events: each state change the
 * journey made, once (more is a duplicate effect, fewer a lost event); each topic's events applied in the order they
 * happened (one record's events leave its outbox in order, one case's are one partition's); and, for information, how often an effect was applied
 * before its cause on another topic (each topic is consumed on its own, and each record's outbox relayed on its
 * own, so that is allowed and tolerated). "In order" is per record: two goals' events are two records' and need
 * not reach a consumer in the order they happened.
 */
final class CaseEffects {

    /**
     * The state changes of every journey, by topic: how many of each the timeline must hold; and as many
     * {@code progress.recorded} as it made measurements.
     */
    static final Map<String, Integer> EXPECTED = expected();

    /** Topics whose entries link to a list of the case (each measurement is a record of its own). */
    private static final Set<String> LINKED_TO_THE_CASE_ONLY = Set.of("progress.recorded", "milestone.reached");

    /** Pairs of topics where the first's event caused the second's. */
    private static final List<List<String>> CAUSES = List.of(
            List.of("case.opened", "plan.drafted"), List.of("plan.drafted", "plan.approved"),
            List.of("plan.approved", "referral.requested"), List.of("referral.requested", "referral.accepted"),
            List.of("referral.accepted", "referral.started"), List.of("referral.started", "referral.completed"),
            List.of("referral.completed", "case.closed"), List.of("goal.achieved", "case.closed"));

    /**
     * One timeline entry: its topic, the record it is about (its link: a goal, a referral, an assessment...), when
     * it happened and when monitoring recorded it.
     */
    record Entry(String topic, String link, Instant occurredAt, Instant recordedAt) {
    }

    /** The counts of one case. */
    record Findings(int duplicates, int missing, int outOfOrder, int effectBeforeCause, List<String> details) {
    }

    private CaseEffects() {
    }

    /** @param measurements the progress the journey recorded: each is one {@code progress.recorded} */
    static Findings check(String caseId, int measurements, List<Entry> timeline) {
        Map<String, Integer> expectedOfTheCase = new LinkedHashMap<>(EXPECTED);
        expectedOfTheCase.put("progress.recorded", measurements);
        Map<String, List<Entry>> byTopic = timeline.stream()
                .collect(Collectors.groupingBy(Entry::topic, LinkedHashMap::new, Collectors.toList()));
        List<String> details = new ArrayList<>();
        int duplicates = 0;
        int missing = 0;
        for (Map.Entry<String, Integer> expected : expectedOfTheCase.entrySet()) {
            int found = byTopic.getOrDefault(expected.getKey(), List.of()).size();
            if (found > expected.getValue()) {
                duplicates += found - expected.getValue();
                details.add(caseId + ": " + found + " x " + expected.getKey() + ", expected " + expected.getValue());
            } else if (found < expected.getValue()) {
                missing += expected.getValue() - found;
                details.add(caseId + ": " + found + " x " + expected.getKey() + ", expected " + expected.getValue());
            }
        }
        int outOfOrder = 0;
        Map<List<String>, List<Entry>> byRecord = timeline.stream().filter(entry -> entry.link() != null
                        && !LINKED_TO_THE_CASE_ONLY.contains(entry.topic()))
                .collect(Collectors.groupingBy(entry -> List.of(entry.topic(), entry.link())));
        for (List<Entry> entries : byRecord.values()) {
            List<Entry> applied = entries.stream()
                    .sorted(Comparator.comparing(Entry::recordedAt).thenComparing(Entry::occurredAt)).toList();
            for (int i = 1; i < applied.size(); i++) {
                if (applied.get(i).occurredAt().isBefore(applied.get(i - 1).occurredAt())) {
                    outOfOrder++;
                    details.add(caseId + ": " + applied.get(i).topic() + " of " + applied.get(i).occurredAt()
                            + " applied after the one of " + applied.get(i - 1).occurredAt());
                }
            }
        }
        int effectBeforeCause = 0;
        for (List<String> pair : CAUSES) {
            for (Entry cause : byTopic.getOrDefault(pair.get(0), List.of())) {
                for (Entry effect : byTopic.getOrDefault(pair.get(1), List.of())) {
                    if (effect.recordedAt().isBefore(cause.recordedAt())) {
                        effectBeforeCause++;
                    }
                }
            }
        }
        return new Findings(duplicates, missing, outOfOrder, effectBeforeCause, details);
    }

    private static Map<String, Integer> expected() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String once : List.of("consent.granted", "case.opened", "plan.drafted", "plan.approved",
                "referral.requested", "referral.accepted", "referral.started", "referral.completed",
                "transition.planned", "closure.requested", "closure.approved", "case.closed")) {
            expected.put(once, 1);
        }
        for (String twice : List.of("goal.set", "goal.achieved", "assessment.scored")) {
            expected.put(twice, 2);
        }
        return Map.copyOf(expected);
    }
}
