package org.casemgmt.referral;

import static org.casemgmt.platform.testing.AccessMatrix.OK;
import static org.casemgmt.platform.testing.AccessMatrix.row;
import static org.casemgmt.referral.ReferralApi.read;

import java.time.Instant;
import java.util.stream.Stream;

import org.casemgmt.platform.testing.AccessMatrix;
import org.casemgmt.referral.ReferralApi.Service;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what over every referral endpoint: the table of {@link AccessMatrix}, filled in for referral. The
 * PROVIDER column is staff of the agency the referral is addressed to; the case's own agency requests.
 */
class AccessMatrixIT extends ReferralIntegrationTestBase {

    /** The agency of AccessMatrix's PROVIDER column. */
    private static final String PROVIDER_AGENCY = "partner-provider";
    private static final String STEP = "{\"version\": {version}}";
    private static final String NO = "403";
    private static final String DIRECTORY = "/api/referral/directory";

    /**
     * endpoint, method, path with {case}, {goal}, {service}, {referral}, {version}, {member}, {team-version}, {new-org}
     * placeholders, body, then the answers for WORKER, SUPERVISOR, ADMIN, PROVIDER, AUDITOR, OTHER_AGENCY_WORKER.
     */
    static Stream<AccessMatrix.Row> matrix() {
        String referral = "/api/referral/referrals/{referral}";
        String team = "/api/referral/cases/{case}/care-team";
        return Stream.of(
                row("matches of a case", "GET", "/api/referral/cases/{case}/matches?age=30", null,
                        OK, OK, OK, NO, NO, "404"),
                row("read the care team", "GET", team, null, OK, OK, OK, NO, NO, "404"),
                row("attach a document", "POST", "/api/referral/cases/{case}/documents", AccessMatrix.DOCUMENT_UPLOAD,
                        OK, OK, NO, NO, NO, "404"),
                row("list documents", "GET", "/api/referral/cases/{case}/documents", null, OK, OK, OK, OK, NO, "404"),
                row("read a document", "GET", "/api/referral/cases/{case}/documents" + "/{document}", null, OK, OK, OK, OK, NO, "404"),
                row("download a document", "GET", "/api/referral/cases/{case}/documents" + "/{document}/content", null,
                        OK, OK, OK, OK, NO, "404"),
                row("delete a document", "DELETE", "/api/referral/cases/{case}/documents" + "/{document}", null, NO, NO, OK, NO, NO, NO),
                row("add a care team member", "POST", team + "/members",
                        "{\"person\": \"person-%s\", \"role\": \"navigator\", \"agencyId\": \"agency-x\"}",
                        OK, OK, NO, NO, NO, "404"),
                row("end a membership", "POST", team + "/members/{member}/end", "{\"version\": {team-version}}",
                        OK, OK, NO, NO, NO, "404"),
                row("request a referral", "POST", "/api/referral/referrals",
                        "{\"caseId\": \"{case}\", \"goalId\": \"{goal}\", \"serviceId\": \"{service}\"}",
                        OK, OK, NO, NO, NO, "404"),
                row("list referrals", "GET", "/api/referral/referrals", null, OK, OK, OK, OK, NO, OK),
                row("read a referral", "GET", referral, null, OK, OK, OK, OK, NO, "404"),
                row("accept", "POST", referral + "/accept", STEP, NO, NO, NO, OK, NO, NO),
                row("decline", "POST", referral + "/decline", "{\"version\": {version}, \"reason\": \"other\"}",
                        NO, NO, NO, OK, NO, NO),
                row("start", "POST", referral + "/start", STEP, NO, NO, NO, OK, NO, NO),
                row("pause", "POST", referral + "/pause", STEP, NO, NO, NO, OK, NO, NO),
                row("resume", "POST", referral + "/resume", STEP, NO, NO, NO, OK, NO, NO),
                row("complete", "POST", referral + "/complete", "{\"version\": {version}, \"outcome\": \"got-help\"}",
                        NO, NO, NO, OK, NO, NO),
                row("fail", "POST", referral + "/fail", "{\"version\": {version}, \"reason\": \"could-not-contact\"}",
                        NO, NO, NO, OK, NO, NO),
                row("cancel", "POST", referral + "/cancel", STEP, OK, OK, NO, NO, NO, "404"),
                row("mark entered in error", "POST", referral + "/entered-in-error", STEP, OK, OK, NO, NO, NO, "404"),
                row("re-route", "POST", referral + "/reroute", STEP, OK, OK, NO, NO, NO, "404"),
                row("list organizations", "GET", DIRECTORY + "/organizations", null, OK, OK, OK, OK, NO, OK),
                row("read an organization", "GET", DIRECTORY + "/organizations/org-" + PROVIDER_AGENCY, null,
                        OK, OK, OK, OK, NO, OK),
                row("list services", "GET", DIRECTORY + "/services", null, OK, OK, OK, OK, NO, OK),
                row("read a service", "GET", DIRECTORY + "/services/{service}", null, OK, OK, OK, OK, NO, OK),
                row("list locations", "GET", DIRECTORY + "/locations", null, OK, OK, OK, OK, NO, OK),
                row("list services at locations", "GET", DIRECTORY + "/service-at-locations", null,
                        OK, OK, OK, OK, NO, OK),
                row("search services", "GET", "/api/referral/services?service_type=HOUSING_SEARCH", null,
                        OK, OK, OK, OK, NO, OK),
                row("keep an organization", "PUT", DIRECTORY + "/organizations/{new-org}",
                        "{\"name\": \"Home org\", \"agency_id\": \"" + ReferralApi.AGENCY + "\"}",
                        NO, NO, OK, NO, NO, NO),
                row("import a directory", "POST", DIRECTORY + "/import",
                        "{\"organizations\": [{\"id\": \"org-import-%s\", \"name\": \"Imported\", "
                                + "\"agency_id\": \"" + ReferralApi.AGENCY + "\"}]}",
                        NO, NO, OK, NO, NO, NO),
                // The provider's own service: its PROVIDER staff report capacity; the home agency's admin may not.
                row("report capacity", "PUT", "/api/referral/services/{service}/capacity",
                        "{\"unit\": \"Bed\", \"available\": 900, \"maximum\": 1000}", NO, NO, NO, OK, NO, NO),
                row("read the audit trail", "GET", "/api/referral/audit/entries", null, NO, NO, NO, NO, OK, NO),
                row("verify the audit trail", "GET", "/api/referral/audit/verification", null,
                        NO, NO, NO, NO, OK, NO));
    }

    private String caseId;
    private String serviceId;
    private String referralId;
    private String memberId;
    private String documentId;

    /** A fresh case, addressed referral and care team member for each row, so that one row's writes don't shape another's. */
    @BeforeEach
    void aCaseWithAReferralToThePartnerProvider() {
        String serviceType = ReferralApi.newServiceType();
        Service service = Service.of(serviceType, 1000);
        serviceId = service.id();
        api.provider(PROVIDER_AGENCY, service);
        caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", Instant.parse("2027-12-31T00:00:00Z"),
                PROVIDER_AGENCY);
        referralId = read(api.refer(caseId, serviceId, "matrix"), "$.id");
        documentId = new AccessMatrix(mvc, ReferralApi.AGENCY).attachDocument("/api/referral/cases/" + caseId
                + "/documents");
        memberId = read(api.post("/api/referral/cases/" + caseId + "/care-team/members", ReferralApi.worker(),
                "{\"person\": \"navigator.nia\", \"role\": \"navigator\", \"agencyId\": \"agency-x\"}"),
                "$.members[0].memberId");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyoneGetsWhatTheirRoleAndAgencyAllow(AccessMatrix.Row row) {
        new AccessMatrix(mvc, ReferralApi.AGENCY).check(row, text -> text.replace("{case}", caseId)
                .replace("{goal}", ReferralApi.goalOf(caseId)).replace("{service}", serviceId)
                .replace("{referral}", referralId).replace("{member}", memberId).replace("{document}", documentId)
                .replace("{new-org}", "org-home-" + Long.toHexString(System.nanoTime()))
                .replace("{version}", Long.toString(api.version(referralId)))
                .replace("{team-version}", read(api.get("/api/referral/cases/" + caseId + "/care-team",
                        ReferralApi.worker()), "$.version")));
    }
}
