package org.casemgmt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casemgmt.launcher.Platform;

/** Start-up and memory of every process of the platform: section (d). */
final class ProcessMemory {

    /** This JVM's key among the children's names: it holds the launcher and the bench. */
    static final String THIS_JVM = "bench";
    private static final Pattern VM_RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB$", Pattern.MULTILINE);
    private static final double MIB = 1024 * 1024;

    /**
     * @param readyAfter       from the launcher's start to each component being ready, in the order they became so
     * @param launch           until {@code PlatformLauncher.start} returned: the whole start
     * @param rssAfterStartMiB each process's resident memory once started, before any load
     * @param rssAfterRunMiB   the same after the whole run
     * @param heapUsedAfterRunMiB this JVM's heap in use after a GC, at the end
     */
    record Result(Map<String, Duration> readyAfter, Duration launch, Map<String, Double> rssAfterStartMiB,
                  Map<String, Double> rssAfterRunMiB, double heapUsedAfterRunMiB) {
    }

    private ProcessMemory() {
    }

    /** Each child JVM by component name, then this JVM as {@link #THIS_JVM}. */
    static Map<String, Double> residentMiB(Platform platform) {
        Map<String, Double> resident = new LinkedHashMap<>();
        platform.processIds().forEach((component, pid) ->
                resident.put(component, residentBytes(Path.of("/proc", String.valueOf(pid), "status")) / MIB));
        resident.put(THIS_JVM, residentBytes(Path.of("/proc/self/status")) / MIB);
        return resident;
    }

    /** The heap's live size, not the garbage the workload left. */
    static double heapUsedAfterGcMiB() {
        Runtime self = Runtime.getRuntime();
        System.gc();
        return (self.totalMemory() - self.freeMemory()) / MIB;
    }

    /** VmRSS of /proc/<pid>/status: the pages of the process in memory now, heap or not. */
    private static long residentBytes(Path status) {
        try {
            Matcher rss = VM_RSS.matcher(Files.readString(status));
            if (!rss.find()) {
                throw new IllegalStateException("no VmRSS line in " + status);
            }
            return Long.parseLong(rss.group(1)) * 1024;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
