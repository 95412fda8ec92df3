package org.casemgmt.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/** The planning REST API as a case worker's (or supervisor's) client drives it, for the integration tests. */
public final class PlanningApi {

    /** The case manager of the case.opened example. */
    public static final String WORKER = "staff-0142";
    public static final String SUPERVISOR = "staff-0007";

    private final MockMvcTester mvc;
    private final CaseEvents events;

    public PlanningApi(MockMvcTester mvc, CaseEvents events) {
        this.mvc = mvc;
        this.events = events;
    }

    public MvcTestResult get(String path) {
        return mvc.get().uri(path).header("X-Actor-Id", WORKER).exchange();
    }

    public MvcTestResult post(String path, String json) {
        return as(WORKER, "CASE_WORKER", path, json);
    }

    public MvcTestResult put(String path, String json) {
        return mvc.put().uri(path).header("X-Actor-Id", WORKER).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    /** A POST by {@code actor} holding {@code roles} (comma-separated, as the X-Actor-Roles header). */
    public MvcTestResult as(String actor, String roles, String path, String json) {
        return mvc.post().uri(path).header("X-Actor-Id", actor).header("X-Actor-Roles", roles)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    /** Publishes case.opened for a new case and waits for its draft plan; answers the case id. */
    public String caseWithDraftPlan() {
        String caseId = UUID.randomUUID().toString();
        events.publish(EventCatalog.CASE_OPENED, caseId, CaseEvents.caseOpened(caseId));
        await().until(() -> get("/api/planning/cases/" + caseId + "/plan").getResponse().getStatus() == 200);
        return caseId;
    }

    public MvcTestResult planOf(String caseId) {
        return get("/api/planning/cases/" + caseId + "/plan");
    }

    public String planId(String caseId) {
        return read(planOf(caseId), "$.id");
    }

    public long version(String caseId) {
        return PlanningApi.<Number>read(planOf(caseId), "$.version").longValue();
    }

    public String status(String caseId) {
        return read(planOf(caseId), "$.status");
    }

    public List<String> goalIds(String caseId) {
        return read(planOf(caseId), "$.goals[*].id");
    }

    /** The id of the case's goal in {@code needDomain}. */
    public String goalId(String caseId, String needDomain) {
        List<String> ids = read(planOf(caseId), "$.goals[?(@.needDomain == '" + needDomain + "')].id");
        return ids.getFirst();
    }

    public MvcTestResult step(String caseId, String step) {
        return post("/api/planning/plans/" + planId(caseId) + "/" + step, versionBody(caseId));
    }

    public MvcTestResult approveAsSupervisor(String caseId) {
        return as(SUPERVISOR, "SUPERVISOR", "/api/planning/plans/" + planId(caseId) + "/approval", versionBody(caseId));
    }

    /** The suggested draft, submitted by the case worker and approved by a supervisor. */
    public String caseWithApprovedPlan() {
        String caseId = caseWithDraftPlan();
        assertThat(step(caseId, "submission")).hasStatus(HttpStatus.OK);
        assertThat(approveAsSupervisor(caseId)).hasStatus(HttpStatus.OK);
        return caseId;
    }

    public String versionBody(String caseId) {
        return "{\"version\": " + version(caseId) + "}";
    }

    public static <T> T read(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
