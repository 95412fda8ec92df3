package org.casemgmt.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.testsupport.TestIssuer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.node.ObjectNode;

/** The planning REST API as a case worker's (or supervisor's) client drives it, for the integration tests. */
public final class PlanningApi {

    /** The case manager of the case.opened example. */
    public static final String WORKER = "staff-0142";
    public static final String SUPERVISOR = "staff-0007";
    /** The agency of the case.opened example, so the cases the tests open are the test staff's own. */
    public static final String AGENCY = "agency-riverside-family-services";

    private final MockMvcTester mvc;
    private final CaseEvents events;

    public PlanningApi(MockMvcTester mvc, CaseEvents events) {
        this.mvc = mvc;
        this.events = events;
    }

    /** The {@code Authorization} header of {@code actor} of {@link #AGENCY}, holding {@code roles}. */
    public static String bearer(String actor, String... roles) {
        return TestIssuer.shared().bearer(actor, AGENCY, roles);
    }

    public MvcTestResult get(String path) {
        return mvc.get().uri(path).header("Authorization", bearer(WORKER, "CASE_WORKER")).exchange();
    }

    public MvcTestResult post(String path, String json) {
        return as(WORKER, "CASE_WORKER", path, json);
    }

    public MvcTestResult put(String path, String json) {
        return mvc.put().uri(path).header("Authorization", bearer(WORKER, "CASE_WORKER"))
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    /** A POST by {@code actor} of {@link #AGENCY} holding {@code roles} (comma-separated). */
    public MvcTestResult as(String actor, String roles, String path, String json) {
        return mvc.post().uri(path).header("Authorization", bearer(actor, roles.split(",")))
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    /** Publishes case.opened for a new case and waits for its draft plan; answers the case id. */
    public String caseWithDraftPlan() {
        return caseWithDraftPlan(CaseEvents.caseOpened(UUID.randomUUID().toString()));
    }

    public String caseWithDraftPlan(ObjectNode caseOpened) {
        String caseId = caseOpened.get("caseId").asString();
        events.publish(EventCatalog.CASE_OPENED, caseId, caseOpened);
        await().until(() -> planOf(caseId).getResponse().getStatus() == 200);
        return caseId;
    }

    /**
     * The housing goal as the client put it: their own words, arrears from 1850 down to {@code arrearsTarget} EUR
     * by {@code arrearsDue}, the client's agreement. Objective ids are kept, so they stay the same objectives.
     */
    public MvcTestResult editHousingGoal(String caseId, double arrearsTarget, LocalDate arrearsDue) {
        String goalId = goalId(caseId, "HOUSING");
        List<String> objectives = read(planOf(caseId), "$.goals[?(@.id == '" + goalId + "')].objectives[*].id");
        return put("/api/planning/plans/" + planId(caseId) + "/goals/" + goalId, """
                {"version": %d, "needDomain": "HOUSING", "statement": "Get my own flat near my kids' school",
                 "priority": "HIGH", "responsibleParty": "PROVIDER", "providerRole": "housing-navigator",
                 "objectives": [
                   {"id": "%s", "indicator": "Nights in stable accommodation in the last 30 days", "baseline": 0,
                    "target": 28, "unit": "nights", "direction": "HIGHER_IS_BETTER", "dueDate": "2027-02-28"},
                   {"id": "%s", "indicator": "Rent arrears", "baseline": 1850, "target": %s, "unit": "EUR",
                    "direction": "LOWER_IS_BETTER", "dueDate": "%s"}],
                 "interventions": [
                   {"description": "Search for affordable housing", "serviceType": "HOUSING_SEARCH"},
                   {"description": "Tenancy sustainment support", "serviceType": "TENANCY_SUPPORT"}],
                 "agreement": {"agreedBy": "client", "agreedAt": "2026-11-20T11:00:00Z"}}"""
                .formatted(version(caseId), objectives.get(0), objectives.get(1), arrearsTarget, arrearsDue));
    }

    public String objectiveId(String caseId, String goalId, String indicator) {
        List<String> ids = read(planOf(caseId), "$.goals[?(@.id == '" + goalId + "')].objectives[?(@.indicator == '"
                + indicator + "')].id");
        return ids.getFirst();
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
        return approved(caseWithDraftPlan());
    }

    /** Submitted by the case worker and approved by a supervisor; answers the case id. */
    public String approved(String caseId) {
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
