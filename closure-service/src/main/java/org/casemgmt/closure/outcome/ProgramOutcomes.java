package org.casemgmt.closure.outcome;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a program's closed episodes went over a period, for managers and funders: one figure set from the episodes'
 * evaluations, and how many of the clients came back within 6, 12 and 24 months (each count includes the shorter
 * windows').
 */
public record ProgramOutcomes(String programId, Instant from, Instant to, int episodesClosed, int goalsTotal,
                              int goalsMet, int goalsAbandoned, Double averageDaysOpen, Double medianDaysOpen,
                              Map<String, Long> outcomes, Map<String, Long> destinationCategories,
                              List<InstrumentSummary> instruments, int referralsSent, int referralsCompleted,
                              int followUpsScheduled, int followUpsReached, int followUpsNotReached,
                              Map<String, Long> returnedWithin) {

    /** One instrument over the episodes that administered it: how many, and the average first-to-last change. */
    public record InstrumentSummary(String instrumentId, int episodes, double averageChange) {
    }

    /** An episode's latest evaluation, and the window of the client's first return after it (null: none yet). */
    public record Episode(EpisodeOutcome outcome, Integer returnedWithinMonths) {
    }

    public static ProgramOutcomes of(String programId, Instant from, Instant to, List<Episode> episodes) {
        List<EpisodeOutcome> outcomes = episodes.stream().map(Episode::outcome).toList();
        List<Long> days = outcomes.stream().map(EpisodeOutcome::daysOpen).sorted().toList();
        Map<String, Long> returned = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
        ReturnWindow.MONTHS.forEach(months -> returned.put(String.valueOf(months), episodes.stream()
                .filter(e -> e.returnedWithinMonths() != null && e.returnedWithinMonths() <= months).count()));
        return new ProgramOutcomes(programId, from, to, outcomes.size(), sum(outcomes, EpisodeOutcome::goalsTotal),
                sum(outcomes, EpisodeOutcome::goalsMet), sum(outcomes, EpisodeOutcome::goalsAbandoned),
                days.isEmpty() ? null : days.stream().mapToLong(Long::longValue).average().orElseThrow(),
                median(days),
                counted(outcomes, o -> o.outcome().name()), counted(outcomes, o -> o.destinationCategory().name()),
                instruments(outcomes), sum(outcomes, EpisodeOutcome::referralsSent),
                sum(outcomes, EpisodeOutcome::referralsCompleted), sum(outcomes, EpisodeOutcome::followUpsScheduled),
                sum(outcomes, EpisodeOutcome::followUpsReached), sum(outcomes, EpisodeOutcome::followUpsNotReached),
                returned);
    }

    /** The middle value, or the mean of the two middle values of an even count. */
    private static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle).doubleValue()
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private static int sum(List<EpisodeOutcome> outcomes, Function<EpisodeOutcome, Integer> figure) {
        return outcomes.stream().mapToInt(figure::apply).sum();
    }

    private static Map<String, Long> counted(List<EpisodeOutcome> outcomes, Function<EpisodeOutcome, String> key) {
        return outcomes.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static List<InstrumentSummary> instruments(List<EpisodeOutcome> outcomes) {
        Map<String, List<InstrumentMovement>> byInstrument = outcomes.stream()
                .flatMap(o -> o.instrumentChanges().stream())
                .collect(Collectors.groupingBy(InstrumentMovement::instrumentId, TreeMap::new, Collectors.toList()));
        return byInstrument.entrySet().stream().map(entry -> new InstrumentSummary(entry.getKey(),
                entry.getValue().size(), entry.getValue().stream().mapToInt(InstrumentMovement::change).average()
                .orElseThrow())).toList();
    }
}
