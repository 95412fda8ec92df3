package org.casemgmt.monitoring;

import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.testing.StageApi;
import org.casemgmt.platform.testing.TopicProbe;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Monitoring's API as the case's agency drives it, and the events of intake and planning it learns cases from, for
 * the integration tests. Each case has a client, a plan and goals of its own.
 */
public final class MonitoringApi extends StageApi {

    /** The agency of the case.opened example, so the cases the tests open are the test staff's own. */
    public static final String AGENCY = "agency-riverside-family-services";
    public static final String WORKER = "staff-0142";
    public static final String SUPERVISOR = "staff-0007";

    public MonitoringApi(MockMvcTester mvc, TopicProbe topics) {
        super(mvc, topics);
    }

    public static String worker() {
        return bearer(WORKER, AGENCY, "CASE_WORKER");
    }

    public static String supervisor() {
        return bearer(SUPERVISOR, AGENCY, "SUPERVISOR", "CASE_WORKER");
    }

    /**
     * Opens a case of {@link #AGENCY} in {@code programId} whose consent covers {@code consentedAgencies}, approves its
     * plan with one goal ({@link #goalOf}) of two objectives ({@link #objectiveOf}: "nights" higher is better, target
     * 28; "arrears" lower is better, target 0), and waits until monitoring knows the goal. Answers the case id.
     */
    public String caseWithApprovedPlan(String programId, String... consentedAgencies) {
        String caseId = UUID.randomUUID().toString();
        ObjectNode opened = example(EventCatalog.CASE_OPENED).put("caseId", caseId).put("programId", programId)
                .put("clientId", "client-of-" + caseId).put("caseManager", WORKER);
        ObjectNode scope = (ObjectNode) opened.get("consentScope");
        scope.put("consentId", "consent-" + caseId).put("expiresAt", "2099-01-01T00:00:00Z");
        ArrayNode agencies = scope.putArray("sharedWithAgencyIds");
        List.of(consentedAgencies).forEach(agencies::add);
        publish(EventCatalog.CASE_OPENED, caseId, opened);
        publish(EventCatalog.PLAN_APPROVED, caseId, example(EventCatalog.PLAN_APPROVED).put("caseId", caseId)
                .put("planId", "plan-of-" + caseId).put("approvedAt", Instant.now().toString()));
        ObjectNode goal = example(EventCatalog.GOAL_SET).put("caseId", caseId).put("goalId", goalOf(caseId))
                .put("planId", "plan-of-" + caseId);
        ((ObjectNode) goal.get("objectives").get(0)).put("objectiveId", objectiveOf(caseId, "nights"));
        ((ObjectNode) goal.get("objectives").get(1)).put("objectiveId", objectiveOf(caseId, "arrears"));
        publish(EventCatalog.GOAL_SET, caseId, goal);
        await().until(() -> get("/api/monitoring/cases/" + caseId + "/goals", worker()).getResponse()
                .getContentAsString().contains(goalOf(caseId)));
        return caseId;
    }

    public static String goalOf(String caseId) {
        return "goal-of-" + caseId;
    }

    public static String objectiveOf(String caseId, String name) {
        return name + "-of-" + caseId;
    }
}
