package org.casemgmt.launcher;

import java.io.IOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.casemgmt.events.EventCatalog;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), run from Kafka's own jars as
 * a child JVM. Its log lives under {@code <kafka-dir>/data}, formatted once: a restart finds the same cluster and
 * every record it kept.
 */
final class KafkaBroker implements Component {

    static final String NAME = "kafka";
    private static final String HOST = "127.0.0.1";
    private static final String LOG4J_CONFIG = "classpath:org/casemgmt/launcher/kafka-log4j2.properties";
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);
    private static final int KNOWN_TOPIC_PARTITIONS = 1;
    private static final short SINGLE_NODE_REPLICATION = 1;

    private final ChildJvm jvm;
    private final int port;

    private KafkaBroker(ChildJvm jvm, int port) {
        this.jvm = jvm;
        this.port = port;
    }

    /**
     * Formats the storage on first use and starts the broker's JVM, without waiting: the caller keeps it (to stop it
     * on Ctrl-C) before {@link #awaitReady(Duration)}.
     */
    static KafkaBroker start(Path kafkaDir, Path logsDir, int port, int controllerPort, String heap,
                             Consumer<ChildJvm> onUnexpectedExit) throws LaunchException {
        Path dataDir = kafkaDir.resolve("data");
        Path serverProperties = kafkaDir.resolve("server.properties");
        writeServerProperties(serverProperties, dataDir, port, controllerPort);
        String classpath = ChildJvm.launcherClasspath();
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            ChildJvm.run("formatting Kafka's storage in " + dataDir, List.of(
                    "-Dlog4j2.configurationFile=" + LOG4J_CONFIG, "-cp", classpath, "kafka.tools.StorageTool",
                    "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", serverProperties.toString()),
                    logsDir.resolve(NAME + "-storage-format.log"), FORMAT_TIMEOUT);
        }
        ChildJvm jvm = ChildJvm.start(NAME, List.of(
                "-Xmx" + heap, "-Dlog4j2.configurationFile=" + LOG4J_CONFIG, "-cp", classpath,
                "kafka.Kafka", serverProperties.toString()), kafkaDir, logsDir, onUnexpectedExit);
        return new KafkaBroker(jvm, port);
    }

    /** Waits until the broker serves clients, then creates the known topics that do not exist yet. */
    void awaitReady(Duration readyTimeout) throws LaunchException {
        Readiness.await(jvm, readyTimeout, this::servesClients);
        createMissingTopics(knownTopics());
    }

    /** Every event type's topic and its dead-letter topic; any other topic is auto-created on first use. */
    static List<String> knownTopics() {
        return EventCatalog.all().stream()
                .flatMap(type -> Stream.of(type.topic(), type.deadLetterTopic()))
                .toList();
    }

    String bootstrapServers() {
        return HOST + ":" + port;
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

    @Override
    public void stop() {
        jvm.stop();
    }

    private boolean servesClients() {
        // A refused TCP connect is cheap; the admin client would log a warning for each attempt.
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), (int) ADMIN_TIMEOUT.toMillis());
        } catch (IOException e) {
            return false;
        }
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void createMissingTopics(List<String> topics) throws LaunchException {
        try (Admin admin = admin()) {
            Set<String> missing = new HashSet<>(topics);
            missing.removeAll(admin.listTopics().names().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            admin.createTopics(missing.stream()
                            .map(topic -> new NewTopic(topic, KNOWN_TOPIC_PARTITIONS, SINGLE_NODE_REPLICATION))
                            .toList())
                    .all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new LaunchException("could not create the topics " + topics + ": " + e.getMessage()
                    + "; " + jvm.logExcerpt(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while creating topics", e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis()));
    }

    /** Rewritten at every start, so changed ports apply; the cluster id lives in the formatted storage. */
    private static void writeServerProperties(Path file, Path dataDir, int port, int controllerPort)
            throws LaunchException {
        Properties properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@" + HOST + ":" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":"
                        + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"),
                Map.entry("log.dirs", dataDir.toString()),
                Map.entry("num.partitions", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                // One node, few clients: the defaults' thread pools only cost memory here.
                Map.entry("num.network.threads", "2"),
                Map.entry("num.io.threads", "2"),
                // Consumers join at once instead of waiting 3 s for more members that never come.
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "true")));
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "Written by the launcher at every start; edits are overwritten");
            }
        } catch (IOException e) {
            throw new LaunchException("could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
