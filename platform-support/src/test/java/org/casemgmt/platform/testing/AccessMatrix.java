package org.casemgmt.platform.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.casemgmt.testsupport.TestIssuer;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, as a table a service's access-matrix test fills in: each {@link Row} is an endpoint, each
 * {@link Staff} column a kind of staff member, each cell what they get. {@link #OK} means the request got past the
 * access rules, whatever the business answer (e.g. 409 for an intake already decided); "403" is a role the endpoint
 * does not serve, the same answer whatever the id; "404" is a record of another agency, answered as if it did not
 * exist. Every row is also sent without a token, which must be 401.
 */
public final class AccessMatrix {

    public static final String OK = "ok";
    /** A row's body that sends a document upload (multipart: a small PDF, a type and a title) instead of JSON. */
    public static final String DOCUMENT_UPLOAD = "multipart document upload";

    /** The columns: the home agency's staff, a partner provider, and a case worker of another agency. */
    public enum Staff {
        WORKER("CASE_WORKER"),
        SUPERVISOR("SUPERVISOR"),
        ADMIN("AGENCY_ADMIN"),
        PROVIDER("PROVIDER"),
        AUDITOR("AUDITOR"),
        OTHER_AGENCY_WORKER("CASE_WORKER");

        private final String role;

        Staff(String role) {
            this.role = role;
        }

        String bearer(String homeAgency) {
            String agency = switch (this) {
                case PROVIDER -> "partner-provider";
                case OTHER_AGENCY_WORKER -> "another-agency";
                default -> homeAgency;
            };
            return TestIssuer.shared().bearer(name().toLowerCase() + "-matrix", agency, role);
        }
    }

    /**
     * @param path     may hold placeholders the test fills in per run, e.g. {@code {intake}}
     * @param body     null for none; {@code %s} in it becomes a fresh value per request, for ids that must be new
     * @param expected per column: {@link #OK}, "403", "404" or another status
     */
    public record Row(String endpoint, String method, String path, String body, Map<Staff, String> expected) {

        @Override
        public String toString() {
            return endpoint;
        }
    }

    /** A row with one answer per {@link Staff} column, in their order. */
    public static Row row(String endpoint, String method, String path, String body, String... answers) {
        Staff[] columns = Staff.values();
        assertThat(answers).as("one answer per column of " + endpoint).hasSize(columns.length);
        Map<Staff, String> expected = new EnumMap<>(Staff.class);
        for (int i = 0; i < columns.length; i++) {
            expected.put(columns[i], answers[i]);
        }
        return new Row(endpoint, method, path, body, expected);
    }

    private final MockMvcTester mvc;
    private final String homeAgency;

    public AccessMatrix(MockMvcTester mvc, String homeAgency) {
        this.mvc = mvc;
        this.homeAgency = homeAgency;
    }

    /** Sends the row's request as every column and without a token; {@code fill} replaces the placeholders. */
    public void check(Row row, UnaryOperator<String> fill) {
        List<String> mismatches = new ArrayList<>();
        for (Staff staff : Staff.values()) {
            int status = send(row, fill, staff.bearer(homeAgency));
            String want = row.expected().get(staff);
            boolean matches = OK.equals(want) ? status != 401 && status != 403 && status != 404 && status < 500
                    : Integer.toString(status).equals(want);
            if (!matches) {
                mismatches.add(staff + " expected " + want + " but got " + status);
            }
        }
        assertThat(send(row, fill, null)).as(row.endpoint() + " without a token").isEqualTo(401);
        assertThat(mismatches).as(row.endpoint()).isEmpty();
    }

    /** A document attached by the home agency's case worker to {@code documentsPath}, for rows about one; its id. */
    public String attachDocument(String documentsPath) {
        return DocumentUploads.attach(mvc, documentsPath, Staff.WORKER.bearer(homeAgency));
    }

    private int send(Row row, UnaryOperator<String> fill, String authorization) {
        if (DOCUMENT_UPLOAD.equals(row.body())) {
            return mvc.perform(DocumentUploads.upload(fill.apply(row.path()), authorization)).getResponse()
                    .getStatus();
        }
        var request = mvc.method(HttpMethod.valueOf(row.method())).uri(fill.apply(row.path()));
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        if (row.body() != null) {
            String fresh = Long.toHexString(System.nanoTime());
            request = request.contentType(MediaType.APPLICATION_JSON).content(fill.apply(row.body().replace("%s", fresh)));
        }
        return request.exchange().getResponse().getStatus();
    }
}
