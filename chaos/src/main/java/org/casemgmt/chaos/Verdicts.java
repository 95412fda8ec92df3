package org.casemgmt.chaos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.casemgmt.chaos.CaseJourney.DrivenCase;
import org.casemgmt.chaos.GatewayCaller.Answer;

import tools.jackson.databind.JsonNode;

/**
 * The run's verdicts, read from the data through the gateway once the faults are over: what was acknowledged is
 * there, each case's events applied once each and in order, every driven case closed in every stage, only the
 * injected records dead-lettered, every stage's audit chains intact.
 */
final class Verdicts {

    /** The stages whose audit trail the auditor verifies. */
    static final List<String> AUDITED_STAGES = List.of("intake", "planning", "referral", "monitoring", "closure");
    private static final String AUDITOR = "auditor.ari";
    /** Reads at once: well under a user's rate limit of 50 a second, with the retries honouring its 429s. */
    private static final int READERS = 6;

    /** Acknowledged writes that are not there, or older than acknowledged. */
    record Lost(int checked, List<String> lost) {
    }

    /** The sums of {@link CaseEffects.Findings} over the closed cases, with the outcome figures closure counted. */
    record Effects(int cases, int duplicates, int missing, int outOfOrder, int effectBeforeCause,
                   List<String> details) {
    }

    /** Dead letters that no injection explains, and injected records that were not dead-lettered. */
    record DeadLetters(int total, List<String> unexpected, List<String> injectedButNotDeadLettered) {
    }

    /** One stage's audit verification. */
    record AuditChain(String stage, boolean intact, long entriesChecked, String answer) {
    }

    private final GatewayCaller worker;
    private final GatewayCaller auditor;

    Verdicts(GatewayCaller worker) {
        this.worker = worker;
        this.auditor = worker.as(AUDITOR);
    }

    Lost lost(Ledger ledger) {
        List<Ledger.Acknowledged> resources = ledger.resources();
        List<String> lost = inParallel(resources, acknowledged -> {
            Answer stored = worker.as(acknowledged.reader()).get(acknowledged.path());
            if (stored.status() != 200) {
                return acknowledged + ": " + stored.status();
            }
            if (acknowledged.memberId() != null) {
                boolean there = stored.body().findValues("id").stream()
                        .anyMatch(id -> acknowledged.memberId().equals(id.asString()));
                return there ? null : acknowledged + ": not in the list";
            }
            long version = stored.body().path("version").asLong(-1);
            return version < acknowledged.version() ? acknowledged + ": version " + version : null;
        });
        return new Lost(resources.size(), lost);
    }

    Effects caseEffects(Collection<DrivenCase> cases) {
        List<CaseEffects.Findings> findings = inParallelAll(List.copyOf(cases), driven -> {
            Answer timeline = worker.get("/api/monitoring/cases/" + driven.caseId() + "/timeline?size=500")
                    .expect(200, "timeline");
            List<CaseEffects.Entry> entries = timeline.body().path("content").values().stream()
                    .map(entry -> new CaseEffects.Entry(entry.path("topic").asString(),
                            entry.path("link").isNull() ? null : entry.path("link").asString(null),
                            Instant.parse(entry.path("occurredAt").asString()),
                            Instant.parse(entry.path("recordedAt").asString())))
                    .toList();
            CaseEffects.Findings fromTimeline = CaseEffects.check(driven.caseId(), driven.measurements(), entries);
            return withOutcome(driven, fromTimeline);
        });
        List<String> details = new ArrayList<>();
        findings.forEach(found -> details.addAll(found.details()));
        return new Effects(cases.size(), findings.stream().mapToInt(CaseEffects.Findings::duplicates).sum(),
                findings.stream().mapToInt(CaseEffects.Findings::missing).sum(),
                findings.stream().mapToInt(CaseEffects.Findings::outOfOrder).sum(),
                findings.stream().mapToInt(CaseEffects.Findings::effectBeforeCause).sum(), details);
    }

    /** Closure's own count of what it applied: two goals met, one referral sent and completed, three follow-ups. */
    private CaseEffects.Findings withOutcome(DrivenCase driven, CaseEffects.Findings fromTimeline) {
        JsonNode outcome = worker.get("/api/closure/cases/" + driven.caseId() + "/outcome").expect(200, "outcome")
                .body().path("episodes").path(0);
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("goalsTotal", 2);
        expected.put("goalsMet", 2);
        expected.put("referralsSent", 1);
        expected.put("referralsCompleted", 1);
        expected.put("followUpsScheduled", 3);
        expected.put("phq9Administrations", 2);
        int duplicates = fromTimeline.duplicates();
        int missing = fromTimeline.missing();
        List<String> details = new ArrayList<>(fromTimeline.details());
        for (Map.Entry<String, Integer> figure : expected.entrySet()) {
            int counted = figure.getKey().equals("phq9Administrations") ? phq9Administrations(outcome)
                    : outcome.path(figure.getKey()).asInt(-1);
            if (counted > figure.getValue()) {
                duplicates += counted - figure.getValue();
            } else if (counted < figure.getValue()) {
                missing += figure.getValue() - Math.max(counted, 0);
            }
            if (counted != figure.getValue()) {
                details.add(driven.caseId() + ": outcome " + figure.getKey() + " " + counted + ", expected "
                        + figure.getValue());
            }
        }
        return new CaseEffects.Findings(duplicates, missing, fromTimeline.outOfOrder(),
                fromTimeline.effectBeforeCause(), details);
    }

    private static int phq9Administrations(JsonNode outcome) {
        return outcome.path("instrumentChanges").values().stream()
                .filter(change -> "PHQ-9".equals(change.path("instrumentId").asString()))
                .mapToInt(change -> change.path("administrations").asInt()).findFirst().orElse(0);
    }

    /** Driven cases some stage does not show closed (intake, planning, closure) or whose referral is not completed. */
    List<String> notClosed(Collection<DrivenCase> cases) {
        return inParallel(List.copyOf(cases), driven -> {
            Map<String, String> statuses = new LinkedHashMap<>();
            statuses.put("intake", worker.get("/api/intake/intakes/" + driven.caseId()).text("status"));
            statuses.put("planning", worker.get("/api/planning/cases/" + driven.caseId() + "/plan").text("status"));
            statuses.put("closure", worker.get("/api/closure/cases/" + driven.caseId()).text("status"));
            statuses.put("referral", worker.get("/api/referral/referrals/" + driven.referralId()).text("status"));
            boolean closed = statuses.get("intake").equals("CLOSED") && statuses.get("planning").equals("CLOSED")
                    && statuses.get("closure").equals("CLOSED") && statuses.get("referral").equals("completed");
            return closed ? null : driven.caseId() + ": " + statuses;
        });
    }

    static DeadLetters unexpectedDeadLetters(Map<String, List<String>> deadLetterKeys, Set<String> injectedKeys) {
        List<String> unexpected = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, List<String>> topic : deadLetterKeys.entrySet()) {
            for (String key : topic.getValue()) {
                total++;
                if (injectedKeys.contains(key)) {
                    seen.add(key);
                } else {
                    unexpected.add(topic.getKey() + ": " + key);
                }
            }
        }
        List<String> notDeadLettered = injectedKeys.stream().filter(key -> !seen.contains(key)).sorted().toList();
        return new DeadLetters(total, unexpected, notDeadLettered);
    }

    List<AuditChain> auditChains() {
        return AUDITED_STAGES.stream().map(stage -> {
            Answer verification = auditor.get("/api/" + stage + "/audit/verification");
            return new AuditChain(stage, verification.status() == 200
                    && verification.body().path("intact").asBoolean(),
                    verification.body().path("entriesChecked").asLong(), verification.toString());
        }).toList();
    }

    /** The non-null results of {@code check} over {@code items}, {@value #READERS} at a time. */
    private static <T> List<String> inParallel(List<T> items, Function<T, String> check) {
        return inParallelAll(items, check).stream().filter(Objects::nonNull).toList();
    }

    private static <T, R> List<R> inParallelAll(List<T> items, Function<T, R> check) {
        List<R> results = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService readers = Executors.newFixedThreadPool(READERS)) {
            List<Future<R>> futures = items.stream().map(item -> readers.submit(() -> check.apply(item))).toList();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("reading the verdicts failed: " + e, e);
        }
        return results;
    }
}
