package org.casemgmt.monitoring;

import static org.awaitility.Awaitility.await;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.platform.testing.TopicProbe;
import org.casemgmt.testsupport.TestIssuer;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Monitoring's API as the case's agency drives it, and the events of intake and planning it learns cases from, for
 * the integration tests. Each case has a client, a plan and goals of its own.
 */
public final class MonitoringApi {

    /** The agency of the case.opened example, so the cases the tests open are the test staff's own. */
    public static final String AGENCY = "agency-riverside-family-services";
    public static final String WORKER = "staff-0142";
    public static final String SUPERVISOR = "staff-0007";

    private static final EventSchemaValidator SCHEMAS = new EventSchemaValidator();

    private final MockMvcTester mvc;
    private final TopicProbe topics;

    public MonitoringApi(MockMvcTester mvc, TopicProbe topics) {
        this.mvc = mvc;
        this.topics = topics;
    }

    public static String bearer(String actor, String agency, String... roles) {
        return TestIssuer.shared().bearer(actor, agency, roles);
    }

    public static String worker() {
        return bearer(WORKER, AGENCY, "CASE_WORKER");
    }

    public static String supervisor() {
        return bearer(SUPERVISOR, AGENCY, "SUPERVISOR", "CASE_WORKER");
    }

    public MvcTestResult get(String path, String authorization) {
        return mvc.get().uri(path).header("Authorization", authorization).exchange();
    }

    public MvcTestResult post(String path, String authorization, String json) {
        return mvc.post().uri(path).header("Authorization", authorization).contentType(MediaType.APPLICATION_JSON)
                .content(json).exchange();
    }

    public MvcTestResult put(String path, String authorization, String json) {
        return mvc.put().uri(path).header("Authorization", authorization).contentType(MediaType.APPLICATION_JSON)
                .content(json).exchange();
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

    /** Publishes with a new event id, as the owning stage would. */
    public void publish(EventType<?> type, String subject, ObjectNode body) {
        topics.publish(type.topic(), subject,
                TopicProbe.cloudEventHeaders(type, UUID.randomUUID().toString(), subject), body.toString());
    }

    public static ObjectNode example(EventType<?> type) {
        return (ObjectNode) SCHEMAS.schemaDocument(type).path("examples").get(0).deepCopy();
    }

    public static String read(MvcTestResult result, String path) {
        Object value = JsonPath.read(body(result), path);
        return value == null ? null : value.toString();
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
