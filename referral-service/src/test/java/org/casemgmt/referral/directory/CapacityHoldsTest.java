package org.casemgmt.referral.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

import tools.jackson.databind.JsonNode;

/** Holds, releases and occupations as the referral feature makes them: saved, announced, and safe to repeat. */
class CapacityHoldsTest {

    private static DirectoryFixture fixture;

    @BeforeAll
    static void directory() {
        fixture = new DirectoryFixture("capacity-holds-test");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @BeforeEach
    void empty() {
        fixture.clear();
    }

    @Test
    void aHoldIsSavedWithTheCapacityChangedThatAnnouncesIt() {
        fixture.serviceWithCapacity("beds", 3, CapacityStatus.CAPACITY);
        fixture.clock.advance(Duration.ofMinutes(5));

        fixture.holds.hold("beds", "referral-1");

        assertThat(fixture.service("beds").getCapacity().held()).containsExactly("referral-1");
        JsonNode changed = fixture.capacityChanges("beds").getFirst();
        assertThat(changed.get("serviceId").asString()).isEqualTo("beds");
        assertThat(changed.get("organizationId").asString()).isEqualTo("organization-beds");
        assertThat(changed.get("unit").asString()).isEqualTo("Bed");
        assertThat(changed.get("available").asInt()).isEqualTo(3);
        assertThat(changed.get("maximum").asInt()).isEqualTo(20);
        assertThat(changed.get("held").asInt()).isEqualTo(1);
        assertThat(changed.get("offerable").asInt()).isEqualTo(2);
        assertThat(changed.get("status").asString()).isEqualTo("capacity");
        assertThat(changed.get("updated").asString()).isEqualTo("2026-11-26T09:05:00Z");
    }

    @Test
    void aRepeatedHoldReleaseOrOccupationChangesAndAnnouncesNothing() {
        fixture.serviceWithCapacity("beds", 3, CapacityStatus.CAPACITY);

        fixture.holds.hold("beds", "referral-1");
        fixture.holds.hold("beds", "referral-1");
        fixture.holds.occupy("beds", "referral-1");
        fixture.holds.occupy("beds", "referral-1");
        fixture.holds.release("beds", "referral-1");

        assertThat(fixture.capacityChanges("beds")).extracting(change -> change.get("held").asInt(),
                change -> change.get("available").asInt()).containsExactly(tuple(1, 3), tuple(0, 2));
        assertThat(fixture.service("beds").getCapacity().available()).isEqualTo(2);
    }

    @Test
    void aReleasedUnitIsOfferableAgain() {
        fixture.serviceWithCapacity("beds", 1, CapacityStatus.CAPACITY);
        fixture.holds.hold("beds", "referral-1");

        fixture.holds.release("beds", "referral-1");
        fixture.holds.hold("beds", "referral-2");

        assertThat(fixture.service("beds").getCapacity().held()).containsExactly("referral-2");
        assertThat(fixture.capacityChanges("beds")).extracting(change -> change.get("offerable").asInt())
                .containsExactly(0, 1, 0);
    }

    @Test
    void aServiceWithNoUnitToOfferRefusesTheHoldAndStaysAsItWas() {
        fixture.serviceWithCapacity("beds", 0, CapacityStatus.WAITLIST);

        assertThatThrownBy(() -> fixture.holds.hold("beds", "referral-1"))
                .isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
                    assertThat(refusal.slug()).isEqualTo("no-capacity");
                    assertThat(refusal.getMessage()).contains("waitlisted");
                });
        assertThat(fixture.service("beds").getCapacity().held()).isEmpty();
        assertThat(fixture.capacityChanges("beds")).isEmpty();
    }

    @Test
    void aServiceThatCountsNoCapacityHoldsNothing() {
        ProvidedService parcels = new ProvidedService("parcels");
        parcels.describe("food-bank", new ServiceProfile("Food parcels", null, ServiceStatus.ACTIVE, null, null, null,
                null, null, null, null, null, null), "test", fixture.clock.instant());
        fixture.services.save(parcels);

        fixture.holds.hold("parcels", "referral-1");
        fixture.holds.occupy("parcels", "referral-1");

        assertThat(fixture.service("parcels").getCapacity()).isNull();
        assertThat(fixture.service("parcels").getOutbox()).isEmpty();
    }

    @Test
    void anUnknownServiceIsNotFound() {
        assertThatThrownBy(() -> fixture.holds.hold("nowhere", "referral-1"))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, missing -> {
                    assertThat(missing.kind()).isEqualTo("service");
                    assertThat(missing.id()).isEqualTo("nowhere");
                });
    }

    @Test
    void aChangeThatMeetsAnotherOnTheSameServiceIsMadeAgainOnWhatTheOtherLeft() {
        fixture.serviceWithCapacity("beds", 2, CapacityStatus.CAPACITY);
        AtomicInteger attempts = new AtomicInteger();

        fixture.changes.apply("beds", (service, at) -> {
            if (attempts.getAndIncrement() == 0) {
                fixture.holds.hold("beds", "referral-2");
            }
            return service.hold("referral-1", at);
        });

        assertThat(attempts).hasValue(2);
        assertThat(fixture.service("beds").getCapacity().held()).containsExactly("referral-2", "referral-1");
        assertThat(fixture.capacityChanges("beds")).extracting(change -> change.get("held").asInt())
                .containsExactly(1, 2);
    }

    @Test
    void twoReferralsRacingForTheLastUnitLeaveOneRefused() {
        fixture.serviceWithCapacity("beds", 1, CapacityStatus.CAPACITY);

        assertThatThrownBy(() -> fixture.changes.apply("beds", (service, at) -> {
            if (service.getCapacity().held().isEmpty()) {
                fixture.holds.hold("beds", "referral-2");
            }
            return service.hold("referral-1", at);
        })).isInstanceOf(RuleViolationException.class);

        assertThat(fixture.service("beds").getCapacity().held()).containsExactly("referral-2");
    }

    @Test
    void aServiceChangedOnEveryAttemptGivesUpAfterAFewAttempts() {
        fixture.serviceWithCapacity("beds", 100, CapacityStatus.CAPACITY);
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> fixture.changes.apply("beds", (service, at) -> {
            fixture.holds.hold("beds", "other-" + attempts.incrementAndGet());
            return service.hold("referral-1", at);
        })).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(attempts).hasValue(CapacityChanges.ATTEMPTS);
        assertThat(fixture.service("beds").getCapacity().holds("referral-1")).isFalse();
    }
}
