package org.casemgmt.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A MongoDB wire-protocol server kept in one H2 MVStore file, run as a child JVM of its own ({@link MongoStoreMain}),
 * so that it can be killed and started again like any other component. Each service uses its own database on it.
 * Every write is on the file before it is answered ({@link DurableH2Backend}): a restart, even after SIGKILL, finds
 * every acknowledged write.
 */
final class EmbeddedMongo implements Component {

    static final String NAME = "mongodb";
    static final String STORE_FILE = "casemgmt.mv.db";
    private static final String HOST = "127.0.0.1";
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(5);
    /**
     * Heap enough for bin/bench's 100,000 entries of history: the store keeps its pages cached, and a query scans
     * (secondary indexes are ignored), so a count or a batch of a thousand inserts holds many documents at once. It
     * starts small and gives back what it no longer needs, as the services do.
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-Xms32m", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40");

    private final ChildJvm jvm;
    private final int port;

    private EmbeddedMongo(ChildJvm jvm, int port) {
        this.jvm = jvm;
        this.port = port;
    }

    /**
     * Starts the store's JVM on {@code <storeDir>/casemgmt.mv.db}, its log {@code mongodb.log}, without waiting: the
     * caller keeps it (to stop it on Ctrl-C) before {@link #awaitReady(Duration)}.
     */
    static EmbeddedMongo start(Path storeDir, Path logsDir, int port, Consumer<ChildJvm> onUnexpectedExit)
            throws LaunchException {
        try {
            Files.createDirectories(storeDir);
        } catch (IOException e) {
            throw new LaunchException("could not create the MongoDB store's directory " + storeDir + ": "
                    + e.getMessage(), e);
        }
        List<String> arguments = new ArrayList<>(JVM_OPTIONS);
        arguments.addAll(List.of(
                // Next to its log; and a file under the data directory on the command line, by which a later start
                // recognises a store left running.
                "-XX:ErrorFile=" + logsDir.resolve(NAME + "-hs_err_pid%p.log"),
                "-cp", ChildJvm.launcherClasspath(), MongoStoreMain.class.getName(),
                storeDir.resolve(STORE_FILE).toString(), HOST, String.valueOf(port)));
        return new EmbeddedMongo(ChildJvm.start(NAME, arguments, storeDir, logsDir, onUnexpectedExit), port);
    }

    /** Waits until it answers MongoDB's {@code ping}. */
    void awaitReady(Duration readyTimeout) throws LaunchException {
        Readiness.await(jvm, readyTimeout, this::isReady);
    }

    /** Running, and answering {@code ping}. */
    boolean isReady() {
        return jvm.isAlive() && MongoPing.answers(HOST, port, PING_TIMEOUT);
    }

    /** The connection string for one service's own database. */
    String uri(String database) {
        return "mongodb://" + HOST + ":" + port + "/" + database;
    }

    ChildJvm jvm() {
        return jvm;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Long> processIds() {
        return jvm.processIds();
    }

    /** SIGTERM: it closes the client connections, then the store, which writes the file's header. */
    @Override
    public void stop() {
        jvm.stop();
    }
}
