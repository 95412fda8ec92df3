package org.casemgmt.referral.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The capacity rules: holding, releasing and occupying units, each safe to repeat. */
class ServiceCapacityTest {

    private static final Instant REPORTED = Instant.parse("2026-11-26T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-26T10:15:00.123Z");
    private static final String SERVICE = "Emergency and transitional housing";

    private static ServiceCapacity beds(int available, CapacityStatus status) {
        return ServiceCapacity.reported("Bed", available, 20, status, null, REPORTED, null);
    }

    @Test
    void aHeldUnitIsNoLongerOfferableAndTheHoldIsRecordedWhen() {
        ServiceCapacity held = beds(3, CapacityStatus.CAPACITY).holding("referral-1", SERVICE, LATER);

        assertThat(held.held()).containsExactly("referral-1");
        assertThat(held.available()).isEqualTo(3);
        assertThat(held.offerable()).isEqualTo(2);
        assertThat(held.updated()).isEqualTo(LATER);
    }

    @Test
    void holdingAgainForTheSameReferralChangesNothing() {
        ServiceCapacity held = beds(3, CapacityStatus.CAPACITY).holding("referral-1", SERVICE, REPORTED);

        assertThat(held.holding("referral-1", SERVICE, LATER)).isSameAs(held);
    }

    @Test
    void theLastOfferableUnitIsHeldAndThenTheNextReferralIsRefusedNamingTheStatus() {
        ServiceCapacity full = beds(1, CapacityStatus.WAITLIST).holding("referral-1", SERVICE, REPORTED);

        assertThat(full.offerable()).isZero();
        assertThatThrownBy(() -> full.holding("referral-2", SERVICE, LATER))
                .isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
                    assertThat(refusal.slug()).isEqualTo("no-capacity");
                    assertThat(refusal.getMessage()).isEqualTo("Emergency and transitional housing has no Bed to "
                            + "offer: 1 of 20 available, 1 held by referrals awaiting an answer; the provider "
                            + "reports it as waitlisted.");
                });
        assertThat(full.holding("referral-1", SERVICE, LATER)).as("the referral that holds it is not refused")
                .isSameAs(full);
    }

    @Test
    void aServiceReportedFullRefusesWithTheProvidersNotes() {
        ServiceCapacity full = ServiceCapacity.reported("Place", 0, null, CapacityStatus.NO_CAPACITY,
                "Six families waiting", REPORTED, null);

        assertThatThrownBy(() -> full.holding("referral-1", "Family housing", LATER))
                .hasMessage("Family housing has no Place to offer: 0 available, 0 held by referrals awaiting an "
                        + "answer; the provider reports it as full (Six families waiting).");
    }

    @Test
    void offerableIsNeverNegativeWhenTheProviderReportsFewerUnitsThanAreHeld() {
        ServiceCapacity held = beds(2, CapacityStatus.CAPACITY).holding("referral-1", SERVICE, REPORTED)
                .holding("referral-2", SERVICE, REPORTED);

        ServiceCapacity reported = ServiceCapacity.reported("Bed", 1, 20, CapacityStatus.CAPACITY, null, LATER, held);

        assertThat(reported.held()).as("a report keeps the holds").containsExactly("referral-1", "referral-2");
        assertThat(reported.offerable()).isZero();
    }

    @Test
    void releasingFreesTheUnitOnceAndAReferralThatHeldNoneChangesNothing() {
        ServiceCapacity held = beds(1, CapacityStatus.CAPACITY).holding("referral-1", SERVICE, REPORTED);

        ServiceCapacity released = held.releasing("referral-1", LATER);

        assertThat(released.held()).isEmpty();
        assertThat(released.offerable()).isEqualTo(1);
        assertThat(released.available()).isEqualTo(1);
        assertThat(released.updated()).isEqualTo(LATER);
        assertThat(released.releasing("referral-1", LATER)).isSameAs(released);
        assertThat(held.releasing("referral-9", LATER)).isSameAs(held);
    }

    @Test
    void occupyingTurnsTheHeldUnitIntoOccupancyOnce() {
        ServiceCapacity held = beds(3, CapacityStatus.CAPACITY).holding("referral-1", SERVICE, REPORTED)
                .holding("referral-2", SERVICE, REPORTED);

        ServiceCapacity occupied = held.occupying("referral-1", LATER);

        assertThat(occupied.held()).containsExactly("referral-2");
        assertThat(occupied.available()).isEqualTo(2);
        assertThat(occupied.offerable()).isEqualTo(1);
        assertThat(occupied.occupied()).containsExactly("referral-1");
        assertThat(occupied.occupying("referral-1", LATER)).as("a repeat").isSameAs(occupied);
        assertThat(occupied.holding("referral-1", SERVICE, LATER)).as("a late repeat of its hold").isSameAs(occupied);
        assertThat(occupied.releasing("referral-1", LATER)).as("its unit is occupied, not held").isSameAs(occupied);
    }

    @Test
    void occupyingNeverTakesAvailableBelowZero() {
        ServiceCapacity held = beds(1, CapacityStatus.CAPACITY).holding("referral-1", SERVICE, REPORTED);
        ServiceCapacity reportedEmpty = ServiceCapacity.reported("Bed", 0, 20, CapacityStatus.NO_CAPACITY, null,
                REPORTED, held);

        ServiceCapacity occupied = reportedEmpty.occupying("referral-1", LATER);

        assertThat(occupied.available()).isZero();
        assertThat(occupied.held()).isEmpty();
    }

    @Test
    void aReferralThatHeldNoUnitLeavesTheCountsToTheProviderWhenAccepted() {
        ServiceCapacity capacity = beds(3, CapacityStatus.CAPACITY);

        assertThat(capacity.occupying("referral-1", LATER)).isSameAs(capacity);
    }

    @Test
    void theProvidersStatusIsKeptByEveryHoldReleaseAndOccupation() {
        ServiceCapacity capacity = ServiceCapacity.reported("Session", 2, 30,
                CapacityStatus.ADDITIONAL_ASSESSMENT_REQUIRED, "Phone assessment first", REPORTED, null);

        ServiceCapacity after = capacity.holding("referral-1", SERVICE, LATER).holding("referral-2", SERVICE, LATER)
                .occupying("referral-1", LATER).releasing("referral-2", LATER);

        assertThat(after.status()).isEqualTo(CapacityStatus.ADDITIONAL_ASSESSMENT_REQUIRED);
        assertThat(after.notes()).isEqualTo("Phone assessment first");
        assertThat(after.unit()).isEqualTo("Session");
        assertThat(after.maximum()).isEqualTo(30);
        assertThat(after.available()).isEqualTo(1);
    }

    @Test
    void onlyTheLatestOccupationsAreRemembered() {
        ServiceCapacity capacity = ServiceCapacity.reported("Slot", 1_000, null, CapacityStatus.CAPACITY, null,
                REPORTED, null);
        for (int i : IntStream.rangeClosed(1, ServiceCapacity.OCCUPIED_REMEMBERED + 1).toArray()) {
            capacity = capacity.holding("referral-" + i, SERVICE, LATER).occupying("referral-" + i, LATER);
        }

        assertThat(capacity.occupied()).hasSize(ServiceCapacity.OCCUPIED_REMEMBERED)
                .doesNotContain("referral-1").endsWith("referral-" + (ServiceCapacity.OCCUPIED_REMEMBERED + 1));
    }

    @Test
    void aServiceWithoutACapacityHoldsNothingAndRefusesNobody() {
        ProvidedService service = new ProvidedService("service-1");
        service.describe("organization-1", new ServiceProfile("Food parcels", null, ServiceStatus.ACTIVE, null, null,
                null, null, null, null, null, null, null), "admin", REPORTED);

        assertThat(service.hold("referral-1", LATER)).isFalse();
        assertThat(service.release("referral-1", LATER)).isFalse();
        assertThat(service.occupy("referral-1", LATER)).isFalse();
        assertThat(service.getCapacity()).isNull();
    }

    @Test
    void aServiceSaysWhetherItsCapacityChanged() {
        ProvidedService service = new ProvidedService("service-1");
        service.describe("organization-1", new ServiceProfile("Beds", null, ServiceStatus.ACTIVE, null, null, null,
                null, null, null, null, null, null), "admin", REPORTED);
        service.reportCapacity("Bed", 1, null, CapacityStatus.CAPACITY, null, REPORTED);

        assertThat(service.hold("referral-1", LATER)).isTrue();
        assertThat(service.hold("referral-1", LATER)).isFalse();
        assertThat(service.occupy("referral-1", LATER)).isTrue();
        assertThat(service.occupy("referral-1", LATER)).isFalse();
        assertThat(service.getCapacity().held()).isEqualTo(List.of());
        assertThat(service.getCapacity().available()).isZero();
    }
}
