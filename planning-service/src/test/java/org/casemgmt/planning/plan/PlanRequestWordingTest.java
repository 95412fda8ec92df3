package org.casemgmt.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.web.CurrentActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What the plan endpoints answer to a request they cannot use: a 400 problem in the platform's words. */
@WebMvcTest(PlanController.class)
@AutoConfigureMockMvc(addFilters = false)
class PlanRequestWordingTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    PlanService plans;
    @MockitoBean
    CurrentActor actor;
    @MockitoBean
    StaffAccess access;

    @Test
    void anUnknownStatusListsTheStatusesNotTheJavaEnum() {
        MvcTestResult result = mvc.get().uri("/api/planning/plans?status=OPEN").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("status");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message")
                .isEqualTo("must be one of DRAFT, SUBMITTED, APPROVED, ACTIVE, CLOSED");
        assertThat(result).bodyText().doesNotContain("org.casemgmt", "PlanStatus");
        verifyNoInteractions(plans);
    }

    @Test
    void aBracketedFilterNameIsRefusedByNameNotAnsweredWith500() {
        MvcTestResult result = mvc.get().uri("/api/planning/plans?caseManager[$regex]=.*").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:unknown-query-parameter");
        assertThat(result).bodyJson().extractingPath("$.acceptedParameters").asArray()
                .containsExactly("caseId", "caseManager", "page", "size", "sort", "status");
        verifyNoInteractions(plans);
    }

    @Test
    void aVersionThatIsNoNumberSaysSo() {
        MvcTestResult result = mvc.delete().uri("/api/planning/plans/plan-1/goals/goal-1?version=third").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].message")
                .isEqualTo("must be a whole number");
        assertThat(result).bodyText().doesNotContain("long", "java.");
    }

    @Test
    void anUnknownDirectionInABodyListsTheDirections() {
        MvcTestResult result = mvc.put().uri("/api/planning/plans/plan-1/goals/goal-1")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"version": 3, "needDomain": "HOUSING", "statement": "A flat", "priority": "HIGH",
                         "responsibleParty": "CLIENT",
                         "objectives": [{"indicator": "Rent arrears", "baseline": 1850, "target": 0, "unit": "EUR",
                                         "direction": "DOWNWARDS", "dueDate": "2027-03-31"}]}""").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("objectives[0].direction");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().startsWith("must be one of ");
        assertThat(result).bodyText().doesNotContain("org.casemgmt", "java.");
    }
}
