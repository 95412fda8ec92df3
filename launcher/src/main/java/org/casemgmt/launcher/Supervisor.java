package org.casemgmt.launcher;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts again a component that died without being asked to stop, as compose's restart policy does: after a pause of
 * {@link #FIRST_PAUSE}, doubling up to {@link #LONGEST_PAUSE} while it keeps dying before it is ready again, with a
 * log line for each restart. Each restart runs on a thread of its own, so a slow one holds no other back.
 */
final class Supervisor implements AutoCloseable {

    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(Supervisor.class);

    /** Starts the component again and waits until it is ready. */
    @FunctionalInterface
    interface Restart {
        void run() throws LaunchException;
    }

    private final ScheduledExecutorService pauses = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("platform-supervisor").factory());
    private final Map<String, Restart> restarts = new ConcurrentHashMap<>();
    private final Map<String, Integer> deathsInARow = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** From now on, {@code name} dying is followed by {@code restart}. */
    void watch(String name, Restart restart) {
        restarts.put(name, restart);
    }

    /** The component named {@code name} died unasked: it is started again after its pause, if watched. */
    void died(String name) {
        Restart restart = restarts.get(name);
        if (closed || restart == null) {
            return;
        }
        int deaths = deathsInARow.merge(name, 1, Integer::sum);
        Duration pause = pauseAfter(deaths);
        log.warn("Restarting {} in {} ms ({} in a row)", name, pause.toMillis(), deaths == 1 ? "first death"
                : deaths + " deaths");
        pauses.schedule(() -> Thread.ofVirtual().name("restart-" + name).start(() -> restart(name, restart)),
                pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart(String name, Restart restart) {
        if (closed) {
            return;
        }
        try {
            restart.run();
            deathsInARow.remove(name);
            log.info("{} restarted and ready", name);
        } catch (LaunchException | RuntimeException e) {
            // A restart that dies reports its death and is tried again after a longer pause.
            log.error("Restarting {} failed: {}", name, e.getMessage());
        }
    }

    static Duration pauseAfter(int deathsInARow) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(Math.max(deathsInARow - 1, 0), 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    @Override
    public void close() {
        closed = true;
        pauses.shutdownNow();
    }
}
