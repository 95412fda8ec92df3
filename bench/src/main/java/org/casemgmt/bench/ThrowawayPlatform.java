package org.casemgmt.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.casemgmt.launcher.LaunchException;
import org.casemgmt.launcher.LaunchOptions;
import org.casemgmt.launcher.Platform;
import org.casemgmt.launcher.PlatformLauncher;
import org.casemgmt.launcher.ServiceModule;

/**
 * The whole platform, every module required, on free ports with a data directory of its own that is deleted once it
 * has stopped: what {@code bin/bench} and {@code bin/chaos} run against, beside a {@code bin/run} platform. Every
 * module, each required: a run measures or tests the platform bin/run starts, and fails on a missing jar rather than
 * cover less of it.
 */
public final class ThrowawayPlatform implements AutoCloseable {

    private final Path dataDir;
    private final AtomicReference<Platform> started = new AtomicReference<>();
    private volatile boolean keep;
    // Ctrl-C: the platform's own hook stops it too, but only this one knows the directory is a throwaway, and it must
    // delete it after the broker and the store have stopped writing there.
    private final Thread cleanUpOnExit = new Thread(this::stopAndDelete, "throwaway-platform-cleanup");

    private ThrowawayPlatform(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Starts the jars under {@code repo}; {@code tuning} may change the options (instances, partitions) before the
     * start. The directory is named after {@code purpose}, e.g. {@code casemgmt-bench-...}.
     */
    public static ThrowawayPlatform start(Path repo, String purpose, UnaryOperator<LaunchOptions.Builder> tuning)
            throws IOException, LaunchException {
        ThrowawayPlatform throwaway = new ThrowawayPlatform(Files.createTempDirectory("casemgmt-" + purpose + "-"));
        LaunchOptions options = tuning.apply(LaunchOptions.defaults(repo).withFreePorts()
                .withDataDir(throwaway.dataDir)
                .withSelectedModules(ServiceModule.all().stream().map(ServiceModule::name).toList())
                .toBuilder()).build();
        Runtime.getRuntime().addShutdownHook(throwaway.cleanUpOnExit);
        try {
            throwaway.started.set(PlatformLauncher.start(options));
        } catch (LaunchException | RuntimeException e) {
            throwaway.close();
            throw e;
        }
        return throwaway;
    }

    public Platform platform() {
        return started.get();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Leaves the data directory (the store, the broker's log, every component's log) for a look after the stop. */
    public void keepData() {
        keep = true;
    }

    @Override
    public void close() {
        stopAndDelete();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUpOnExit);
        } catch (IllegalStateException alreadyExiting) {
            // stopped by a signal: the hook is running, and finds nothing left to do
        }
    }

    private void stopAndDelete() {
        Platform platform = started.getAndSet(null);
        if (platform != null) {
            platform.close();
        }
        if (keep || !Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dataDir + ": " + e.getMessage());
        }
    }
}
