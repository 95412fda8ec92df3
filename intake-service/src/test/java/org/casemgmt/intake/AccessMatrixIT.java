package org.casemgmt.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, over every intake endpoint: each row is an endpoint, each column a kind of staff member, each cell
 * what they get. "ok" means the request got past the access rules (whatever the business answer, e.g. 409 for an
 * already decided intake); 403 is a role the endpoint does not serve, the same answer whatever the id; 404 is a record
 * of another agency, answered as if it did not exist. Nobody gets anything without a token.
 */
class AccessMatrixIT extends IntakeIntegrationTestBase {

    private static final String OK = "ok";

    /** The columns: agency-a's staff, a partner provider, and a case worker of another agency. */
    enum Staff {
        WORKER("agency-a", "CASE_WORKER"),
        SUPERVISOR("agency-a", "SUPERVISOR"),
        ADMIN("agency-a", "AGENCY_ADMIN"),
        PROVIDER("shelter-north", "PROVIDER"),
        AUDITOR("agency-a", "AUDITOR"),
        OTHER_AGENCY_WORKER("agency-b", "CASE_WORKER");

        final String token;

        Staff(String agency, String role) {
            token = TestIssuer.shared().bearer(name().toLowerCase() + "-matrix", agency, role);
        }
    }

    private static final String CLIENT = """
            {"givenName": "Matrix", "familyName": "Row%s", "birthDate": "1980-01-01", "confirmedNotDuplicate": true}""";

    /**
     * endpoint, method, path with {client}, {intake}, {consent} placeholders, body, then the expected answer for
     * WORKER, SUPERVISOR, ADMIN, PROVIDER, AUDITOR, OTHER_AGENCY_WORKER.
     */
    static Stream<Arguments> matrix() {
        return Stream.of(
                row("register a client", "POST", "/api/intake/clients", CLIENT, OK, OK, "403", "403", "403", OK),
                row("check for duplicates", "POST", "/api/intake/clients/duplicate-check", CLIENT,
                        OK, OK, "403", "403", "403", OK),
                row("read a client", "GET", "/api/intake/clients/{client}", null, OK, OK, OK, "403", "403", "404"),
                row("list clients", "GET", "/api/intake/clients", null, OK, OK, OK, "403", "403", OK),
                row("search clients", "GET", "/api/intake/clients/search?name=Matrix", null,
                        OK, OK, OK, "403", "403", OK),
                row("replace a client", "PUT", "/api/intake/clients/{client}",
                        "{\"version\": 0, \"givenName\": \"Matrix\", \"familyName\": \"Row\", \"birthDate\": \"1980-01-01\"}",
                        OK, OK, "403", "403", "403", "404"),
                row("change a client", "PATCH", "/api/intake/clients/{client}",
                        "{\"version\": 0, \"residencyArea\": \"South\"}", OK, OK, "403", "403", "403", "404"),
                row("start an intake", "POST", "/api/intake/intakes",
                        "{\"clientId\": \"{client}\", \"programId\": \"housing-first\", \"caseManager\": \"m-1\"}",
                        // Another agency's client is as unknown as one that does not exist: the same 409.
                        OK, OK, "403", "403", "403", "409"),
                row("read an intake", "GET", "/api/intake/intakes/{intake}", null, OK, OK, OK, "403", "403", "404"),
                row("list intakes", "GET", "/api/intake/intakes", null, OK, OK, OK, "403", "403", OK),
                row("record the assessment", "PUT", "/api/intake/intakes/{intake}/assessment", """
                        {"version": 0, "needs": [{"domain": "HOUSING", "severity": "HIGH"}]}""",
                        OK, OK, "403", "403", "403", "404"),
                row("evaluate eligibility", "POST", "/api/intake/intakes/{intake}/eligibility", "",
                        OK, OK, "403", "403", "403", "404"),
                row("record consent", "POST", "/api/intake/intakes/{intake}/consents", """
                        {"purpose": "matrix", "sharedWithAgencyIds": ["agency-a"], "givenBy": "CLIENT"}""",
                        OK, OK, "403", "403", "403", "404"),
                row("withdraw consent", "POST", "/api/intake/intakes/{intake}/consents/{consent}/withdrawal", "",
                        OK, OK, "403", "403", "403", "404"),
                row("check consent coverage", "GET", "/api/intake/intakes/{intake}/consent-coverage?agencyId=x", null,
                        OK, OK, OK, "403", "403", "404"),
                row("decide", "POST", "/api/intake/intakes/{intake}/decision", "", OK, OK, "403", "403", "403", "404"),
                row("list programs", "GET", "/api/intake/programs", null, OK, OK, OK, OK, OK, OK),
                row("read a program", "GET", "/api/intake/programs/housing-first", null, OK, OK, OK, OK, OK, OK),
                row("define a program", "POST", "/api/intake/programs", """
                        {"id": "matrix-%s", "name": "Matrix", "domainsServed": ["HOUSING"], "acceptingNewCases": true}""",
                        "403", "403", OK, "403", "403", "403"),
                row("change a program", "PUT", "/api/intake/programs/{program}", """
                        {"version": 0, "name": "Matrix", "domainsServed": ["HOUSING"], "acceptingNewCases": false}""",
                        "403", "403", OK, "403", "403", "403"),
                row("read the audit trail", "GET", "/api/intake/audit/entries", null,
                        "403", "403", "403", "403", OK, "403"),
                row("verify the audit trail", "GET", "/api/intake/audit/verification", null,
                        "403", "403", "403", "403", OK, "403"));
    }

    private String client;
    private String intake;
    private String consent;
    private String program;

    /**
     * A fresh client of agency-a with an intake and a consent, and a program, for each row, so that one row's writes
     * don't shape another's.
     */
    @BeforeEach
    void agencyARecords() {
        client = api.registerClient("Matrix", LocalDate.of(1980, 1, 1), "North");
        intake = api.startIntake(client, "housing-first");
        api.recordHousingAssessment(intake);
        consent = api.recordConsent(intake);
        program = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as(IntakeApi.ADMIN_TOKEN).post("/api/intake/programs", """
                {"id": "%s", "name": "Matrix", "domainsServed": ["HOUSING"], "acceptingNewCases": true}"""
                .formatted(program))).hasStatus(HttpStatus.CREATED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyoneGetsWhatTheirRoleAndAgencyAllow(String endpoint, String method, String path, String body,
                                                 Map<Staff, String> expected) {
        List<String> mismatches = new ArrayList<>();
        for (Staff staff : Staff.values()) {
            int status = send(method, path, body, staff.token).getResponse().getStatus();
            String want = expected.get(staff);
            boolean matches = OK.equals(want) ? status != 401 && status != 403 && status != 404 && status < 500
                    : Integer.toString(status).equals(want);
            if (!matches) {
                mismatches.add(staff + " expected " + want + " but got " + status);
            }
        }
        assertThat(send(method, path, body, null).getResponse().getStatus()).as("without a token").isEqualTo(401);
        assertThat(mismatches).as(endpoint).isEmpty();
    }

    private MvcTestResult send(String method, String path, String body, String token) {
        String uri = path.replace("{client}", client).replace("{intake}", intake).replace("{consent}", consent)
                .replace("{program}", program);
        var request = mvc.method(HttpMethod.valueOf(method)).uri(uri);
        if (token != null) {
            request = request.header("Authorization", token);
        }
        if (body != null) {
            String unique = UUID.randomUUID().toString().substring(0, 8);
            request = request.contentType(MediaType.APPLICATION_JSON).content(body.replace("{client}", client)
                    .replace("%s", unique));
        }
        return request.exchange();
    }

    private static Arguments row(String endpoint, String method, String path, String body, String... answers) {
        Staff[] columns = Staff.values();
        Map<Staff, String> expected = new EnumMap<>(Staff.class);
        for (int i = 0; i < columns.length; i++) {
            expected.put(columns[i], answers[i]);
        }
        return Arguments.of(endpoint, method, path, body, expected);
    }
}
