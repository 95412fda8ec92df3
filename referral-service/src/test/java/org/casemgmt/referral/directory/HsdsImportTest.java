package org.casemgmt.referral.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.casemgmt.referral.directory.DirectoryViews.ServiceView;
import org.casemgmt.referral.directory.Hsds.Address;
import org.casemgmt.referral.directory.HsdsImport.ImportReport;
import org.casemgmt.referral.directory.HsdsImport.ImportedService;
import org.casemgmt.referral.directory.HsdsImport.OrganizationOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** An HSDS document read under its HSDS names, and imported organization by organization into the directory. */
class HsdsImportTest {

    private static final String ADMIN = "admin.harbour";
    private static final String AGENCY = "harbour-housing-trust";

    /** One organization of {@value #AGENCY} with one service at one location; the service's name and capacity vary. */
    private static final String DOCUMENT = """
            {"organizations": [{
              "id": "org-harbour", "name": "Harbour Housing", "agency_id": "%s",
              "locations": [{"id": "loc-quay", "name": "Quay office", "location_type": "physical",
                "addresses": [{"address_1": "3 Quay Street", "city": "Southport", "postal_code": "SP2 9QS",
                               "country": "GB"}]}],
              "services": [{
                "id": "svc-family-housing", "name": "%s", "status": "temporarily closed",
                "attributes": [
                  {"taxonomy_term": {"code": "HOUSING_SEARCH", "name": "Housing search",
                                     "taxonomy": "casemgmt-service-types"}},
                  {"taxonomy_term": {"code": "BH-1800", "name": "Housing", "taxonomy": "211-airs"}}],
                "eligibility_description": "Families", "minimum_age": 16, "maximum_age": 99,
                "languages": [{"code": "ar", "name": "Arabic"}],
                "service_areas": [{"name": "south-district"}],
                "schedules": [{"byday": "MO,TU", "opens_at": "09:00", "closes_at": "17:00"}],
                "required_documents": [{"document": "Proof of income"}],
                "assured_date": "2026-09-15",
                "service_at_locations": [{"id": "sal-family-housing-quay", "location_id": "loc-quay"}]
                %s
              }]
            }]}""";
    private static final String CAPACITY = """
            , "capacity": {"unit": "Place", "available": 2, "maximum": 15, "status": "waitlist"}""";

    private static DirectoryFixture fixture;

    @BeforeAll
    static void directory() {
        fixture = new DirectoryFixture("hsds-import-test");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @BeforeEach
    void empty() {
        fixture.clear();
    }

    private static HsdsImport document(String agencyId, String serviceName, String capacity) {
        return DirectoryFixture.JSON.readValue(DOCUMENT.formatted(agencyId, serviceName, capacity), HsdsImport.class);
    }

    @Test
    void hsdsNamesAreReadIntoTheServiceAndOnlyThePlatformsTaxonomyGivesServiceTypes() {
        ImportedService service = document(AGENCY, "Family housing", CAPACITY).organizations().getFirst().services()
                .getFirst();

        ServiceProfile profile = service.profile();
        assertThat(profile.name()).isEqualTo("Family housing");
        assertThat(profile.status()).isEqualTo(ServiceStatus.TEMPORARILY_CLOSED);
        assertThat(profile.minimumAge()).isEqualTo(16);
        assertThat(profile.maximumAge()).isEqualTo(99);
        assertThat(profile.eligibilityDescription()).isEqualTo("Families");
        assertThat(profile.languageCodes()).containsExactly("ar");
        assertThat(profile.areaNames()).containsExactly("south-district");
        assertThat(profile.schedules().getFirst().opensAt()).isEqualTo("09:00");
        assertThat(profile.requiredDocuments().getFirst().document()).isEqualTo("Proof of income");
        assertThat(profile.assuredDate()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(profile.attributes()).hasSize(2);
        assertThat(profile.serviceTypes()).containsExactly("HOUSING_SEARCH");
        assertThat(service.serviceAtLocations().getFirst().locationId()).isEqualTo("loc-quay");
        assertThat(service.capacity().statusOrDefault()).isEqualTo(CapacityStatus.WAITLIST);
        assertThat(document(AGENCY, "Family housing", CAPACITY).organizations().getFirst().locations().getFirst()
                .addresses()).containsExactly(new Address("3 Quay Street", "Southport", "SP2 9QS", "GB"));
        assertThat(DirectoryFixture.VALIDATOR.validate(document(AGENCY, "Family housing", CAPACITY))).isEmpty();
    }

    @Test
    void aServiceIsShownUnderItsHsdsNamesWithItsCapacity() {
        fixture.importer.importFor(AGENCY, document(AGENCY, "Family housing", CAPACITY), ADMIN);

        JsonNode view = DirectoryFixture.JSON.valueToTree(ServiceView.of(fixture.service("svc-family-housing")));

        assertThat(view.get("organization_id").asString()).isEqualTo("org-harbour");
        assertThat(view.get("name").asString()).isEqualTo("Family housing");
        assertThat(view.get("status").asString()).isEqualTo("temporarily closed");
        assertThat(view.get("minimum_age").asInt()).isEqualTo(16);
        assertThat(view.at("/attributes/0/taxonomy_term/code").asString()).isEqualTo("HOUSING_SEARCH");
        assertThat(view.at("/schedules/0/opens_at").asString()).isEqualTo("09:00");
        assertThat(view.get("service_types").get(0).asString()).isEqualTo("HOUSING_SEARCH");
        assertThat(view.at("/capacity/offerable").asInt()).isEqualTo(2);
        assertThat(view.at("/capacity/status").asString()).isEqualTo("waitlist");
        assertThat(view.has("profile")).isFalse();
    }

    @Test
    void anImportCreatesEveryEntryOfTheAdministratorsAgencyAndAnnouncesTheCapacity() {
        ImportReport report = fixture.importer.importFor(AGENCY, document(AGENCY, "Family housing", CAPACITY), ADMIN);

        assertThat(report.organizations()).containsExactly(
                new OrganizationOutcome("org-harbour", "imported", null, 1, 1, 1));
        assertThat(fixture.organizations.findById("org-harbour").orElseThrow().getAgencyId()).isEqualTo(AGENCY);
        assertThat(fixture.locations.findById("loc-quay").orElseThrow().getOrganizationId()).isEqualTo("org-harbour");
        ServiceAtLocation link = fixture.links.findById("sal-family-housing-quay").orElseThrow();
        assertThat(List.of(link.getServiceId(), link.getLocationId())).containsExactly("svc-family-housing",
                "loc-quay");
        ProvidedService service = fixture.service("svc-family-housing");
        assertThat(service.getOrganizationId()).isEqualTo("org-harbour");
        assertThat(service.getLastModifiedBy()).isEqualTo(ADMIN);
        assertThat(service.getCapacity().available()).isEqualTo(2);
        assertThat(fixture.capacityChanges("svc-family-housing")).singleElement()
                .satisfies(changed -> assertThat(changed.get("status").asString()).isEqualTo("waitlist"));
    }

    @Test
    void aSecondImportReplacesTheEntriesByIdAndKeepsTheCapacityAndItsHoldsWhenItGivesNone() {
        fixture.importer.importFor(AGENCY, document(AGENCY, "Family housing", CAPACITY), ADMIN);
        fixture.holds.hold("svc-family-housing", "referral-1");

        fixture.importer.importFor(AGENCY, document(AGENCY, "Family housing and tenancy support", ""), ADMIN);

        ProvidedService service = fixture.service("svc-family-housing");
        assertThat(service.getProfile().name()).isEqualTo("Family housing and tenancy support");
        assertThat(service.getCapacity().held()).containsExactly("referral-1");
        assertThat(fixture.capacityChanges("svc-family-housing")).as("the import and the hold, nothing more")
                .hasSize(2);
        assertThat(fixture.services.count()).isOne();
    }

    @Test
    void anOrganizationOfAnotherAgencyIsRefusedAndTheRestImported() {
        HsdsImport own = document(AGENCY, "Family housing", "");
        HsdsImport both = new HsdsImport(List.of(document("shelter-north", "Beds", "").organizations().getFirst(),
                own.organizations().getFirst()));

        ImportReport report = fixture.importer.importFor(AGENCY, both, ADMIN);

        assertThat(report.organizations()).extracting(OrganizationOutcome::outcome)
                .containsExactly("refused", "imported");
        assertThat(report.organizations().getFirst().reason()).isEqualTo("Its agency_id is shelter-north; an "
                + "administrator of harbour-housing-trust imports harbour-housing-trust's organizations only.");
        assertThat(fixture.service("svc-family-housing").getProfile().name()).isEqualTo("Family housing");
    }

    @Test
    void anOrganizationCannotTakeOverAnotherAgencysEntriesByNamingTheirIds() {
        fixture.importer.importFor("shelter-north", document("shelter-north", "Beds", CAPACITY), "admin.north");
        HsdsImport sameIdsAnotherOrganization = DirectoryFixture.JSON.readValue(
                DOCUMENT.formatted(AGENCY, "Family housing", "").replace("org-harbour", "org-harbour-2"),
                HsdsImport.class);

        ImportReport report = fixture.importer.importFor(AGENCY, sameIdsAnotherOrganization, ADMIN);

        assertThat(report.organizations().getFirst().outcome()).isEqualTo("refused");
        assertThat(report.organizations().getFirst().reason()).isEqualTo("Service svc-family-housing is listed by "
                + "organization org-harbour of agency shelter-north.");
        assertThat(fixture.service("svc-family-housing").getProfile().name()).isEqualTo("Beds");
        assertThat(fixture.organizations.existsById("org-harbour-2")).isFalse();
        assertThat(fixture.importer.importFor(AGENCY, document(AGENCY, "Family housing", ""), ADMIN)
                .organizations().getFirst().reason()).isEqualTo("Organization org-harbour is agency shelter-north's.");
    }

    @Test
    void aServiceDeliveredAtAnUnknownLocationRefusesItsOrganization() {
        HsdsImport document = DirectoryFixture.JSON.readValue(DOCUMENT.formatted(AGENCY, "Family housing", "")
                .replace("\"location_id\": \"loc-quay\"", "\"location_id\": \"loc-nowhere\""), HsdsImport.class);

        ImportReport report = fixture.importer.importFor(AGENCY, document, ADMIN);

        assertThat(report.organizations().getFirst().reason())
                .isEqualTo("Its services are delivered at unknown locations loc-nowhere.");
        assertThat(fixture.organizations.count()).isZero();
    }

    @Test
    void theSampleIsAValidHsdsDocumentAndSeedsOnlyAnEmptyDirectory() throws Exception {
        HsdsImport sample;
        try (InputStream in = getClass().getResourceAsStream("/directory/sample-directory.json")) {
            sample = DirectoryFixture.JSON.readValue(in, HsdsImport.class);
        }
        assertThat(DirectoryFixture.VALIDATOR.validate(sample)).isEmpty();

        fixture.seeded();

        assertThat(fixture.organizations.count()).isEqualTo(sample.organizations().size());
        assertThat(fixture.organizations.findById("shelter-north").orElseThrow().getAgencyId())
                .isEqualTo("shelter-north");
        ServiceCapacity beds = fixture.service("shelter-north-transitional-housing").getCapacity();
        assertThat(List.of(beds.unit(), beds.available(), beds.maximum())).containsExactly("Bed", 3, 20);
        assertThat(fixture.service("shelter-north-transitional-housing").getLastModifiedBy()).isEqualTo("seed");
        assertThat(fixture.service("northside-food-parcels").getCapacity()).isNull();

        fixture.services.deleteById("northside-food-parcels");
        fixture.importer.seedIfEmpty();
        assertThat(fixture.services.existsById("northside-food-parcels")).as("a directory in use is left alone")
                .isFalse();
    }
}
