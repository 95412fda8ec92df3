package org.casemgmt.closure;

import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.referral.v1.ReferralStatusChanged;
import org.casemgmt.platform.testing.StageApi;
import org.casemgmt.platform.testing.TopicProbe;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.node.ObjectNode;

/**
 * Closure's API as the case's agency drives it, and the events of intake, planning, referral and monitoring it learns
 * a case's work from, for the integration tests.
 */
final class ClosureApi extends StageApi {

    /** The agency of the case.opened example, so the cases the tests open are the test staff's own. */
    static final String AGENCY = "agency-riverside-family-services";
    static final String WORKER = "staff-0142";
    static final String SUPERVISOR = "staff-0007";
    static final String ADMIN = "staff-0001";

    ClosureApi(MockMvcTester mvc, TopicProbe topics) {
        super(mvc, topics);
    }

    static String worker() {
        return bearer(WORKER, AGENCY, "CASE_WORKER");
    }

    static String supervisor() {
        return bearer(SUPERVISOR, AGENCY, "SUPERVISOR", "CASE_WORKER");
    }

    static String admin() {
        return bearer(ADMIN, AGENCY, "AGENCY_ADMIN");
    }

    static String auditor() {
        return bearer("staff-0900", AGENCY, "AUDITOR");
    }

    /** Opens a case of {@link #AGENCY} for {@code clientId} at {@code openedAt} and waits until closure knows it. */
    String openCase(String programId, String clientId, Instant openedAt) {
        String caseId = UUID.randomUUID().toString();
        publish(EventCatalog.CASE_OPENED, caseId, example(EventCatalog.CASE_OPENED).put("caseId", caseId)
                .put("programId", programId).put("clientId", clientId).put("caseManager", WORKER)
                .put("openedAt", openedAt.toString()));
        await().until(() -> readiness(caseId).getResponse().getStatus() == 200);
        return caseId;
    }

    String openCase(String programId) {
        return openCase(programId, "client-" + UUID.randomUUID(), Instant.now());
    }

    MvcTestResult delete(String path, String authorization) {
        return mvc.delete().uri(path).header("Authorization", authorization).exchange();
    }

    MvcTestResult readiness(String caseId) {
        return get("/api/closure/cases/" + caseId + "/readiness", worker());
    }

    MvcTestResult closure(String caseId) {
        return get("/api/closure/cases/" + caseId, worker());
    }

    String version(String caseId) {
        return read(closure(caseId), "$.version");
    }

    void goalSet(String caseId, String goalId) {
        publish(EventCatalog.GOAL_SET, caseId, example(EventCatalog.GOAL_SET).put("caseId", caseId)
                .put("goalId", goalId));
    }

    void goalAchieved(String caseId, String goalId) {
        publish(EventCatalog.GOAL_ACHIEVED, caseId, example(EventCatalog.GOAL_ACHIEVED).put("caseId", caseId)
                .put("goalId", goalId));
    }

    void goalAbandoned(String caseId, String goalId) {
        publish(EventCatalog.GOAL_ABANDONED, caseId, example(EventCatalog.GOAL_ABANDONED).put("caseId", caseId)
                .put("goalId", goalId));
    }

    void referralRequested(String caseId, String referralId, Instant at) {
        publish(EventCatalog.REFERRAL_REQUESTED, caseId, example(EventCatalog.REFERRAL_REQUESTED)
                .put("caseId", caseId).put("referralId", referralId).put("requestedAt", at.toString()));
    }

    void referralChanged(EventType<ReferralStatusChanged> transition, String caseId, String referralId,
                         String status, Instant at) {
        publish(transition, caseId, example(transition).put("caseId", caseId).put("referralId", referralId)
                .put("status", status).put("changedAt", at.toString()));
    }

    void assessed(String caseId, String instrumentId, int total, Instant at) {
        ObjectNode scored = example(EventCatalog.ASSESSMENT_SCORED).put("caseId", caseId)
                .put("assessmentId", UUID.randomUUID().toString()).put("instrumentId", instrumentId)
                .put("totalScore", total).put("administeredAt", at.toString());
        publish(EventCatalog.ASSESSMENT_SCORED, caseId, scored);
    }

    /**
     * A goal of the case set and achieved, once closure has heard of both: a case none of whose goals closure knows
     * is not ready to close.
     */
    void goalMet(String caseId) {
        String goalId = "goal-" + UUID.randomUUID();
        goalSet(caseId, goalId);
        goalAchieved(caseId, goalId);
        await().until(() -> body(readiness(caseId)).contains("{\"criterion\":\"GOALS_RESOLVED\",\"met\":true"));
    }

    MvcTestResult planTransition(String caseId, String json) {
        return put("/api/closure/cases/" + caseId + "/transition-plan", worker(),
                json.replace("{version}", version(caseId)));
    }

    MvcTestResult requestClosure(String caseId, String json) {
        return post("/api/closure/cases/" + caseId + "/closure-requests", worker(),
                json.replace("{version}", version(caseId)));
    }

    MvcTestResult approve(String caseId, String closureId, String authorization) {
        return post("/api/closure/cases/" + caseId + "/closure-requests/" + closureId + "/approval", authorization,
                "{\"version\": " + version(caseId) + "}");
    }

    /** Plans the exit to a rental (410) with follow-ups agreed, requests closure and has the supervisor approve it. */
    MvcTestResult close(String caseId) {
        planTransition(caseId, """
                {"version": {version}, "destinationCode": 410, "followUpContactAgreed": true}""");
        MvcTestResult requested = requestClosure(caseId, """
                {"version": {version}, "reason": "GOALS_ACHIEVED", "outcome": "GOALS_ACHIEVED",
                 "overrideReason": "closing for the test"}""");
        return approve(caseId, read(requested, "$.requests[-1].closureId"), supervisor());
    }
}
