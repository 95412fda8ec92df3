package org.casemgmt.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A component running as a separate JVM (the store, the broker, a service, the gateway), its output in its own log
 * file; or, started with {@link #startProgram}, as another program of this machine (ClamAV's clamd), watched and
 * stopped the same way.
 */
final class ChildJvm implements Component {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final int LOG_LINES_IN_ERRORS = 25;
    private static final ProcessBuilder.Redirect NO_INPUT = ProcessBuilder.Redirect.from(new File("/dev/null"));

    private final String name;
    private final Process process;
    private final Path logFile;
    private volatile boolean stopRequested;

    private ChildJvm(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code java <jvmArguments>} with the launcher's own JDK. The previous run's log is kept as
     * {@code <name>.log.1}.
     *
     * @param onUnexpectedExit told when the JVM ends without {@link #stop()} having been called
     */
    static ChildJvm start(String name, List<String> jvmArguments, Path workingDir, Path logsDir,
                          Consumer<ChildJvm> onUnexpectedExit) throws LaunchException {
        return start(name, jvmArguments, Map.of(), workingDir, logsDir, onUnexpectedExit);
    }

    /** As {@link #start(String, List, Path, Path, Consumer)}, with these variables added to its environment. */
    static ChildJvm start(String name, List<String> jvmArguments, Map<String, String> environment, Path workingDir,
                          Path logsDir, Consumer<ChildJvm> onUnexpectedExit) throws LaunchException {
        return launch(name, command(jvmArguments), environment, workingDir, logsDir, onUnexpectedExit);
    }

    /** As {@link #start(String, List, Path, Path, Consumer)}, but {@code program} rather than {@code java}. */
    static ChildJvm startProgram(String name, Path program, List<String> arguments, Path workingDir, Path logsDir,
                                 Consumer<ChildJvm> onUnexpectedExit) throws LaunchException {
        List<String> command = new ArrayList<>(List.of(program.toString()));
        command.addAll(arguments);
        return launch(name, inItsOwnSession(command), Map.of(), workingDir, logsDir, onUnexpectedExit);
    }

    private static ChildJvm launch(String name, List<String> command, Map<String, String> environment,
                                   Path workingDir, Path logsDir, Consumer<ChildJvm> onUnexpectedExit)
            throws LaunchException {
        Path logFile = logsDir.resolve(name + ".log");
        try {
            Files.createDirectories(logsDir);
            if (Files.exists(logFile)) {
                Files.move(logFile, logsDir.resolve(name + ".log.1"), StandardCopyOption.REPLACE_EXISTING);
            }
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().keySet().removeAll(CommandLine.environmentVariables());
            builder.environment().putAll(environment);
            Process process = builder
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .redirectInput(NO_INPUT)
                    .start();
            ChildJvm child = new ChildJvm(name, process, logFile);
            process.onExit().thenRun(() -> {
                if (!child.stopRequested) {
                    onUnexpectedExit.accept(child);
                }
            });
            return child;
        } catch (IOException e) {
            throw new LaunchException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code java <jvmArguments>} to completion, its output in {@code logFile}; fails unless it exits with 0. */
    static void run(String description, List<String> jvmArguments, Path logFile, Duration timeout)
            throws LaunchException {
        try {
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(command(jvmArguments))
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .redirectInput(NO_INPUT)
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new LaunchException(description + " did not finish within " + timeout.toSeconds() + " s; "
                        + excerpt(logFile));
            }
            if (process.exitValue() != 0) {
                throw new LaunchException(description + " failed with exit code " + process.exitValue() + "; "
                        + excerpt(logFile));
            }
        } catch (IOException e) {
            throw new LaunchException(description + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException(description + " was interrupted", e);
        }
    }

    /**
     * The classpath for a child that runs classes of the launcher's dependencies (the broker): the launcher jar with
     * its {@code lib/} folder when it runs from one, so a test that uses the launcher passes none of its own jars
     * (another logging binding, for one); otherwise this JVM's classpath.
     */
    static String launcherClasspath() {
        Path codeSource = codeSource();
        Path lib = codeSource.resolveSibling("lib");
        if (Files.isRegularFile(codeSource) && Files.isDirectory(lib)) {
            return codeSource + File.pathSeparator + lib.resolve("*");
        }
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> entry.endsWith("*") ? entry : Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Path codeSource() {
        try {
            return Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the launcher's own location is not a file", e);
        }
    }

    private static List<String> command(List<String> jvmArguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArguments);
        return inItsOwnSession(command);
    }

    /**
     * Its own session keeps the terminal's Ctrl-C away from the child, so the launcher stops the components in order
     * (gateway, services, then the broker they still need while they shut down).
     */
    private static List<String> inItsOwnSession(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> inSession = new ArrayList<>(List.of(SETSID.toString()));
        inSession.addAll(command);
        return inSession;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * The JVM's (or program's) own pid: {@code setsid} replaces itself with {@code java} rather than forking, so it
     * is the same.
     */
    @Override
    public Map<String, Long> processIds() {
        return Map.of(name, process.pid());
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Waits for it to end by itself: false if it still runs after {@code timeout}. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Where to look when it failed: the log file's name and its last lines. */
    String logExcerpt() {
        return excerpt(logFile);
    }

    private static String excerpt(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_ERRORS), lines.size());
            return "last lines of " + logFile + ":\n    " + String.join("\n    ", tail);
        } catch (IOException | UncheckedIOException e) {
            return "see " + logFile;
        }
    }

    /** SIGTERM, so the JVM runs its shutdown hooks; SIGKILL only if it has not ended after a grace period. */
    @Override
    public void stop() {
        requestStop();
        awaitStopped();
    }

    /** SIGKILL and nothing else: no shutdown hook runs, nothing is flushed, as when its machine fails. */
    void kill() {
        stopRequested = true;
        try {
            process.destroyForcibly().waitFor(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * SIGKILL as if from outside, and waits until it is gone: the stop counts as unasked, so whoever was to be told of
     * an unexpected exit is, as after a crash.
     */
    void crash() {
        try {
            process.destroyForcibly().waitFor(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends SIGTERM without waiting, so that several children can shut down at the same time. */
    void requestStop() {
        stopRequested = true;
        process.destroy();
    }

    void awaitStopped() {
        try {
            if (!process.waitFor(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
