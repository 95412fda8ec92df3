package org.casemgmt.chaos;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.casemgmt.launcher.Platform;
import org.casemgmt.launcher.Tokens;

/**
 * Kills components with SIGKILL while the clients drive their cases, as the {@link KillPlan} says, and times each
 * one's way back: until the launcher's supervisor has it ready again, and until the platform serves a read of a
 * stage's store through the gateway (for the auth server: a new sign-in). Kills overlap, within limits that keep
 * the platform able to recover by itself: at most one of the shared components (gateway, auth server, broker, store)
 * down at a time, and at most one instance of each service. After each kill it runs what the run injects at that
 * moment ({@link #betweenKills}).
 */
final class Faults implements Runnable {

    /** One kill and the way back from it; null durations: not back within {@link #BACK_WITHIN}. */
    record Recovery(String component, Duration restartedAfter, Duration servingAfter) {
    }

    static final Set<String> SHARED = Set.of("gateway", "auth-server", "kafka", "mongodb");
    private static final Duration BACK_WITHIN = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Platform platform;
    private final KillPlan plan;
    private final GatewayCaller probe;
    private final BooleanSupplier keepKilling;
    private final Runnable betweenKills;
    private final List<Recovery> recoveries = new ArrayList<>();
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final ExecutorService watchers = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean stopped;

    /**
     * @param keepKilling asked before each kill once every component has died once: false ends the faults
     * @param betweenKills run after each kill, e.g. the injections when their time has come
     */
    Faults(Platform platform, KillPlan plan, GatewayCaller probe, BooleanSupplier keepKilling, Runnable betweenKills) {
        this.platform = platform;
        this.plan = plan;
        this.probe = probe;
        this.keepKilling = keepKilling;
        this.betweenKills = betweenKills;
    }

    @Override
    public void run() {
        try {
            while (!stopped && (!plan.everyComponentKilled() || keepKilling.getAsBoolean())) {
                GatewayCaller.sleep(plan.pause());
                Optional<String> next = plan.next(this::mayDieNow);
                if (stopped || next.isEmpty()) {
                    continue;
                }
                kill(next.get());
                betweenKills.run();
            }
        } finally {
            watchers.close(); // waits for the last ones to be back
        }
    }

    /** Ends the faults; {@link #run()} returns once every killed component is back or given up on. */
    void stop() {
        stopped = true;
    }

    /** True once every component has died once and none is down. */
    boolean everyComponentKilledAndBack() {
        return plan.everyComponentKilled() && down.isEmpty();
    }

    List<Recovery> recoveries() {
        synchronized (recoveries) {
            return List.copyOf(recoveries);
        }
    }

    private void kill(String component) {
        down.add(component);
        System.err.println("chaos: killing " + component);
        long killedAt = System.nanoTime();
        platform.crash(component);
        watchers.submit(() -> {
            Duration restarted = awaitTrue(() -> platform.isReady(component), killedAt);
            down.remove(component);
            Duration serving = awaitTrue(() -> serving(component), killedAt);
            synchronized (recoveries) {
                recoveries.add(new Recovery(component, restarted, serving));
            }
            System.err.printf("chaos: %s back after %s, the platform serving after %s%n", component,
                    restarted == null ? "never" : restarted.toMillis() + " ms",
                    serving == null ? "never" : serving.toMillis() + " ms");
        });
    }

    private boolean mayDieNow(String component) {
        if (down.contains(component)) {
            return false;
        }
        if (SHARED.contains(component)) {
            return down.stream().noneMatch(SHARED::contains);
        }
        String service = serviceOf(component);
        return down.stream().noneMatch(other -> serviceOf(other).equals(service));
    }

    /** The service an instance belongs to: {@code referral-service-2} is {@code referral-service}'s. */
    static String serviceOf(String component) {
        return component.replaceFirst("-\\d+$", "");
    }

    private boolean serving(String component) {
        if (component.equals("auth-server")) {
            try {
                Tokens.forUser(platform.issuerUri(), CaseJourney.WORKER, "demo");
                return true;
            } catch (RuntimeException stillDown) {
                return false;
            }
        }
        return probe.once(HttpRequest.newBuilder(probe.resolve("/api/intake/clients?size=1")).GET()).status() == 200;
    }

    private static Duration awaitTrue(BooleanSupplier condition, long since) {
        long deadline = since + BACK_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return Duration.ofNanos(System.nanoTime() - since);
                }
            } catch (RuntimeException notYet) {
                // down still: asked again after the pause
            }
            try {
                TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
