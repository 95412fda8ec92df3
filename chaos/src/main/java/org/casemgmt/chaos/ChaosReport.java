package org.casemgmt.chaos;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.casemgmt.chaos.CaseJourney.DrivenCase;

/** Everything one run saw, its verdicts, and the table {@code bin/chaos} prints. */
record ChaosReport(ChaosRun.Settings settings, Duration drivenFor, int casesStarted, List<DrivenCase> closed,
                   List<String> failedJourneys, long acknowledgedWrites, List<Faults.Recovery> recoveries,
                   Verdicts.Lost lost, Verdicts.Effects effects, List<String> notClosed,
                   Verdicts.DeadLetters deadLetters, BadInput.Injected injected, List<Verdicts.AuditChain> auditChains,
                   BreakerCheck.Result breaker, Map<Integer, Long> answersByStatus,
                   Map<String, Long> retriesByReason, Map<String, Long> serverErrorsByKind) {

    /** The gateway answers for the stage alone while its breaker is open: far quicker than any call to it. */
    static final Duration OPEN_BREAKER_ANSWERS_WITHIN = Duration.ofMillis(250);

    /**
     * The gateway's configuration (resilience4j circuitbreaker defaults): at least 10 calls, half of them failed, in a
     * window of the last 20: at most 10 failures open it, however many calls succeeded before them.
     */
    static final int FAILURES_THAT_OPEN_THE_BREAKER = 10;

    /** One verdict: what was checked, whether it held, and the figures behind it. */
    record Verdict(String check, boolean holds, String figures) {
    }

    List<Verdict> verdicts() {
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(new Verdict("every case driven to its closure", failedJourneys.isEmpty() && !closed.isEmpty(),
                closed.size() + " closed of " + casesStarted + " started, " + failedJourneys.size() + " failed"));
        verdicts.add(new Verdict("acknowledged writes all there (lost)", lost.lost().isEmpty(),
                "lost " + lost.lost().size() + " of " + lost.checked() + " resources (" + acknowledgedWrites
                        + " acknowledged writes)"));
        verdicts.add(new Verdict("each effect applied once (duplicates)", effects.duplicates() == 0,
                "duplicate effects " + effects.duplicates() + " over " + effects.cases() + " cases"));
        verdicts.add(new Verdict("no event lost downstream", effects.missing() == 0,
                "missing effects " + effects.missing()));
        verdicts.add(new Verdict("each topic applied in order (out of order)", effects.outOfOrder() == 0,
                "out of order " + effects.outOfOrder() + "; across topics, effect before cause "
                        + effects.effectBeforeCause() + " (tolerated)"));
        verdicts.add(new Verdict("every stage shows the cases closed", notClosed.isEmpty(),
                "not closed " + notClosed.size()));
        verdicts.add(new Verdict("only the injected records dead-lettered", deadLetters.unexpected().isEmpty()
                && deadLetters.injectedButNotDeadLettered().isEmpty() && !injected.badRecordKeys().isEmpty(),
                deadLetters.total() + " dead letters, " + injected.badRecordKeys().size() + " records injected, "
                        + deadLetters.unexpected().size() + " unexpected, "
                        + deadLetters.injectedButNotDeadLettered().size() + " injected but not dead-lettered"));
        verdicts.add(new Verdict("replayed events change nothing", injected.replays() > 0,
                injected.replays() + " old records sent again (their cases among those checked above)"));
        long refused = injected.burstAnswers().getOrDefault(429, 0L);
        boolean burstFailedOtherwise = injected.burstAnswers().keySet().stream()
                .anyMatch(status -> status >= 500 && status != 503);
        verdicts.add(new Verdict("a burst over the rate limit gets 429", refused > 0 && injected.burstRetryAfter()
                && !burstFailedOtherwise, "answers " + injected.burstAnswers()));
        long won = injected.raceAnswers().getOrDefault(200, 0L);
        long conflicts = injected.raceAnswers().getOrDefault(409, 0L);
        long racers = injected.raceAnswers().values().stream().mapToLong(Long::longValue).sum();
        verdicts.add(new Verdict("concurrent updates: one wins, the others 409", won == 1 && conflicts == racers - 1,
                "answers " + injected.raceAnswers()));
        verdicts.add(new Verdict("audit chains intact", auditChains.stream().allMatch(Verdicts.AuditChain::intact),
                auditChains.stream().map(chain -> chain.stage() + (chain.intact() ? " " + chain.entriesChecked()
                        : " BROKEN " + chain.answer())).collect(Collectors.joining(", "))));
        verdicts.add(new Verdict("breaker opens, answers 503 at once, closes again", breaker.callsUntilOpen() > 1
                && breaker.callsUntilOpen() <= FAILURES_THAT_OPEN_THE_BREAKER + 1
                && breaker.closedAfter() != null && breaker.answeredByTheBreaker() == breaker.callsWhileOpen()
                && breaker.slowestWhileOpen().compareTo(OPEN_BREAKER_ANSWERS_WITHIN) < 0,
                breaker.stage() + ": open at call " + breaker.callsUntilOpen() + ", then "
                        + breaker.answeredByTheBreaker() + "/" + breaker.callsWhileOpen()
                        + " answered 503 by the gateway alone, slowest " + breaker.slowestWhileOpen().toMillis()
                        + " ms; closed " + (breaker.closedAfter() == null ? "never"
                        : breaker.closedAfter().toSeconds() + " s after the stage recovered")));
        verdicts.add(new Verdict("every killed component back", !recoveries.isEmpty() && recoveries.stream()
                .allMatch(recovery -> recovery.restartedAfter() != null && recovery.servingAfter() != null),
                recoveries.size() + " kills"));
        return verdicts;
    }

    boolean passed() {
        return verdicts().stream().allMatch(Verdict::holds);
    }

    void print(PrintStream out) {
        out.printf("%nbin/chaos: %d cases closed in %s with %d clients, seed %d%n%n", closed.size(),
                minutesAndSeconds(drivenFor), settings.clients(), settings.seed());
        out.printf("%-48s %-6s %s%n", "verdict", "", "figures");
        for (Verdict verdict : verdicts()) {
            out.printf("%-48s %-6s %s%n", verdict.check(), verdict.holds() ? "ok" : "FAILED", verdict.figures());
        }
        out.printf("%n%-22s %5s %22s %22s%n", "component killed", "kills", "restarted after (max)",
                "serving after (max)");
        Map<String, List<Faults.Recovery>> byComponent = new TreeMap<>(recoveries.stream()
                .collect(Collectors.groupingBy(Faults.Recovery::component)));
        byComponent.forEach((component, kills) -> out.printf("%-22s %5d %22s %22s%n", component, kills.size(),
                longest(kills.stream().map(Faults.Recovery::restartedAfter).toList()),
                longest(kills.stream().map(Faults.Recovery::servingAfter).toList())));
        out.printf("%nanswers by status: %s%nretries by reason: %s%n", answersByStatus, retriesByReason);
        if (!serverErrorsByKind.isEmpty()) {
            out.printf("server errors the clients met (then retried):%n");
            serverErrorsByKind.forEach((kind, count) -> out.printf("  %5d x %s%n", count, kind));
        }
        List<String> details = new ArrayList<>();
        details.addAll(failedJourneys);
        details.addAll(lost.lost());
        details.addAll(effects.details());
        details.addAll(notClosed);
        details.addAll(deadLetters.unexpected());
        details.addAll(deadLetters.injectedButNotDeadLettered().stream().map(key -> "not dead-lettered: " + key)
                .toList());
        if (!details.isEmpty()) {
            out.printf("%nfindings (first 50 of %d):%n", details.size());
            details.stream().limit(50).forEach(detail -> out.println("  " + detail));
        }
        out.printf("%n%s%n", passed() ? "every verdict holds" : "SOME VERDICTS FAILED");
    }

    private static String longest(List<Duration> durations) {
        if (durations.stream().anyMatch(Objects::isNull)) {
            return "never";
        }
        return durations.stream().max(Comparator.naturalOrder()).map(d -> String.format("%.1f s",
                d.toMillis() / 1000.0)).orElse("-");
    }

    private static String minutesAndSeconds(Duration duration) {
        return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }
}
