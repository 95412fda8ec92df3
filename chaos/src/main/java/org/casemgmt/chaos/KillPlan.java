package org.casemgmt.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which component dies next, and after what pause, from a seed a run prints so that it can be run again: first every
 * component once, in an order of the seed's, then (a long run) any of them at random. A component the caller says
 * may not die now (it is still down, or its kind is) is passed over for the next one that may.
 */
final class KillPlan {

    private final List<String> components;
    private final List<String> notKilledYet;
    private final Random random;
    private final Duration shortestPause;
    private final Duration longestPause;

    KillPlan(List<String> components, long seed, Duration shortestPause, Duration longestPause) {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("nothing to kill");
        }
        if (longestPause.compareTo(shortestPause) < 0) {
            throw new IllegalArgumentException("the longest pause " + longestPause + " is shorter than the shortest "
                    + shortestPause);
        }
        this.components = List.copyOf(components);
        this.random = new Random(seed);
        this.notKilledYet = new ArrayList<>(components);
        Collections.shuffle(notKilledYet, random);
        this.shortestPause = shortestPause;
        this.longestPause = longestPause;
    }

    /**
     * Of every service's instances, the one {@code seed} picks; the components that are no service instance all. The
     * others keep the service serving while it dies, and a run with fewer components to kill and start again is over
     * sooner: the build's short run.
     */
    static List<String> oneInstanceOfEachService(List<String> components, long seed) {
        Random random = new Random(seed);
        Map<String, List<String>> byService = components.stream()
                .collect(Collectors.groupingBy(Faults::serviceOf, LinkedHashMap::new, Collectors.toList()));
        return byService.values().stream().map(instances -> instances.get(random.nextInt(instances.size())))
                .toList();
    }

    /** True once every component has been killed once. */
    synchronized boolean everyComponentKilled() {
        return notKilledYet.isEmpty();
    }

    /** The next component to kill among those {@code mayDie} allows now, if any. */
    synchronized Optional<String> next(Predicate<String> mayDie) {
        if (!notKilledYet.isEmpty()) {
            Optional<String> first = notKilledYet.stream().filter(mayDie).findFirst();
            first.ifPresent(notKilledYet::remove);
            return first;
        }
        List<String> candidates = components.stream().filter(mayDie).toList();
        return candidates.isEmpty() ? Optional.empty()
                : Optional.of(candidates.get(random.nextInt(candidates.size())));
    }

    /** How long to wait before the next kill. */
    synchronized Duration pause() {
        long spread = longestPause.toMillis() - shortestPause.toMillis();
        return shortestPause.plusMillis(spread == 0 ? 0 : random.nextLong(spread + 1));
    }
}
