package org.casemgmt.chaos;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.casemgmt.chaos.GatewayCaller.Answer;
import org.casemgmt.chaos.GatewayCaller.UnexpectedAnswer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One whole case as a case worker, their supervisor and the provider's staff take it through the gateway: the
 * client registered, the intake that opens the case, the plan drafted from it and approved, a referral to the shelter
 * that the provider completes, each goal's objectives met, two PHQ-9s, the transition plan, the closure a supervisor
 * approves. Every acknowledged write goes in the {@link Ledger}. A step that waits for another stage to hear of the
 * case polls until {@link #STAGES_HEAR_WITHIN}.
 */
final class CaseJourney {

    static final String WORKER = "worker.alex";
    static final String SUPERVISOR = "supervisor.sam";
    static final String PROVIDER = "provider.pat";
    static final String AGENCY = "agency-north";
    static final String SHELTER_AGENCY = "shelter-north";
    static final String SHELTER_BEDS = "shelter-north-transitional-housing";
    /** A restart of the broker and the consumers' rebalance after it, with room to spare. */
    static final Duration STAGES_HEAR_WITHIN = Duration.ofMinutes(3);
    private static final Duration POLL_PAUSE = Duration.ofMillis(300);
    private static final String OUTCOME_UNKNOWN = "idempotent-request-outcome-unknown";
    /** While the other stages' events for the case still arrive (after a kill, a backlog), each bumps its version. */
    private static final Duration CHANGED_MEANWHILE_FOR = Duration.ofMinutes(1);
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1962, 1, 1);
    private static final int BIRTH_DATES = 15_000;
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final GatewayCaller worker;
    private final GatewayCaller supervisor;
    private final GatewayCaller provider;
    private final Ledger ledger;
    private final Counters counters;

    CaseJourney(GatewayCaller worker, Ledger ledger, Counters counters) {
        this.worker = worker;
        this.supervisor = worker.as(SUPERVISOR);
        this.provider = worker.as(PROVIDER);
        this.ledger = ledger;
        this.counters = counters;
    }

    /** A new client's case, intake to closure; answers its id and the client's. */
    DrivenCase drive(String runTag) {
        String clientId = registerClient(runTag);
        String caseId = openCase(clientId);
        JsonNode plan = approvePlan(caseId);
        JsonNode housing = goal(plan, "HOUSING");
        String referralId = referralTheProviderCompletes(caseId, housing.path("id").asString());
        int measurements = meetEveryObjective(caseId, housing) + meetEveryObjective(caseId, goal(plan, "INCOME"));
        administerPhq9(caseId, 1, 1);
        administerPhq9(caseId, 0, 2);
        close(caseId);
        return new DrivenCase(caseId, clientId, referralId, measurements);
    }

    /** A case driven to its closure, with the number of progress measurements it recorded. */
    record DrivenCase(String caseId, String clientId, String referralId, int measurements) {
    }

    String registerClient(String runTag) {
        int number = CLIENTS.getAndIncrement();
        String familyName = runTag + "-" + UUID.randomUUID();
        Answer client = write(worker, "/api/intake/clients", Map.of("givenName", "Chaos", "familyName", familyName,
                "birthDate", FIRST_BIRTH_DATE.plusDays(number % BIRTH_DATES).toString(),
                "residencyArea", "Central", "preferredLanguage", "en"), 201, "registration",
                () -> worker.get("/api/intake/clients/search?name=" + familyName).body().values().stream()
                        .filter(found -> familyName.equals(found.path("familyName").asString())).findFirst()
                        .map(found -> worker.get("/api/intake/clients/" + found.path("id").asString())));
        String clientId = client.text("id");
        acknowledged(worker, "/api/intake/clients/" + clientId, client);
        return clientId;
    }

    /** Intake, assessment, consent shared with the shelter, eligibility and the decision that opens the case. */
    String openCase(String clientId) {
        Answer intake = write(worker, "/api/intake/intakes", Map.of("clientId", clientId,
                "programId", "housing-first", "caseManager", WORKER), 201, "intake",
                () -> worker.get("/api/intake/intakes?clientId=" + clientId).body().path("content").values().stream()
                        .findFirst().map(found -> worker.get("/api/intake/intakes/" + found.path("id").asString())));
        String caseId = intake.text("id");
        String path = "/api/intake/intakes/" + caseId;
        acknowledged(worker, path, intake);
        Answer assessed = replace(worker, path + "/assessment", this::assessment, path,
                stored -> !stored.path("assessment").isNull() && !stored.path("assessment").isMissingNode());
        acknowledged(worker, path, assessed);
        write(worker, path + "/consents", Map.of("purpose", "Coordinate housing and income support",
                "sharedWithAgencyIds", List.of(AGENCY, SHELTER_AGENCY), "givenBy", "CLIENT",
                "expiresAt", Instant.now().plus(365, ChronoUnit.DAYS).toString()), 201, "consent",
                () -> intakeShowing(path, stored -> !stored.path("consents").isEmpty()));
        acknowledged(worker, path, worker.get(path).expect(200, "intake"));
        Answer eligibility = write(worker, path + "/eligibility", Map.of(), 200, "eligibility",
                () -> intakeShowing(path, stored -> stored.path("eligibility").isObject())
                        .map(stored -> stored.withBody(stored.body().path("eligibility"))));
        if (!eligibility.body().path("eligible").asBoolean()) {
            throw new UnexpectedAnswer("eligibility: " + eligibility);
        }
        acknowledged(worker, path, worker.get(path).expect(200, "intake"));
        Answer decision = write(worker, path + "/decision", Map.of(), 200, "decision",
                () -> intakeShowing(path, stored -> "OPENED".equals(stored.path("status").asString())));
        if (!"OPENED".equals(decision.text("status"))) {
            throw new UnexpectedAnswer("the decision did not open the case: " + decision);
        }
        acknowledged(worker, path, decision);
        return caseId;
    }

    Map<String, Object> assessment(long version) {
        return Map.of("version", version,
                "needs", List.of(Map.of("domain", "HOUSING", "severity", "HIGH", "summary", "Eviction notice"),
                        Map.of("domain", "INCOME", "severity", "MODERATE", "summary", "Benefits claim stalled")),
                "strengths", List.of("Stable part-time work"),
                "risks", List.of(Map.of("type", "HOMELESSNESS", "level", "MEDIUM", "note", "Could lose housing")),
                "circumstances", Map.of("householdSize", 2, "monthlyIncome", 900, "residencyArea", "Central"));
    }

    /** The draft planning made when it heard case.opened, submitted by the worker and approved by the supervisor. */
    private JsonNode approvePlan(String caseId) {
        Answer draft = await("the plan of " + caseId, () -> worker.get("/api/planning/cases/" + caseId + "/plan"),
                answer -> answer.status() == 200);
        String plan = "/api/planning/plans/" + draft.text("id");
        Answer submitted = transition(worker, plan + "/submission", CaseJourney::versionOnly, plan,
                "SUBMITTED", "APPROVED");
        acknowledged(worker, plan, submitted);
        Answer approved = transition(supervisor, plan + "/approval", CaseJourney::versionOnly, plan,
                "APPROVED");
        acknowledged(worker, plan, approved);
        return approved.body();
    }

    /** A referral to the shelter for the goal, once referral has heard of the case and its goals. */
    private String referralTheProviderCompletes(String caseId, String goalId) {
        String matches = "/api/referral/cases/" + caseId + "/matches?age=30&language=en&area=north-district";
        await("the shelter among the matches of " + caseId, () -> worker.get(matches), answer -> answer.ok()
                && answer.body().values().stream()
                .filter(goal -> goalId.equals(goal.path("goalId").asString()))
                .flatMap(goal -> goal.path("matches").values().stream())
                .anyMatch(match -> SHELTER_BEDS.equals(match.path("serviceId").asString())
                        && match.path("consentCovers").asBoolean()));
        Answer referral = write(worker, "/api/referral/referrals", Map.of("caseId", caseId, "goalId", goalId,
                "serviceId", SHELTER_BEDS), 201, "referral",
                () -> worker.get("/api/referral/referrals?caseId=" + caseId).body().path("content").values().stream()
                        .filter(found -> goalId.equals(found.path("goalId").asString())).findFirst()
                        .map(found -> worker.get("/api/referral/referrals/" + found.path("id").asString())));
        String path = "/api/referral/referrals/" + referral.text("id");
        acknowledged(worker, path, referral);
        Answer accepted = transition(provider, path + "/accept", CaseJourney::versionOnly, path,
                "accepted", "in-progress", "completed");
        acknowledged(worker, path, accepted);
        Answer started = transition(provider, path + "/start", CaseJourney::versionOnly, path,
                "in-progress", "completed");
        acknowledged(worker, path, started);
        Answer completed = transition(provider, path + "/complete",
                version -> Map.of("version", version, "outcome", "got-help"), path, "completed");
        acknowledged(worker, path, completed);
        return referral.text("id");
    }

    /** A measurement meeting each objective's target, once monitoring knows the approved goal. */
    private int meetEveryObjective(String caseId, JsonNode goal) {
        String goalId = goal.path("id").asString();
        await("goal " + goalId + " in monitoring", () -> worker.get("/api/monitoring/cases/" + caseId + "/goals"),
                answer -> answer.ok() && answer.body().values().stream()
                        .anyMatch(monitored -> goalId.equals(monitored.path("goalId").asString())));
        for (JsonNode objective : goal.path("objectives").values()) {
            boolean higherIsBetter = "HIGHER_IS_BETTER".equals(objective.path("direction").asString());
            double value = objective.path("target").asDouble() + (higherIsBetter ? 2 : 0);
            String objectiveId = objective.path("id").asString();
            String progress = "/api/monitoring/cases/" + caseId + "/progress";
            Answer measured = write(worker, progress, Map.of("goalId", goalId, "objectiveId", objectiveId,
                    "value", value), 201, "measurement", () -> entryOf(progress + "?size=100",
                    entry -> objectiveId.equals(entry.path("objectiveId").asString()), 1));
            ledger.acknowledgedEntry(progress, worker.user(), measured.text("id"));
        }
        return goal.path("objectives").size();
    }

    /** The case's {@code administration}th PHQ-9, every item but the ninth scored {@code score}. */
    private void administerPhq9(String caseId, int score, int administration) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int item = 1; item <= 9; item++) {
            answers.add(Map.of("itemId", String.valueOf(item), "score", item == 9 ? 0 : score));
        }
        String assessments = "/api/monitoring/cases/" + caseId + "/assessments";
        Answer administered = write(worker, assessments, Map.of("instrumentId", "PHQ-9", "answers", answers), 201,
                "PHQ-9", () -> entryOf(assessments + "?size=100",
                        entry -> "PHQ-9".equals(entry.path("instrumentId").asString()), administration));
        ledger.acknowledgedEntry(assessments, worker.user(), administered.text("id"));
    }

    /** The transition plan once closure has heard of everything else, the request, and a supervisor's approval. */
    private void close(String caseId) {
        String closure = "/api/closure/cases/" + caseId;
        await("closure readiness of " + caseId, () -> worker.get(closure + "/readiness"),
                answer -> answer.ok() && answer.body().path("missing").values().stream().map(JsonNode::asString)
                        .toList().equals(List.of("DESTINATION_RECORDED", "FOLLOW_UP_CONSENT_RECORDED")));
        Answer planned = replace(worker, closure + "/transition-plan", version -> {
            Map<String, Object> transition = new LinkedHashMap<>();
            transition.put("version", version);
            transition.put("destinationCode", 410);
            transition.put("followUpContactAgreed", true);
            transition.put("supportContacts", "Her sister");
            transition.put("continuingSupport", "Tenancy support from Shelter North");
            transition.put("handedOverReferralIds", List.of());
            return transition;
        }, closure,
                stored -> !stored.path("transitionPlan").isNull() && !stored.path("transitionPlan").isMissingNode());
        acknowledged(worker, closure, planned);
        Answer requested = requestClosure(closure);
        acknowledged(worker, closure, requested);
        String request = closure + "/closure-requests/" + requested.text("closureId");
        Answer closed = transition(supervisor, request + "/approval", CaseJourney::versionOnly, closure,
                "CLOSED");
        acknowledged(worker, closure, closed);
    }

    /**
     * The closure request once closure has heard of everything the case did: what it showed as ready a moment ago
     * may not be, when an event it had not applied yet arrives (an assessment it did not know of is one more to
     * reassess), so a refusal for unmet criteria waits for the readiness and asks again, as a case worker would.
     */
    private Answer requestClosure(String closure) {
        long deadline = System.nanoTime() + STAGES_HEAR_WITHIN.toNanos();
        while (true) {
            long version = worker.get(closure).expect(200, "closure record").version();
            Answer requested = write(worker, closure + "/closure-requests", Map.of("version", version,
                    "reason", "GOALS_ACHIEVED", "outcome", "GOALS_ACHIEVED"), 201, "closure request",
                    () -> closureRequested(closure), answer -> criteriaNotMetYet(answer) || staleVersion(answer));
            if (requested.ok()) {
                return requested.withBody(lastRequest(requested.body()));
            }
            if (System.nanoTime() > deadline) {
                throw new UnexpectedAnswer("closure request: " + requested);
            }
            if (criteriaNotMetYet(requested)) {
                counters.retried("closure criteria not met yet");
                await("closure readiness of " + closure, () -> worker.get(closure + "/readiness"),
                        answer -> answer.ok() && answer.body().path("ready").asBoolean());
            } else {
                counters.retried("changed meanwhile: read again");
            }
        }
    }

    private static boolean criteriaNotMetYet(Answer answer) {
        return answer.status() == 409 && answer.problemType().endsWith("closure-criteria-not-met");
    }

    private static boolean staleVersion(Answer answer) {
        return answer.status() == 409 && answer.problemType().endsWith("stale-version");
    }

    private Optional<Answer> closureRequested(String closure) {
        Answer stored = worker.get(closure).expect(200, "closure record");
        return "CLOSURE_REQUESTED".equals(stored.text("status")) ? Optional.of(stored) : Optional.empty();
    }

    /** The latest request of a closure record (the request's 201 answers the record), with the record's version. */
    private static JsonNode lastRequest(JsonNode closureRecord) {
        List<JsonNode> requests = List.copyOf(closureRecord.path("requests").values());
        ObjectNode request = ((ObjectNode) requests.getLast()).deepCopy();
        request.put("version", closureRecord.path("version").asLong());
        return request;
    }

    /**
     * A POST answered {@code expected}, or found applied: its answer may have been lost with it applied (the
     * platform then says {@code idempotent-request-outcome-unknown}, or a retry after the loss meets a newer
     * version); {@code lookup} reads whether it was, and gives what the journey goes on with. Not applied after an
     * unknown outcome: sent again with a new key. Any other answer is the caller's.
     */
    private Answer write(GatewayCaller caller, String path, Object body, int expected, String what,
                         Supplier<Optional<Answer>> lookup) {
        return write(caller, path, body, expected, what, lookup, answer -> false);
    }

    /** As above; an answer {@code handledByCaller} accepts is returned as it is, for the caller to act on. */
    private Answer write(GatewayCaller caller, String path, Object body, int expected, String what,
                         Supplier<Optional<Answer>> lookup, Predicate<Answer> handledByCaller) {
        Answer answer = caller.post(path, body);
        for (int sent = 1; answer.status() != expected && sent < 3; sent++) {
            boolean unknown = answer.problemType().endsWith(OUTCOME_UNKNOWN);
            if (!unknown && !(answer.status() == 409 && answer.retriedAfterLostAnswer())) {
                break;
            }
            Optional<Answer> applied = lookup.get();
            if (applied.isPresent()) {
                counters.retried("applied before its answer was lost");
                return applied.get();
            }
            if (!unknown) {
                break;
            }
            counters.retried("outcome unknown, not applied: sent again");
            answer = caller.post(path, body);
        }
        return handledByCaller.test(answer) ? answer : answer.expect(expected, what);
    }

    /**
     * A versioned POST that moves the record at {@code recordPath} to one of the {@code reached} statuses, from the
     * record as it now is: a version another change overtook (the stage applies the other stages' events to the same
     * record) is read again and the move asked again, as the problem says to, for up to {@link #CHANGED_MEANWHILE_FOR}.
     */
    private Answer transition(GatewayCaller caller, String path, LongFunction<Object> bodyOfVersion,
                              String recordPath, String... reached) {
        long deadline = System.nanoTime() + CHANGED_MEANWHILE_FOR.toNanos();
        while (true) {
            long version = worker.get(recordPath).expect(200, recordPath).version();
            Answer answer = write(caller, path, bodyOfVersion.apply(version), 200, path, () -> {
                Answer stored = worker.get(recordPath).expect(200, recordPath);
                return List.of(reached).contains(stored.text("status")) ? Optional.of(stored) : Optional.empty();
            }, CaseJourney::staleVersion);
            if (answer.ok() || System.nanoTime() > deadline) {
                return answer.expect(answer.ok() ? answer.status() : 200, path);
            }
            counters.retried("changed meanwhile: read again");
            GatewayCaller.sleep(POLL_PAUSE);
        }
    }

    private static Map<String, Object> versionOnly(long version) {
        return Map.of("version", version);
    }

    /**
     * A versioned PUT of the record as it now is: a 409 for a version another change overtook (the stage applies the
     * other stages' events to the same record) reads it again and sends the change again, as the problem asks; after
     * a lost answer a 409 means it was applied if the record shows it.
     */
    private Answer replace(GatewayCaller caller, String path, LongFunction<Object> bodyOfVersion, String recordPath,
                           Predicate<JsonNode> applied) {
        Answer answer = null;
        long deadline = System.nanoTime() + CHANGED_MEANWHILE_FOR.toNanos();
        while (System.nanoTime() < deadline) {
            long version = worker.get(recordPath).expect(200, recordPath).version();
            answer = caller.put(path, bodyOfVersion.apply(version));
            if (answer.ok()) {
                return answer;
            }
            if (answer.status() != 409 || !answer.problemType().endsWith("stale-version")) {
                break;
            }
            if (answer.retriedAfterLostAnswer()) {
                Answer stored = worker.get(recordPath).expect(200, recordPath);
                if (applied.test(stored.body())) {
                    counters.retried("applied before its answer was lost");
                    return stored;
                }
            }
            counters.retried("changed meanwhile: read again");
            GatewayCaller.sleep(POLL_PAUSE);
        }
        throw new UnexpectedAnswer(path + ": " + answer);
    }

    private Optional<Answer> intakeShowing(String path, Predicate<JsonNode> applied) {
        Answer stored = worker.get(path).expect(200, path);
        return applied.test(stored.body()) ? Optional.of(stored) : Optional.empty();
    }

    /** The {@code nth} entry (oldest first) of the list at {@code listPath} that {@code matches}, if there are n. */
    private Optional<Answer> entryOf(String listPath, Predicate<JsonNode> matches, int nth) {
        Answer list = worker.get(listPath).expect(200, listPath);
        List<JsonNode> found = list.body().path("content").values().stream().filter(matches).toList().reversed();
        return found.size() < nth ? Optional.empty() : Optional.of(list.withBody(found.get(nth - 1)));
    }

    private void acknowledged(GatewayCaller reader, String path, Answer answer) {
        ledger.acknowledged(path, reader.user(), answer.body().has("version") ? answer.version() : -1);
    }

    private static JsonNode goal(JsonNode plan, String needDomain) {
        return plan.path("goals").values().stream()
                .filter(goal -> needDomain.equals(goal.path("needDomain").asString())).findFirst()
                .orElseThrow(() -> new UnexpectedAnswer("no " + needDomain + " goal in the plan: " + plan));
    }

    static Answer await(String what, Supplier<Answer> look, Predicate<Answer> done) {
        long deadline = System.nanoTime() + STAGES_HEAR_WITHIN.toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            last = look.get();
            if (done.test(last)) {
                return last;
            }
            GatewayCaller.sleep(POLL_PAUSE);
        }
        throw new UnexpectedAnswer(what + " not there after " + STAGES_HEAR_WITHIN + "; last: " + last);
    }
}
