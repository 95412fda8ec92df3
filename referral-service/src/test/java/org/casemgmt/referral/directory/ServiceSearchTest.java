package org.casemgmt.referral.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Finding services in the sample directory by service type, language, area and age, and reading them as listings. */
class ServiceSearchTest {

    private static final String SHELTER = "shelter-north-transitional-housing";
    private static final String FAMILY_HOUSING = "harbour-housing-family-housing";
    private static final String FOOD = "northside-food-parcels";
    private static final String LEGAL = "riverside-housing-debt-advice";
    private static final String JOBS = "pathways-job-readiness";
    private static final String COUNSELLING = "mindwell-short-term-counselling";

    private static DirectoryFixture fixture;

    @BeforeAll
    static void sampleDirectory() throws Exception {
        fixture = new DirectoryFixture("service-search-test");
        fixture.seeded();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static List<String> found(String serviceType, String language, String area, Integer age) {
        return fixture.directory.search(new ServiceQuery(serviceType, language, area, age),
                        PageRequest.of(0, 50, Sort.by("_id"))).getContent().stream()
                .map(ServiceListing::serviceId).toList();
    }

    @Test
    void withoutFiltersEveryServiceIsFound() {
        assertThat(found(null, null, null, null)).containsExactlyInAnyOrder(SHELTER, FAMILY_HOUSING, FOOD, LEGAL,
                JOBS, COUNSELLING);
    }

    @Test
    void aServiceTypeFindsTheServicesOfferingIt() {
        assertThat(found("HOUSING_SEARCH", null, null, null)).containsExactlyInAnyOrder(SHELTER, FAMILY_HOUSING);
        assertThat(found("COUNSELLING", null, null, null)).containsExactly(COUNSELLING);
        assertThat(found("BH-1800.8500", null, null, null)).as("another taxonomy's term is no service type")
                .isEmpty();
    }

    @Test
    void aLanguageFindsTheServicesDeliveredInIt() {
        assertThat(found(null, "ar", null, null)).containsExactlyInAnyOrder(FAMILY_HOUSING, FOOD);
        assertThat(found(null, "pl", null, null)).containsExactlyInAnyOrder(SHELTER, FOOD, COUNSELLING);
    }

    @Test
    void anAreaFindsTheServicesCoveringIt() {
        assertThat(found("HOUSING_SEARCH", null, "south-district", null)).containsExactly(FAMILY_HOUSING);
        assertThat(found(null, null, "north-district", null)).doesNotContain(JOBS).contains(SHELTER, FOOD);
    }

    @Test
    void anAgeFindsTheServicesWhoseAgeRangeHoldsItAnUnboundedEndHoldingEveryAge() {
        assertThat(found("HOUSING_SEARCH", null, null, 17)).containsExactly(FAMILY_HOUSING);
        assertThat(found("HOUSING_SEARCH", null, null, 18)).containsExactlyInAnyOrder(SHELTER, FAMILY_HOUSING);
        assertThat(found(null, null, null, 66)).contains(JOBS, FOOD);
        assertThat(found(null, null, null, 67)).doesNotContain(JOBS).contains(FOOD, SHELTER);
        assertThat(found(null, null, null, 5)).containsExactly(FOOD);
    }

    @Test
    void everyFilterGivenMustHold() {
        assertThat(found("HOUSING_SEARCH", "pl", "north-district", 30)).containsExactly(SHELTER);
        assertThat(found("HOUSING_SEARCH", "ar", "north-district", 17)).containsExactly(FAMILY_HOUSING);
        assertThat(found("HOUSING_SEARCH", "so", null, null)).isEmpty();
    }

    @Test
    void aListingNamesTheProviderItsAgencyAndTheCapacityNow() {
        ServiceListing shelter = fixture.directory.listing(SHELTER);

        assertThat(shelter.serviceName()).isEqualTo("Emergency and transitional housing");
        assertThat(shelter.organizationId()).isEqualTo("shelter-north");
        assertThat(shelter.organizationName()).isEqualTo("Shelter North");
        assertThat(shelter.agencyId()).isEqualTo("shelter-north");
        assertThat(shelter.status()).isEqualTo("active");
        assertThat(shelter.serviceTypes()).containsExactly("HOUSING_SEARCH", "TENANCY_SUPPORT");
        assertThat(shelter.minimumAge()).isEqualTo(18);
        assertThat(shelter.maximumAge()).isNull();
        assertThat(shelter.languages()).containsExactly("en", "pl");
        assertThat(shelter.serviceAreas()).containsExactly("north-district");
        assertThat(shelter.capacity()).isEqualTo(new Capacity("Bed", 3, 20, 0, 3, "capacity",
                "Two beds are in a room for a couple", fixture.clock.instant()));
        assertThat(shelter.lastModified()).isEqualTo(fixture.clock.instant());
        assertThat(fixture.directory.listing(FOOD).capacity()).isNull();
    }

    @Test
    void anUnknownServiceHasNoListing() {
        assertThatThrownBy(() -> fixture.directory.listing("nowhere"))
                .isInstanceOf(ResourceNotFoundException.class).hasMessage("There is no service nowhere.");
    }

    @Test
    void theServicesOfferingAnyOfSomeServiceTypesAreListedWhateverTheirStatus() {
        assertThat(fixture.directory.offering(List.of("COUNSELLING", "LEGAL_ADVICE", "NOTHING_LIKE_IT")))
                .extracting(ServiceListing::serviceId).containsExactlyInAnyOrder(COUNSELLING, LEGAL);
        assertThat(fixture.directory.offering(List.of("HOUSING_SEARCH"))).extracting(ServiceListing::agencyId)
                .containsExactlyInAnyOrder("shelter-north", "harbour-housing-trust");
        assertThat(fixture.directory.offering(List.of())).isEmpty();
    }
}
