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

@WebMvcTest(PlanController.class)
// The web layer alone: who may do what is the access-matrix IT's to prove, with real tokens.
@AutoConfigureMockMvc(addFilters = false)
class PlanControllerTest {

    private static final String GOAL = """
            {"version": 3, "needDomain": "HOUSING", "statement": "A flat near the school", "priority": "HIGH",
             "responsibleParty": "CLIENT",
             "objectives": [{"indicator": "Rent arrears", "baseline": 1850, "target": 0, "unit": "EUR",
                             "direction": "LOWER_IS_BETTER", "dueDate": "2027-03-31"}]}""";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    PlanService plans;
    @MockitoBean
    CurrentActor actor;
    @MockitoBean
    StaffAccess access;

    @Test
    void aGoalWithoutObjectivesOrStatementIsAProblemDocumentNamingEachField() {
        MvcTestResult result = put(GOAL.replace("\"A flat near the school\"", "\"\"")
                .replaceAll("(?s)\"objectives\": \\[.*\\]", "\"objectives\": []"));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:validation-failed");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("statement", "objectives");
        verifyNoInteractions(plans);
    }

    @Test
    void aProviderRoleIsRequiredExactlyWhenAProviderIsResponsible() {
        MvcTestResult result = put(GOAL.replace("\"CLIENT\"", "\"PROVIDER\""));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].message")
                .isEqualTo("providerRole is required when the responsible party is PROVIDER, and only then");
        verifyNoInteractions(plans);
    }

    @Test
    void anUnknownDirectionIsAnUnreadableRequest() {
        MvcTestResult result = put(GOAL.replace("LOWER_IS_BETTER", "DOWNWARDS"));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:casemgmt:problem:unreadable-request");
    }

    @Test
    void aStepWithoutTheVersionReadIsRefused() {
        MvcTestResult result = mvc.post().uri("/api/planning/plans/plan-1/submission")
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("version");
        verifyNoInteractions(plans);
    }

    private MvcTestResult put(String body) {
        return mvc.put().uri("/api/planning/plans/plan-1/goals/goal-1").contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }
}
