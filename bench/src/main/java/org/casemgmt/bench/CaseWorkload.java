package org.casemgmt.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * One case, one step after the other as a case worker does it through the gateway: register and read the client,
 * the intake up to the decision that opens the case, then the case as Kafka and planning see it. One case at a
 * time, so the figures are latencies without queueing, not throughput.
 */
final class CaseWorkload {

    static final String REGISTER = "register client       POST /api/intake/clients";
    static final String READ = "read client          GET  /api/intake/clients/{id}";
    static final String INTAKE = "  create intake      POST /api/intake/intakes";
    static final String ASSESSMENT = "  assessment         PUT  .../assessment";
    static final String CONSENT = "  consent            POST .../consents";
    static final String ELIGIBILITY = "  eligibility        POST .../eligibility";
    static final String DECISION = "  decision (opens)   POST .../decision";
    static final String FULL_INTAKE = "full intake to an opened case (6 requests)";
    static final String CASE_OPENED = "decision answered -> case.opened polled by a plain consumer";
    static final String PLAN_DRAFTED = "case.opened polled -> draft plan readable through the gateway";
    /**
     * A demo user of the embedded auth server, who may do every step of the workload; the bench's clients are in
     * their agency, which their token names.
     */
    static final String CASE_WORKER = "worker.alex";

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);
    // The plan figure can be no finer than this: short, so it measures planning rather than the polling.
    private static final Duration PLAN_POLL_INTERVAL = Duration.ofMillis(10);

    private final TimedGateway gateway;
    private final TopicArrivals caseOpened;
    private final Samples samples;
    // Duplicate detection refuses a similar name with the same birth date, and the bench's names are alike: a birth
    // date of its own for each client keeps every registration new. Housing First takes ages 18 to 64, so the dates
    // run one a day from 1965 over 15,000 days, then start again.
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1965, 1, 1);
    private static final int BIRTH_DATES = 15_000;

    private int clientsRegistered;

    CaseWorkload(TimedGateway gateway, TopicArrivals caseOpened, Samples samples) {
        this.gateway = gateway;
        this.caseOpened = caseOpened;
        this.samples = samples;
    }

    void runOneCase() throws Exception {
        long intakeStart = System.nanoTime();
        JsonNode client = gateway.post(REGISTER, "/api/intake/clients", Map.of(
                "givenName", "Bench", "familyName", "Case-" + UUID.randomUUID(),
                "birthDate", FIRST_BIRTH_DATE.plusDays(clientsRegistered++ % BIRTH_DATES).toString(),
                "residencyArea", "Central", "preferredLanguage", "en"), 201);
        String clientId = client.path("id").asString();
        long readStart = System.nanoTime();
        gateway.get(READ, "/api/intake/clients/" + clientId, 200);
        long readNanos = System.nanoTime() - readStart;

        String caseId = openCase(clientId);
        long decisionAnswered = System.nanoTime();
        // The read is not part of the intake: a worker need not look the client up again to go on.
        samples.add(FULL_INTAKE, decisionAnswered - intakeStart - readNanos);

        long seen = caseOpened.awaitFirstSeen(caseId, EVENT_TIMEOUT);
        samples.add(CASE_OPENED, seen - decisionAnswered);
        samples.add(PLAN_DRAFTED, awaitPlanReadable(caseId) - seen);
    }

    /** Intake, assessment, consent, eligibility and the decision that opens the case; answers the case id. */
    private String openCase(String clientId) {
        JsonNode intake = gateway.post(INTAKE, "/api/intake/intakes", Map.of("clientId", clientId,
                "programId", "housing-first", "caseManager", CASE_WORKER), 201);
        // The intake's id is the case's id: the key of case.opened and of the plan.
        String caseId = intake.path("id").asString();
        String path = "/api/intake/intakes/" + caseId;
        gateway.put(ASSESSMENT, path + "/assessment", Map.of("version", intake.path("version").asLong(),
                "needs", List.of(Map.of("domain", "HOUSING", "severity", "HIGH", "summary", "Eviction notice"),
                        Map.of("domain", "INCOME", "severity", "MODERATE", "summary", "Benefits claim stalled")),
                "strengths", List.of("Stable part-time work"),
                "risks", List.of(Map.of("type", "HOMELESSNESS", "level", "MEDIUM", "note", "Could lose housing")),
                "circumstances", Map.of("householdSize", 2, "monthlyIncome", 900, "residencyArea", "Central")), 200);
        gateway.post(CONSENT, path + "/consents", Map.of("purpose", "Coordinate housing and income support",
                "sharedWithAgencyIds", List.of("agency-shelter-north"), "givenBy", "CLIENT",
                "expiresAt", Instant.now().plus(365, ChronoUnit.DAYS).toString()), 201);
        gateway.post(ELIGIBILITY, path + "/eligibility", Map.of(), 200);
        JsonNode decision = gateway.post(DECISION, path + "/decision", Map.of(), 200);
        if (!"OPENED".equals(decision.path("status").asString())) {
            throw new IllegalStateException("the decision did not open the case: " + decision);
        }
        return caseId;
    }

    /** Polls the case's plan until planning has drafted it; answers when the first 200 came back. */
    private long awaitPlanReadable(String caseId) throws InterruptedException {
        long deadline = System.nanoTime() + EVENT_TIMEOUT.toNanos();
        while (gateway.status("/api/planning/cases/" + caseId + "/plan") != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no plan for case " + caseId + " within " + EVENT_TIMEOUT.toSeconds()
                        + " s of case.opened");
            }
            Thread.sleep(PLAN_POLL_INTERVAL);
        }
        return System.nanoTime();
    }
}
