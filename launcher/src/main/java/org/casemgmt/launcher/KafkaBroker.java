package org.casemgmt.launcher;

import java.io.IOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.casemgmt.events.EventCatalog;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), run from Kafka's own jars as
 * a child JVM. Its log lives under {@code <kafka-dir>/data}, formatted once: a restart finds the same cluster and
 * every record it kept.
 *
 * <p>Every client signs in as one of the {@link KafkaAccessList}'s users (passwords in
 * {@code <kafka-dir>/<user>.password}) and may do only what that list allows. The services sign in with
 * SASL/SCRAM-SHA-512: the admin's credential is written when the storage is formatted; the admin then sets the
 * others'. The same users may also sign in with SASL/PLAIN, checked against this configuration, because kcat as
 * Debian ships it (librdkafka 2.0) cannot complete SCRAM with a Kafka 4 broker (librdkafka 2.6.1 fixed that); the
 * listener is on loopback only, so the password never leaves the machine. The controller listener, on loopback,
 * knows only the admin, with SASL/PLAIN too: the broker signs in to its controller as the admin.
 */
final class KafkaBroker implements Component {

    static final String NAME = "kafka";
    private static final String HOST = "127.0.0.1";
    private static final String LOG4J_CONFIG = "classpath:org/casemgmt/launcher/kafka-log4j2.properties";
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);

    private static final String CLIENT_LISTENER = "SASL_PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final KafkaAccessList ACCESS = KafkaAccessList.fromCatalogue();

    private final ChildJvm jvm;
    private final int port;
    private final KafkaCredentials credentials;

    private KafkaBroker(ChildJvm jvm, int port, KafkaCredentials credentials) {
        this.jvm = jvm;
        this.port = port;
        this.credentials = credentials;
    }

    /**
     * Formats the storage on first use and starts the broker's JVM, without waiting: the caller keeps it (to stop it
     * on Ctrl-C) before {@link #awaitReady(Duration)}.
     */
    /** @param partitions of each topic the broker creates (the known topics at start, any other on first use) */
    static KafkaBroker start(Path kafkaDir, Path logsDir, int port, int controllerPort, String heap, int partitions,
                             Consumer<ChildJvm> onUnexpectedExit) throws LaunchException {
        Path dataDir = kafkaDir.resolve("data");
        Path serverProperties = kafkaDir.resolve("server.properties");
        boolean formattedBeforeSignIn = Files.exists(dataDir.resolve("meta.properties"))
                && !Files.exists(kafkaDir.resolve(KafkaAccessList.ADMIN + ".password"));
        if (formattedBeforeSignIn) {
            throw new LaunchException("Kafka's storage in " + dataDir + " was formatted before the broker required"
                    + " clients to sign in, so it has no admin: stop the platform and delete " + kafkaDir
                    + " (its events with it) to start afresh");
        }
        KafkaCredentials credentials = KafkaCredentials.in(kafkaDir, ACCESS.users());
        writeServerProperties(serverProperties, dataDir, port, controllerPort, partitions, credentials.passwords());
        String classpath = ChildJvm.launcherClasspath();
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            ChildJvm.run("formatting Kafka's storage in " + dataDir, List.of(
                    "-Dlog4j2.configurationFile=" + LOG4J_CONFIG, "-cp", classpath, "kafka.tools.StorageTool",
                    "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", serverProperties.toString(),
                    // The admin's SCRAM credential, in the log from the start: it signs in and makes the others.
                    "--add-scram", KafkaCredentials.MECHANISM + "=[name=" + KafkaAccessList.ADMIN + ",password="
                            + credentials.password(KafkaAccessList.ADMIN) + "]"),
                    logsDir.resolve(NAME + "-storage-format.log"), FORMAT_TIMEOUT);
        }
        ChildJvm jvm = ChildJvm.start(NAME, List.of(
                "-Xmx" + heap, "-Dlog4j2.configurationFile=" + LOG4J_CONFIG, "-cp", classpath,
                "kafka.Kafka", serverProperties.toString()), kafkaDir, logsDir, onUnexpectedExit);
        return new KafkaBroker(jvm, port, credentials);
    }

    /**
     * Waits until the admin can sign in and sees the broker, sets every user's password, creates the known topics
     * that do not exist yet and applies the access list, then waits until the broker enforces all of it.
     */
    void awaitReady(Duration readyTimeout) throws LaunchException {
        Readiness.await(jvm, readyTimeout, this::servesClients);
        KafkaAccess access = new KafkaAccess(ADMIN_TIMEOUT);
        try (Admin admin = admin()) {
            access.setPasswords(admin, credentials.passwords());
            access.createMissingTopics(admin, knownTopics());
            access.applyAccessList(admin, ACCESS);
            Readiness.await(jvm, readyTimeout, () -> appliesAll(access, admin));
        } catch (ExecutionException | TimeoutException e) {
            throw new LaunchException("could not create the topics and access lists: " + e.getMessage()
                    + "; " + jvm.logExcerpt(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while creating topics and access lists", e);
        }
    }

    /**
     * Every event type's topic and its dead-letter topic, and every partner's feed; the admin's records auto-create
     * any other.
     */
    static List<String> knownTopics() {
        return Stream.concat(EventCatalog.all().stream().flatMap(type -> Stream.of(type.topic(), type.deadLetterTopic())),
                        KafkaAccessList.partnerFeeds().stream())
                .toList();
    }

    String bootstrapServers() {
        return HOST + ":" + port;
    }

    ChildJvm jvm() {
        return jvm;
    }

    /** Running, and the admin signs in and sees the broker. */
    boolean isReady() {
        return jvm.isAlive() && servesClients();
    }

    KafkaCredentials credentials() {
        return credentials;
    }

    /** The bootstrap address and {@code user}'s sign-in, for a plain Kafka client. */
    Map<String, Object> clientProperties(String user) {
        Map<String, Object> properties = new HashMap<>(credentials.clientProperties(user));
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return properties;
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

    private boolean appliesAll(KafkaAccess access, Admin admin) {
        try {
            return access.usersWithoutCredentials(admin, credentials.passwords().keySet()).isEmpty()
                    && access.missingEntries(admin, ACCESS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** True once the admin signs in with SCRAM, i.e. its credential has reached the broker, and sees the broker. */
    private boolean servesClients() {
        if (!accepts(port)) {
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

    /** The PLAIN login module with every user and password: what a PLAIN sign-in is checked against. */
    static String plainUsers(Map<String, String> passwords) {
        StringBuilder users = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required");
        passwords.forEach((user, password) -> users.append(" user_").append(user).append("=\"").append(password)
                .append('"'));
        return users.append(';').toString();
    }

    /** A refused TCP connect is cheap; the admin client would log a warning for each attempt. */
    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), (int) ADMIN_TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Admin admin() {
        return Admin.create(KafkaAccess.brokerAdminConfig(bootstrapServers(),
                credentials.password(KafkaAccessList.ADMIN), ADMIN_TIMEOUT));
    }

    /**
     * Rewritten at every start, so changed ports apply; the cluster id lives in the formatted storage. Readable by its
     * owner only: it holds the admin's password.
     */
    private static void writeServerProperties(Path file, Path dataDir, int port, int controllerPort, int partitions,
                                              Map<String, String> passwords) throws LaunchException {
        String adminPassword = passwords.get(KafkaAccessList.ADMIN);
        Properties properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@" + HOST + ":" + controllerPort),
                Map.entry("listeners", CLIENT_LISTENER + "://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://"
                        + HOST + ":" + controllerPort),
                Map.entry("advertised.listeners", CLIENT_LISTENER + "://" + HOST + ":" + port),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("inter.broker.listener.name", CLIENT_LISTENER),
                Map.entry("listener.security.protocol.map", CONTROLLER_LISTENER + ":SASL_PLAINTEXT,"
                        + CLIENT_LISTENER + ":SASL_PLAINTEXT"),
                // Clients: SCRAM, users and credentials in the cluster's metadata, set through the controller; and
                // PLAIN for kcat, the same users and passwords, listed here.
                Map.entry("sasl.enabled.mechanisms", KafkaCredentials.MECHANISM + "," + KafkaAccess.CONTROLLER_MECHANISM),
                Map.entry("sasl.mechanism.inter.broker.protocol", KafkaCredentials.MECHANISM),
                Map.entry("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                        KafkaCredentials.jaasConfig(KafkaAccessList.ADMIN, adminPassword)),
                Map.entry("listener.name.sasl_plaintext.plain.sasl.jaas.config", plainUsers(passwords)),
                // The controller: PLAIN with the one user in this file, the admin (also what the broker signs in as).
                Map.entry("listener.name.controller.sasl.enabled.mechanisms", KafkaAccess.CONTROLLER_MECHANISM),
                Map.entry("sasl.mechanism.controller.protocol", KafkaAccess.CONTROLLER_MECHANISM),
                Map.entry("listener.name.controller.plain.sasl.jaas.config",
                        KafkaAccess.plainJaasConfig(KafkaAccessList.ADMIN, adminPassword).replace(";",
                                " user_" + KafkaAccessList.ADMIN + "=\"" + adminPassword + "\";")),
                Map.entry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer"),
                Map.entry("allow.everyone.if.no.acl.found", "false"),
                Map.entry("super.users", KafkaAccessList.principal(KafkaAccessList.ADMIN)),
                Map.entry("log.dirs", dataDir.toString()),
                Map.entry("num.partitions", String.valueOf(partitions)),
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
                // Only for the admin: nobody else may create a topic (the access list allows no CREATE).
                Map.entry("auto.create.topics.enable", "true")));
        try {
            Files.createDirectories(file.getParent());
            Path written = Files.createTempFile(file.getParent(), "server-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                properties.store(writer, "Written by the launcher at every start; edits are overwritten");
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LaunchException("could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
