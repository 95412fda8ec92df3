package org.casemgmt.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/**
 * A case worker's steps through the gateway: register and read a client, then the intake up to the decision that
 * opens the case. One instance per connection; each request is timed into that connection's samples.
 */
final class CaseWorkload {

    static final Figure REGISTER = new Figure("register-client",
            "register client       POST /api/intake/clients");
    static final Figure READ = new Figure("read-client",
            "read client          GET  /api/intake/clients/{id}");
    static final Figure INTAKE = new Figure("create-intake",
            "  create intake      POST /api/intake/intakes");
    static final Figure ASSESSMENT = new Figure("assessment",
            "  assessment         PUT  .../assessment");
    static final Figure CONSENT = new Figure("consent",
            "  consent            POST .../consents");
    static final Figure ELIGIBILITY = new Figure("eligibility",
            "  eligibility        POST .../eligibility");
    static final Figure DECISION = new Figure("decision",
            "  decision (opens)   POST .../decision");
    static final List<Figure> REQUESTS = List.of(REGISTER, READ, INTAKE, ASSESSMENT, CONSENT, ELIGIBILITY, DECISION);
    /**
     * A demo user of the embedded auth server, who may do every step of the workload; the bench's clients are in
     * their agency, which their token names.
     */
    static final String CASE_WORKER = "worker.alex";

    // Duplicate detection refuses a similar name with the same birth date, and the bench's names are alike: a birth
    // date of its own for each client keeps every registration new. Housing First takes ages 18 to 64, so the dates
    // run one a day from 1965 over 15,000 days, then start again. One count for every connection of the run: the
    // load's workers register clients at the same time.
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1965, 1, 1);
    private static final int BIRTH_DATES = 15_000;
    private static final AtomicInteger CLIENTS_REGISTERED = new AtomicInteger();

    private final TimedGateway gateway;

    CaseWorkload(TimedGateway gateway) {
        this.gateway = gateway;
    }

    /** Registers a new client; answers its id. */
    String registerClient() {
        JsonNode client = gateway.post(REGISTER, "/api/intake/clients", Map.of(
                "givenName", "Bench", "familyName", "Case-" + UUID.randomUUID(),
                "birthDate", FIRST_BIRTH_DATE.plusDays(CLIENTS_REGISTERED.getAndIncrement() % BIRTH_DATES).toString(),
                "residencyArea", "Central", "preferredLanguage", "en"), 201);
        return client.path("id").asString();
    }

    void readClient(String clientId) {
        gateway.get(READ, "/api/intake/clients/" + clientId, 200);
    }

    /** Intake, assessment, consent, eligibility and the decision that opens the case; answers the case id. */
    String openCase(String clientId) {
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
}
