package org.casemgmt.intake;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import org.casemgmt.platform.testing.AccessMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casemgmt.platform.testing.AccessMatrix.OK;
import static org.casemgmt.platform.testing.AccessMatrix.row;

/** Who may do what over every intake endpoint: the table of {@link AccessMatrix}, filled in for intake. */
class AccessMatrixIT extends IntakeIntegrationTestBase {

    private static final String CLIENT = """
            {"givenName": "Matrix", "familyName": "Row%s", "birthDate": "1980-01-01", "confirmedNotDuplicate": true}""";

    /**
     * endpoint, method, path with {client}, {intake}, {consent}, {program} placeholders, body, then the answers for
     * WORKER, SUPERVISOR, ADMIN, PROVIDER, AUDITOR, OTHER_AGENCY_WORKER.
     */
    static Stream<AccessMatrix.Row> matrix() {
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
                // Only administrators erase; the role is checked first, so another agency's worker gets 403, not 404.
                row("erase a client", "POST", "/api/intake/clients/{client}/erasure", "{\"reference\": \"DSR-1\"}",
                        "403", "403", OK, "403", "403", "403"),
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
                row("attach a document", "POST", DOCUMENTS, AccessMatrix.DOCUMENT_UPLOAD,
                        OK, OK, "403", "403", "403", "404"),
                row("list documents", "GET", DOCUMENTS, null, OK, OK, OK, "403", "403", "404"),
                row("read a document", "GET", DOCUMENTS + "/{document}", null, OK, OK, OK, "403", "403", "404"),
                row("download a document", "GET", DOCUMENTS + "/{document}/content", null,
                        OK, OK, OK, "403", "403", "404"),
                row("delete a document", "DELETE", DOCUMENTS + "/{document}", null,
                        "403", "403", OK, "403", "403", "403"),
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

    private static final String DOCUMENTS = "/api/intake/intakes/{intake}/documents";

    private String client;
    private String intake;
    private String document;
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
        document = new AccessMatrix(mvc, IntakeApi.AGENCY).attachDocument(DOCUMENTS.replace("{intake}", intake));
        program = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as(IntakeApi.ADMIN_TOKEN).post("/api/intake/programs", """
                {"id": "%s", "name": "Matrix", "domainsServed": ["HOUSING"], "acceptingNewCases": true}"""
                .formatted(program))).hasStatus(HttpStatus.CREATED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyoneGetsWhatTheirRoleAndAgencyAllow(AccessMatrix.Row row) {
        new AccessMatrix(mvc, IntakeApi.AGENCY).check(row, text -> text.replace("{client}", client)
                .replace("{intake}", intake).replace("{consent}", consent).replace("{program}", program)
                .replace("{document}", document));
    }
}
