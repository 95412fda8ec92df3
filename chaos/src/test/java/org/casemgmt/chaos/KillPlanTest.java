package org.casemgmt.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class KillPlanTest {

    private static final List<String> COMPONENTS = List.of("gateway", "kafka", "mongodb", "intake-service",
            "intake-service-2");

    @Test
    void everyComponentDiesOnceBeforeAnyDiesTwice() {
        KillPlan plan = plan(7);
        List<String> firstRound = new ArrayList<>();
        for (int i = 0; i < COMPONENTS.size(); i++) {
            assertThat(plan.everyComponentKilled()).isFalse();
            firstRound.add(plan.next(any -> true).orElseThrow());
        }
        assertThat(firstRound).containsExactlyInAnyOrderElementsOf(COMPONENTS);
        assertThat(plan.everyComponentKilled()).isTrue();
        assertThat(plan.next(any -> true)).get().isIn(COMPONENTS);
    }

    @Test
    void theSameSeedKillsInTheSameOrderWithTheSamePauses() {
        KillPlan one = plan(42);
        KillPlan other = plan(42);
        for (int i = 0; i < 12; i++) {
            assertThat(one.next(any -> true)).isEqualTo(other.next(any -> true));
            assertThat(one.pause()).isEqualTo(other.pause());
        }
    }

    @Test
    void anotherSeedKillsInAnotherOrder() {
        List<String> orders = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            KillPlan plan = plan(seed);
            StringBuilder order = new StringBuilder();
            for (int i = 0; i < COMPONENTS.size(); i++) {
                order.append(plan.next(any -> true).orElseThrow()).append(' ');
            }
            orders.add(order.toString());
        }
        assertThat(orders).doesNotHaveDuplicates();
    }

    @Test
    void aComponentThatMayNotDieNowIsPassedOverAndKilledLater() {
        KillPlan plan = plan(3);
        List<String> killed = new ArrayList<>();
        for (int i = 0; i < COMPONENTS.size() - 1; i++) {
            killed.add(plan.next(component -> !component.equals("kafka")).orElseThrow());
        }
        assertThat(killed).doesNotContain("kafka");
        assertThat(plan.next(component -> !component.equals("kafka"))).isEmpty();
        assertThat(plan.everyComponentKilled()).isFalse();
        assertThat(plan.next(any -> true)).contains("kafka");
        assertThat(plan.everyComponentKilled()).isTrue();
    }

    @Test
    void afterTheFirstRoundOnlyComponentsThatMayDieAreChosen() {
        KillPlan plan = plan(9);
        COMPONENTS.forEach(any -> plan.next(all -> true));
        for (int i = 0; i < 20; i++) {
            assertThat(plan.next(component -> component.startsWith("intake"))).get().asString().startsWith("intake");
        }
        assertThat(plan.next(none -> false)).isEqualTo(Optional.empty());
    }

    @Test
    void pausesStayWithinTheirBoundsAndVary() {
        KillPlan plan = new KillPlan(COMPONENTS, 5, Duration.ofSeconds(3), Duration.ofSeconds(8));
        List<Duration> pauses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            pauses.add(plan.pause());
        }
        assertThat(pauses).allSatisfy(pause -> assertThat(pause).isBetween(Duration.ofSeconds(3),
                Duration.ofSeconds(8)));
        assertThat(pauses.stream().distinct().count()).isGreaterThan(10);
        assertThat(new KillPlan(COMPONENTS, 5, Duration.ofSeconds(4), Duration.ofSeconds(4)).pause())
                .isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void nothingToKillOrPausesTheWrongWayRoundAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KillPlan(List.of(), 1, Duration.ZERO,
                Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new KillPlan(COMPONENTS, 1, Duration.ofSeconds(5),
                Duration.ofSeconds(4))).withMessageContaining("shorter");
    }

    @Test
    void oneInstanceOfEachServiceIsPickedBySeedAndEverySharedComponentKept() {
        List<String> components = List.of("mongodb", "kafka", "gateway", "intake-service", "intake-service-2",
                "referral-service", "referral-service-2", "referral-service-3");

        List<String> picked = KillPlan.oneInstanceOfEachService(components, 11);

        assertThat(picked).startsWith("mongodb", "kafka", "gateway").hasSize(5);
        assertThat(picked).filteredOn(component -> component.startsWith("intake-service")).hasSize(1);
        assertThat(picked).filteredOn(component -> component.startsWith("referral-service")).hasSize(1);
        assertThat(KillPlan.oneInstanceOfEachService(components, 11)).isEqualTo(picked);
        List<List<String>> picks = new ArrayList<>();
        for (long seed = 1; seed <= 10; seed++) {
            picks.add(KillPlan.oneInstanceOfEachService(components, seed));
        }
        assertThat(picks).as("other seeds pick other instances").flatExtracting(pick -> pick)
                .contains("intake-service", "intake-service-2", "referral-service", "referral-service-2",
                        "referral-service-3");
    }

    private static KillPlan plan(long seed) {
        return new KillPlan(COMPONENTS, seed, Duration.ofSeconds(1), Duration.ofSeconds(2));
    }
}
