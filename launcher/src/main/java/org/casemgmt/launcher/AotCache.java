package org.casemgmt.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A module's jar set up for the JDK's ahead-of-time cache (JEP 483, 514, 515): the classes a Spring Boot service
 * loads and links while it starts, read ready-made from one file rather than found, parsed and verified again by
 * every start, which is most of a service's start-up CPU time.
 *
 * <p>The cache takes classes from plain jars on the class path only, not from the jars nested in a Spring Boot jar,
 * so the jar is first extracted with Spring Boot's tools jar mode (the application's jar and a {@code lib/} folder)
 * into {@code <module>/target/aot/<size>-<modified>/}, beside the built jar and outside any data directory: every
 * launch of the same build shares the extraction and its cache ({@code bin/run}, {@code bin/bench} with its own data
 * directory, the end-to-end tests), and a rebuild, which rewrites {@code target/<module>.jar}, gets a directory of its
 * own instead of changing the one running JVMs read from.
 *
 * <p>The cache file is written by a training run (the first start of each build) and named after the JDK that wrote
 * it, which alone can use it.
 */
final class AotCache {

    /** The first JDK whose cache a single training run writes ({@code -XX:AOTCacheOutput}, JEP 514). */
    static final int FIRST_JDK = 25;
    private static final String LOCK_FILE = ".lock";
    private static final String EXTRACTING_PREFIX = ".extracting-";

    private final Path runDir;
    private final Path jar;
    private final Path cacheFile;

    private AotCache(Path runDir, String moduleName, Runtime.Version jdk) {
        this.runDir = runDir;
        this.jar = runDir.resolve(moduleName + ".jar");
        this.cacheFile = runDir.resolve(cacheFileName(moduleName, jdk));
    }

    /** Whether children run by this JDK can have a cache: they run on the launcher's own ({@link ChildJvm}). */
    static boolean isSupported() {
        return isSupportedBy(Runtime.version());
    }

    static boolean isSupportedBy(Runtime.Version jdk) {
        return jdk.feature() >= FIRST_JDK;
    }

    /**
     * The extracted jar of this build of {@code module}, extracting it first if no launch has yet: into a temporary
     * directory renamed when complete, under a lock, so that two launchers starting at once neither extract twice
     * nor start from half a directory. The directories of earlier builds are deleted: a JVM still running from one
     * keeps the files it has open.
     *
     * @param extractionLog where the extraction's output goes
     */
    static AotCache prepare(ServiceModule module, Path repoDir, Path extractionLog, Duration timeout)
            throws LaunchException {
        Path built = module.jar(repoDir);
        Path runDir;
        try {
            runDir = runDir(built, Files.size(built), Files.getLastModifiedTime(built));
            if (!Files.isDirectory(runDir)) {
                extract(module, built, runDir, extractionLog, timeout);
            }
        } catch (IOException e) {
            throw new LaunchException("could not extract " + built + " for its AOT cache: " + e.getMessage(), e);
        }
        return new AotCache(runDir, module.name(), Runtime.version());
    }

    /** {@code target/aot/<size>-<modified>} beside the built jar: a new build is a new directory. */
    static Path runDir(Path builtJar, long size, FileTime lastModified) {
        return builtJar.resolveSibling("aot").resolve(size + "-" + lastModified.toMillis());
    }

    static String cacheFileName(String moduleName, Runtime.Version jdk) {
        return moduleName + "-jdk-" + jdk + ".aot";
    }

    private static void extract(ServiceModule module, Path built, Path runDir, Path extractionLog, Duration timeout)
            throws IOException, LaunchException {
        Path aotDir = Files.createDirectories(runDir.getParent());
        try (FileChannel lockFile = FileChannel.open(aotDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock held = lockFile.lock()) {
            if (!Files.isDirectory(runDir)) {
                Path extracting = Files.createTempDirectory(aotDir, EXTRACTING_PREFIX);
                try {
                    ChildJvm.run("extracting " + built, List.of("-Djarmode=tools", "-jar", built.toString(),
                            "extract", "--destination", extracting.toString()), extractionLog, timeout);
                    if (!Files.isRegularFile(extracting.resolve(module.name() + ".jar"))) {
                        throw new LaunchException("extracting " + built + " wrote no " + module.name() + ".jar");
                    }
                    Files.move(extracting, runDir, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    deleteRecursively(extracting);
                }
            }
            // Under the lock, every other directory is an earlier build's or a killed launcher's half extraction.
            try (Stream<Path> others = Files.list(aotDir)) {
                for (Path other : others.filter(path -> Files.isDirectory(path) && !path.equals(runDir)).toList()) {
                    deleteRecursively(other);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The application's jar in the extracted directory, its libraries in {@code lib/} beside it. */
    Path jar() {
        return jar;
    }

    Path cacheFile() {
        return cacheFile;
    }

    boolean isTrained() {
        return Files.isRegularFile(cacheFile);
    }

    /** The JVM options of a start: the cache when there is one. */
    List<String> runOptions() {
        return isTrained() ? List.of("-XX:AOTCache=" + cacheFile) : List.of();
    }

    /**
     * A file of its own for one training run to write, so that two launchers training at once never write the same
     * file; {@link #keep(Path)} makes it the cache.
     */
    Path newTrainingOutput() {
        return runDir.resolve(cacheFile.getFileName() + "." + UUID.randomUUID() + ".training");
    }

    /**
     * The JVM options of a training run: the JVM records what it loads and links until it exits and then writes the
     * cache to {@code output}; Spring exits once the context is refreshed, before anything starts listening.
     * Spring reads that setting from system properties, not from the application's arguments.
     */
    static List<String> trainingOptions(Path output) {
        return List.of("-XX:AOTCacheOutput=" + output, "-Dspring.context.exit=onRefresh");
    }

    /** Makes what a training run wrote the cache, in one rename; false if it wrote nothing. */
    boolean keep(Path trainingOutput) throws IOException {
        if (!Files.isRegularFile(trainingOutput) || Files.size(trainingOutput) == 0) {
            return false;
        }
        Files.move(trainingOutput, cacheFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    /** Removes what a failed training run may have left: its output, and the JVM's intermediate configuration. */
    void discard(Path trainingOutput) throws IOException {
        Files.deleteIfExists(trainingOutput);
        Files.deleteIfExists(trainingOutput.resolveSibling(trainingOutput.getFileName() + ".config"));
    }
}
