package org.casemgmt.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.casemgmt.launcher.LaunchOptions;
import org.casemgmt.launcher.Platform;
import org.casemgmt.launcher.PlatformLauncher;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The platform every end-to-end test class works on, started by the first that asks for it (a parameter of its
 * {@code @BeforeAll}) and stopped once they are all done: a start costs a minute or more on two cores, the first of a
 * build longer still as it trains every module's AOT cache. As a newcomer's {@code bin/run} starts it, the console
 * included, but scaled out as a large network runs it: two instances of every stage, sharing their consumer groups on
 * topics of three partitions, behind the gateway's load balancing. The classes run in the order of their
 * {@code @Order} (junit-platform.properties): the console's walk first, on a platform nothing has killed yet.
 */
final class SharedPlatform implements AutoCloseable {

    /** Resolves a {@link SharedPlatform} parameter: the one of the whole run. */
    static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SharedPlatform.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(SharedPlatform.class))
                    .computeIfAbsent(SharedPlatform.class, key -> start(), SharedPlatform.class);
        }
    }

    static final int INSTANCES_PER_STAGE = 2;
    private static final List<String> MODULES = List.of("intake-service", "planning-service", "referral-service",
            "monitoring-service", "closure-service", "gateway", "console");

    private final Path dataDir;
    private final LaunchOptions options;
    private Platform platform;

    private SharedPlatform(Path dataDir, LaunchOptions options, Platform platform) {
        this.dataDir = dataDir;
        this.options = options;
        this.platform = platform;
    }

    private static SharedPlatform start() {
        Path repo = Path.of(System.getProperty("casemgmt.repo.dir", "..")).toAbsolutePath().normalize();
        try {
            Path dataDir = Files.createTempDirectory("casemgmt-e2e-");
            LaunchOptions options = LaunchOptions.defaults(repo).withFreePorts().withDataDir(dataDir)
                    .withSelectedModules(MODULES).toBuilder().instancesOfEveryService(INSTANCES_PER_STAGE).build();
            return new SharedPlatform(dataDir, options, PlatformLauncher.start(options));
        } catch (Exception e) {
            throw new IllegalStateException("the end-to-end tests' platform did not start", e);
        }
    }

    Platform platform() {
        return platform;
    }

    /**
     * Stops the whole platform and starts only {@code modules} (with the auth server, the broker and the store), one
     * instance each, on the same data directory and ports: what was written before must still be there. For the last
     * test of the run, since the others need every module.
     */
    Platform restartWithOnly(List<String> modules) throws Exception {
        platform.close();
        platform = null;
        platform = PlatformLauncher.start(options.withSelectedModules(modules).toBuilder()
                .instancesOfEveryService(1).build());
        return platform;
    }

    @Override
    public void close() {
        if (platform != null) {
            platform.close();
        }
        keepLogs();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dataDir, e);
        }
    }

    /** Every component's log, for a failure's reader, where the build keeps its reports: target/platform-logs. */
    private void keepLogs() {
        Path kept = Path.of("target", "platform-logs");
        try (Stream<Path> logs = Files.walk(options.logsDir())) {
            Files.createDirectories(kept);
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                Files.copy(log, kept.resolve(options.logsDir().relativize(log).toString().replace('/', '-')),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the platform's logs", e);
        }
    }
}
