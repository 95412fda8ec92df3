package org.casemgmt.intake.caseopening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;


import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.web.CurrentActor;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(IntakeController.class)
// The web layer alone: who may do what is the access-matrix IT's to prove, with real tokens.
@AutoConfigureMockMvc(addFilters = false)
class IntakeControllerTest {

    private static final String ASSESSMENT = """
            {"version": 0,
             "needs": [{"domain": "HOUSING", "severity": "HIGH", "summary": "eviction notice"}],
             "strengths": ["supportive sister"],
             "risks": [{"type": "eviction", "level": "HIGH"}],
             "circumstances": {"householdSize": 3, "monthlyIncome": 1250.50, "residencyArea": "North"},
             "documents": [{"type": "EVICTION_NOTICE", "title": "Notice to quit", "receivedOn": "2026-11-18"}]}""";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    IntakeService intakes;
    @MockitoBean
    CurrentActor actor;
    @MockitoBean
    StaffAccess access;

    @Test
    void startingAnIntakeWithoutClientProgramOrCaseManagerIsAProblemDocumentNamingEachField() {
        MvcTestResult result = mvc.post().uri("/api/intake/intakes").contentType(MediaType.APPLICATION_JSON)
                .content("{}").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("clientId", "programId", "caseManager");
        verifyNoInteractions(intakes);
    }

    @Test
    void anAssessmentWithAnUnknownSeverityIsRejected() {
        MvcTestResult result = mvc.put().uri("/api/intake/intakes/intake-1/assessment")
                .contentType(MediaType.APPLICATION_JSON).content(ASSESSMENT.replace("\"HIGH\", \"summary\"",
                        "\"DIRE\", \"summary\"")).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(intakes);
    }

    @Test
    void anAssessmentWithoutNeedsOrWithANegativeIncomeIsRejected() {
        MvcTestResult result = mvc.put().uri("/api/intake/intakes/intake-1/assessment")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"version": 0, "needs": [], "circumstances": {"monthlyIncome": -5}}""").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("needs", "circumstances.monthlyIncome");
    }

    @Test
    void anAssessmentMadeToAStaleVersionIs409() {
        given(intakes.recordAssessment(eq("intake-1"), any(), any()))
                .willThrow(new OptimisticLockingFailureException("intake intake-1 is at version 2"));

        MvcTestResult result = mvc.put().uri("/api/intake/intakes/intake-1/assessment")
                .contentType(MediaType.APPLICATION_JSON).content(ASSESSMENT).exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:stale-version");
    }

    @Test
    void aConsentThatExpiredAlreadyOrNamesNoGiverIsRejected() {
        MvcTestResult result = mvc.post().uri("/api/intake/intakes/intake-1/consents")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"purpose": "coordination", "sharedWithAgencyIds": ["agency-a"],
                         "expiresAt": "2020-01-01T00:00:00Z"}""").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("givenBy", "expiresAt");
    }

    @Test
    void decidingAnIntakeThatWasAlreadyDecidedIs409WithTheReason() {
        given(intakes.decide(eq("intake-1"), any())).willThrow(new RuleViolationException("intake-already-decided",
                "Cannot open or decline intake intake-1: it was already OPENED."));

        MvcTestResult result = mvc.post().uri("/api/intake/intakes/intake-1/decision").exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:intake-already-decided");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("already OPENED");
    }

    @Test
    void anOpenedCaseShowsItsPriorityRiskLevelAndVersion() {
        given(intakes.decide(eq("intake-1"), any())).willReturn(IntakeFixtures.opened("intake-1"));

        MvcTestResult result = mvc.post().uri("/api/intake/intakes/intake-1/decision").exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("OPENED");
        assertThat(result).bodyJson().extractingPath("$.priority").isEqualTo("URGENT");
        assertThat(result).bodyJson().extractingPath("$.openedUnderConsentId").isEqualTo("consent-1");
        assertThat(result).bodyJson().extractingPath("$.eligibility.eligible").isEqualTo(true);
    }

    @Test
    void anUnknownIntakeIs404() {
        given(intakes.get("nope")).willThrow(new ResourceNotFoundException("intake", "nope"));

        MvcTestResult result = mvc.get().uri("/api/intake/intakes/nope").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:not-found");
    }
}
