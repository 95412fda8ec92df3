package org.casemgmt.referral.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.testing.StageIntegrationTest;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.JsonNode;

/**
 * The provider directory in the running service: the sample it starts with, the search, capacity reported by a
 * provider and announced on capacity.changed, and the HSDS import, each kept to its own agency.
 */
class DirectoryIT extends StageIntegrationTest {

    private static final String SHELTER_BEDS = "shelter-north-transitional-housing";

    private static String bearer(String agency, String role) {
        return TestIssuer.shared().bearer(role.toLowerCase() + "-of-" + agency, agency, role);
    }

    private MvcTestResult get(String path, String authorization) {
        return mvc.get().uri(path).header("Authorization", authorization).exchange();
    }

    private MvcTestResult put(String path, String authorization, String json) {
        return mvc.put().uri(path).header("Authorization", authorization).contentType(MediaType.APPLICATION_JSON)
                .content(json).exchange();
    }

    private MvcTestResult importAs(String agency, String json) {
        return mvc.post().uri("/api/referral/directory/import").header("Authorization", bearer(agency, "AGENCY_ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    /** One organization of {@code agency} with one Bed service of {@code serviceId}, its capacity unreported. */
    private static String organization(String agency, String serviceId) {
        return """
                {"id": "org-%1$s", "name": "Organization %1$s", "agency_id": "%1$s",
                 "locations": [{"id": "loc-%1$s", "name": "Main office", "location_type": "physical",
                   "addresses": [{"address_1": "1 High Street", "city": "Northtown", "country": "GB"}]}],
                 "services": [{"id": "%2$s", "name": "Night shelter", "status": "active", "minimum_age": 18,
                   "attributes": [{"taxonomy_term": {"code": "EMERGENCY_SHELTER", "name": "Emergency shelter",
                                   "taxonomy": "casemgmt-service-types"}}],
                   "languages": [{"code": "en"}], "service_areas": [{"name": "north-district"}],
                   "service_at_locations": [{"id": "sal-%2$s", "location_id": "loc-%1$s"}]}]}"""
                .formatted(agency, serviceId);
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> T read(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theServiceStartsWithTheSampleDirectoryAndFindsItsHousingServicesForAnyStaff() {
        MvcTestResult housing = get("/api/referral/services?service_type=HOUSING_SEARCH&size=50",
                bearer("agency-north", "CASE_WORKER"));

        assertThat(housing).hasStatus(HttpStatus.OK);
        List<String> found = read(housing, "$.content[*].service_id");
        assertThat(found).contains(SHELTER_BEDS, "harbour-housing-family-housing");
        assertThat(read(housing, "$.content[?(@.service_id == '" + SHELTER_BEDS + "')].agency_id").toString())
                .contains("shelter-north");
        assertThat(get("/api/referral/services?service_type=HOUSING_SEARCH&area=south-district&age=17",
                bearer("shelter-north", "PROVIDER"))).hasStatus(HttpStatus.OK).bodyJson()
                .extractingPath("$.content[*].service_id").asArray().containsExactly("harbour-housing-family-housing");
        assertThat(get("/api/referral/directory/organizations/shelter-north", bearer("agency-south", "SUPERVISOR")))
                .hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.agency_id").isEqualTo("shelter-north");
        assertThat(topics.awaitPublished(EventCatalog.CAPACITY_CHANGED, SHELTER_BEDS, 1).getFirst().json()
                .get("unit").asString()).as("the sample's capacity is announced").isEqualTo("Bed");
    }

    @Test
    void theSearchRefusesAnUnknownParameterAndAnAuditor() {
        assertThat(get("/api/referral/services?serviceType=HOUSING_SEARCH", bearer("agency-north", "CASE_WORKER")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:casemgmt:problem:unknown-query-parameter");
        assertThat(get("/api/referral/services", bearer("agency-north", "AUDITOR"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aProviderReportsItsServicesCapacityAndCapacityChangedIsPublishedKeyedByTheService() {
        String agency = fresh("it-shelter");
        String service = fresh("it-night-shelter");
        assertThat(importAs(agency, "{\"organizations\": [" + organization(agency, service) + "]}"))
                .hasStatus(HttpStatus.OK);

        MvcTestResult reported = put("/api/referral/services/" + service + "/capacity", bearer(agency, "PROVIDER"),
                """
                {"unit": "Bed", "available": 4, "maximum": 12, "status": "capacity", "notes": "Women-only room"}""");

        assertThat(reported).hasStatus(HttpStatus.OK).bodyJson().satisfies(capacity -> {
            assertThat(capacity).extractingPath("$.offerable").isEqualTo(4);
            assertThat(capacity).extractingPath("$.held").isEqualTo(0);
            assertThat(capacity).extractingPath("$.notes").isEqualTo("Women-only room");
        });
        Received published = topics.awaitPublished(EventCatalog.CAPACITY_CHANGED, service, 1).getFirst();
        JsonNode changed = published.json();
        assertThat(published.key()).isEqualTo(service);
        assertThat(changed.get("organizationId").asString()).isEqualTo("org-" + agency);
        assertThat(changed.get("available").asInt()).isEqualTo(4);
        assertThat(changed.get("maximum").asInt()).isEqualTo(12);
        assertThat(changed.get("offerable").asInt()).isEqualTo(4);
        assertThat(changed.get("status").asString()).isEqualTo("capacity");
        assertThat(changed.has("notes")).as("no free text on the topic").isFalse();
        assertThat(get("/api/referral/directory/services/" + service, bearer("agency-north", "CASE_WORKER")))
                .hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.capacity.available").isEqualTo(4);
    }

    @Test
    void anotherAgencysProviderMayNotReportTheCapacityAndACaseWorkerMayNotAtAll() {
        String capacity = "{\"unit\": \"Bed\", \"available\": 19, \"maximum\": 20}";

        assertThat(put("/api/referral/services/" + SHELTER_BEDS + "/capacity", bearer("agency-south", "PROVIDER"),
                capacity)).hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:casemgmt:problem:not-this-providers-service");
        assertThat(put("/api/referral/services/" + SHELTER_BEDS + "/capacity", bearer("shelter-north", "CASE_WORKER"),
                capacity)).hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:casemgmt:problem:role-not-permitted");
        assertThat(put("/api/referral/services/no-such-service/capacity", bearer("shelter-north", "PROVIDER"),
                capacity)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/api/referral/directory/services/" + SHELTER_BEDS, bearer("agency-north", "CASE_WORKER")))
                .bodyJson().extractingPath("$.capacity.maximum").isEqualTo(20);
    }

    @Test
    void anImportUpsertsTheAdministratorsOrganizationsAndRefusesAnotherAgencys() {
        String agency = fresh("it-legal");
        String other = fresh("it-other");
        String service = fresh("it-advice");
        importAs(agency, "{\"organizations\": [" + organization(agency, service) + "]}");

        MvcTestResult imported = importAs(agency, "{\"organizations\": ["
                + organization(agency, service).replace("Night shelter", "Night shelter and day centre") + ","
                + organization(other, fresh("it-stolen")) + "]}");

        assertThat(imported).hasStatus(HttpStatus.OK).bodyJson().satisfies(report -> {
            assertThat(report).extractingPath("$.organizations[*].outcome").asArray()
                    .containsExactly("imported", "refused");
            assertThat(report).extractingPath("$.organizations[1].reason").asString().contains(other);
        });
        assertThat(get("/api/referral/directory/services/" + service, bearer(agency, "PROVIDER")))
                .hasStatus(HttpStatus.OK).bodyJson().satisfies(view -> {
                    assertThat(view).extractingPath("$.name").isEqualTo("Night shelter and day centre");
                    assertThat(view).extractingPath("$.organization_id").isEqualTo("org-" + agency);
                    assertThat(view).extractingPath("$.service_types[0]").isEqualTo("EMERGENCY_SHELTER");
                    assertThat(view).extractingPath("$.version").isEqualTo(1);
                });
        assertThat(get("/api/referral/directory/organizations/org-" + other, bearer(agency, "CASE_WORKER")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/api/referral/directory/service-at-locations?service_id=" + service,
                bearer(agency, "CASE_WORKER"))).bodyJson().extractingPath("$.content[0].location_id")
                .isEqualTo("loc-" + agency);
    }

    @Test
    void anAdministratorKeepsTheirOwnAgencysEntriesOnlyAndAStaleVersionIsRefused() {
        String agency = fresh("it-food");
        String admin = bearer(agency, "AGENCY_ADMIN");
        String organization = "/api/referral/directory/organizations/org-" + agency;

        assertThat(put(organization, admin, """
                {"name": "Food bank", "agency_id": "%s", "website": "https://food.example"}""".formatted(agency)))
                .hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.version").isEqualTo(0);
        assertThat(put(organization, admin, """
                {"version": 0, "name": "Food bank", "agency_id": "shelter-north"}""")).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:not-this-agencys-organization");
        assertThat(put("/api/referral/directory/organizations/shelter-north", admin, """
                {"version": 0, "name": "Taken over", "agency_id": "%s"}""".formatted(agency)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(put("/api/referral/directory/services/" + fresh("it-parcels"), admin, """
                {"organization_id": "shelter-north", "name": "Parcels", "status": "active"}"""))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(put("/api/referral/directory/services/" + fresh("it-parcels"), admin, """
                {"organization_id": "org-%s", "name": "Parcels", "status": "active", "minimum_age": 20,
                 "maximum_age": 3}""".formatted(agency))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[*].message").asArray()
                .containsExactly("minimum_age must not be above maximum_age");
        assertThat(put(organization, admin, """
                {"name": "Food bank again", "agency_id": "%s"}""".formatted(agency)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:casemgmt:problem:stale-version");
        assertThat(put(organization, bearer(agency, "PROVIDER"), """
                {"version": 0, "name": "Food bank", "agency_id": "%s"}""".formatted(agency)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:casemgmt:problem:role-not-permitted");
    }
}
