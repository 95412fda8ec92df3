package org.casemgmt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.casemgmt.testsupport.TestIssuer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/** The intake REST API as a case worker's client drives it, for the integration tests. */
public final class IntakeApi {

    public static final String WORKER = "worker-7";
    public static final String AGENCY = "agency-a";
    /** The {@code Authorization} header of {@link #WORKER}, a case worker of {@link #AGENCY}. */
    public static final String WORKER_TOKEN = TestIssuer.shared().bearer(WORKER, AGENCY, "CASE_WORKER");
    /** An agency administrator of {@link #AGENCY}: programs and erasure. */
    public static final String ADMIN_TOKEN = TestIssuer.shared().bearer("admin-1", AGENCY, "AGENCY_ADMIN");

    private final MockMvcTester mvc;
    private final String authorization;

    public IntakeApi(MockMvcTester mvc) {
        this(mvc, WORKER_TOKEN);
    }

    private IntakeApi(MockMvcTester mvc, String authorization) {
        this.mvc = mvc;
        this.authorization = authorization;
    }

    /** The same API used by someone else: {@code TestIssuer.shared().bearer(...)}. */
    public IntakeApi as(String authorization) {
        return new IntakeApi(mvc, authorization);
    }

    public MvcTestResult post(String path, String json) {
        return mvc.post().uri(path).header("Authorization", authorization).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    public MvcTestResult put(String path, String json) {
        return mvc.put().uri(path).header("Authorization", authorization).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    public MvcTestResult get(String path) {
        return mvc.get().uri(path).header("Authorization", authorization).exchange();
    }

    /**
     * Registers a new person and answers the client id. Test people look alike (same given name and birth date,
     * similar generated family names), so the registration says they are not duplicates of each other.
     */
    public String registerClient(String givenName, LocalDate birthDate, String residencyArea) {
        String familyName = "Tester" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        MvcTestResult result = post("/api/intake/clients", """
                {"givenName": "%s", "familyName": "%s", "birthDate": "%s", "residencyArea": "%s",
                 "preferredLanguage": "en", "confirmedNotDuplicate": true}""".formatted(givenName, familyName,
                birthDate, residencyArea));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return read(result, "$.id");
    }

    public String startIntake(String clientId, String programId) {
        MvcTestResult result = post("/api/intake/intakes", """
                {"clientId": "%s", "programId": "%s", "caseManager": "manager-3"}""".formatted(clientId, programId));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return read(result, "$.id");
    }

    /** A household in the North with a high housing need, an eviction risk and a modest income. */
    public void recordHousingAssessment(String intakeId) {
        MvcTestResult result = put("/api/intake/intakes/" + intakeId + "/assessment", """
                {"version": %s,
                 "needs": [{"domain": "HOUSING", "severity": "HIGH", "summary": "eviction notice for next month"},
                           {"domain": "INCOME", "severity": "MODERATE", "summary": "benefits stopped"}],
                 "strengths": ["supportive sister"],
                 "risks": [{"type": "eviction", "level": "HIGH", "note": "court date set"}],
                 "circumstances": {"householdSize": 3, "monthlyIncome": 1250.50, "residencyArea": "North"},
                 "documents": [{"type": "EVICTION_NOTICE", "title": "Notice to quit", "receivedOn": "2026-11-18",
                                "reference": "dms://docs/123"}]}""".formatted(version("/api/intake/intakes/" + intakeId)));
        assertThat(result).hasStatus(HttpStatus.OK);
    }

    public String recordConsent(String intakeId) {
        MvcTestResult result = post("/api/intake/intakes/" + intakeId + "/consents", """
                {"purpose": "coordinate housing support", "sharedWithAgencyIds": ["agency-a", "shelter-north"],
                 "givenBy": "CLIENT", "expiresAt": "2099-01-01T00:00:00Z"}""");
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return read(result, "$.id");
    }

    public MvcTestResult decide(String intakeId) {
        return post("/api/intake/intakes/" + intakeId + "/decision", "");
    }

    /** A case opened through the whole intake flow; answers its id. */
    public String openedCase() {
        String clientId = registerClient("Rosa", LocalDate.of(1988, 2, 2), "North");
        String intakeId = startIntake(clientId, "housing-first");
        recordHousingAssessment(intakeId);
        recordConsent(intakeId);
        assertThat(decide(intakeId)).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.status")
                .isEqualTo("OPENED");
        return intakeId;
    }

    public long version(String path) {
        return IntakeApi.<Number>read(get(path), "$.version").longValue();
    }

    public String status(String intakeId) {
        return read(get("/api/intake/intakes/" + intakeId), "$.status");
    }

    public static <T> T read(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
