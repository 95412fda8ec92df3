package org.casemgmt.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * What {@link PlatformLauncher#start(LaunchOptions)} starts and where.
 *
 * @param repoDir        the repository whose {@code <module>/target/<module>.jar} files are started
 * @param dataDir        MongoDB's store, Kafka's log and every component's log file live under it
 * @param mongoPort      the embedded MongoDB wire-protocol server's port
 * @param kafkaPort      the broker's client listener
 * @param kafkaControllerPort the broker's KRaft controller listener
 * @param clamdPort      ClamAV's clamd, the virus scanner ({@link Clamd})
 * @param httpPorts      each service module's {@code server.port}, by module name (the gateway and the console
 *                       included)
 * @param selectedModules the modules to start, all required; empty means every module whose jar exists
 * @param heap           {@code -Xmx} of each service, of the gateway and of the console
 * @param kafkaHeap      {@code -Xmx} of the broker
 * @param readyTimeout   how long each component may take to become ready
 * @param externalIssuer the OAuth2 issuer the services and the gateway trust, and the console signs its users in
 *                       with, instead of the embedded auth server, which is then not started; empty: the embedded one
 * @param aotCache       whether the services, the auth server, the gateway and the console start from the JDK's AOT
 *                       cache of their build ({@link AotCache}; JDK 25 and later), trained by the first start of each
 *                       build
 * @param partitions     partitions of every topic the embedded broker creates, dead-letter topics included: how many
 *                       instances of a service can share a topic's records
 * @param instances      how many instances of each service run, by module name, where more than one; the gateway
 *                       balances each stage's requests over its instances, which share the consumer groups
 */
public record LaunchOptions(
        Path repoDir,
        Path dataDir,
        int mongoPort,
        int kafkaPort,
        int kafkaControllerPort,
        int clamdPort,
        Map<String, Integer> httpPorts,
        Set<String> selectedModules,
        String heap,
        String kafkaHeap,
        Duration readyTimeout,
        Optional<URI> externalIssuer,
        boolean aotCache,
        int partitions,
        Map<String, Integer> instances) {

    public static final int DEFAULT_MONGO_PORT = 27017;
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 9093;
    /** clamd's own default. */
    public static final int DEFAULT_CLAMD_PORT = 3310;
    public static final String DEFAULT_HEAP = "384m";
    public static final String DEFAULT_KAFKA_HEAP = "512m";
    // Two shared cores can need minutes to start five Spring Boot services at once.
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);
    /** As docker compose's broker: a second instance of a service gets records to consume. */
    public static final int DEFAULT_PARTITIONS = 3;
    static final int MAX_PARTITIONS = 100;
    static final int MAX_INSTANCES = 9;

    static final int FIRST_CHOSEN_PORT = 20000;
    static final int BELOW_EPHEMERAL_PORTS = 32768;
    private static final int PORT_ATTEMPTS = 1000;

    private static final String HEAP_SIZE = "[1-9][0-9]*[kKmMgG]?";

    public LaunchOptions {
        repoDir = repoDir.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        requireValidPort(mongoPort);
        requireValidPort(kafkaPort);
        requireValidPort(kafkaControllerPort);
        requireValidPort(clamdPort);
        httpPorts.values().forEach(LaunchOptions::requireValidPort);
        for (ServiceModule module : ServiceModule.all()) {
            if (!httpPorts.containsKey(module.name())) {
                throw new IllegalArgumentException("no port given for " + module.name());
            }
        }
        requireKnownModules(selectedModules);
        requireHeapSize(heap);
        requireHeapSize(kafkaHeap);
        requirePositive(readyTimeout);
        externalIssuer.ifPresent(LaunchOptions::requireIssuer);
        requirePartitions(partitions);
        instances.forEach(LaunchOptions::requireInstances);
        if (externalIssuer.isPresent() && selectedModules.contains(ServiceModule.AUTH_SERVER.name())) {
            throw new IllegalArgumentException("the auth-server is not started when an external issuer is given");
        }
        httpPorts = Map.copyOf(httpPorts);
        selectedModules = Set.copyOf(selectedModules);
        instances = Map.copyOf(instances);
    }

    /**
     * The documented defaults: data under {@code <repo>/data}, Kafka 9092/9093, MongoDB 27017, clamd 3310, HTTP from
     * 8080.
     */
    public static LaunchOptions defaults(Path repoDir) {
        return builder(repoDir).build();
    }

    public static Builder builder(Path repoDir) {
        return new Builder(repoDir);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(repoDir).dataDir(dataDir).mongoPort(mongoPort).kafkaPort(kafkaPort)
                .kafkaControllerPort(kafkaControllerPort).clamdPort(clamdPort).heap(heap).kafkaHeap(kafkaHeap)
                .readyTimeout(readyTimeout)
                .selectedModules(List.copyOf(selectedModules)).aotCache(aotCache).partitions(partitions);
        instances.forEach(builder::instances);
        externalIssuer.ifPresent(builder::externalIssuer);
        httpPorts.forEach(builder::httpPort);
        return builder;
    }

    /** Every port replaced by one free now, so a test can run beside a platform on the default ports. */
    public LaunchOptions withFreePorts() {
        return toBuilder().freePorts().build();
    }

    public LaunchOptions withDataDir(Path dir) {
        return toBuilder().dataDir(dir).build();
    }

    /** Start exactly these modules (by name), failing if one's jar is missing; none means all that exist. */
    public LaunchOptions withSelectedModules(List<String> moduleNames) {
        return toBuilder().selectedModules(moduleNames).build();
    }

    public int httpPort(ServiceModule module) {
        return httpPorts.get(module.name());
    }

    /** How many instances of the module run: one unless {@link Builder#instances} said more. */
    public int instancesOf(ServiceModule module) {
        return instances.getOrDefault(module.name(), 1);
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    static String knownModuleNames() {
        return ServiceModule.all().stream().map(ServiceModule::name).collect(Collectors.joining(", "));
    }

    private static void requireKnownModules(Set<String> moduleNames) {
        for (String name : moduleNames) {
            if (ServiceModule.byName(name).isEmpty()) {
                throw new IllegalArgumentException("unknown service '" + name + "'; known: " + knownModuleNames());
            }
        }
    }

    private static void requirePartitions(int partitions) {
        if (partitions < 1 || partitions > MAX_PARTITIONS) {
            throw new IllegalArgumentException("partitions per topic go from 1 to " + MAX_PARTITIONS);
        }
    }

    /**
     * Services only: the auth server and the gateway are the one door each, the console is reached through the gateway
     * at one address, and the broker is one node.
     */
    private static void requireInstances(String moduleName, int count) {
        requireKnownModules(Set.of(moduleName));
        if (!ServiceModule.byName(moduleName).orElseThrow().isBackendService()) {
            throw new IllegalArgumentException("only services run as several instances; " + moduleName
                    + " runs once");
        }
        if (count < 1 || count > MAX_INSTANCES) {
            throw new IllegalArgumentException("instances of a service go from 1 to " + MAX_INSTANCES);
        }
    }

    private static void requireHeapSize(String size) {
        if (!size.matches(HEAP_SIZE)) {
            throw new IllegalArgumentException("a heap size is a number with an optional k, m or g, e.g. 384m");
        }
    }

    private static void requirePositive(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the ready timeout must be positive");
        }
    }

    /** The services compare it with each token's {@code iss} and find the keys from it: an absolute http(s) URL. */
    private static void requireIssuer(URI issuer) {
        if (!issuer.isAbsolute() || !("http".equals(issuer.getScheme()) || "https".equals(issuer.getScheme()))
                || issuer.getHost() == null) {
            throw new IllegalArgumentException("an issuer is an http or https URL, e.g."
                    + " http://localhost:8180/realms/casemgmt");
        }
    }

    private static void requireValidPort(int port) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
    }

    /** Collects options, refusing a wrong value as soon as it is set. */
    public static final class Builder {

        private final Path repoDir;
        private Path dataDir;
        private int mongoPort = DEFAULT_MONGO_PORT;
        private int kafkaPort = DEFAULT_KAFKA_PORT;
        private int kafkaControllerPort = DEFAULT_KAFKA_CONTROLLER_PORT;
        private int clamdPort = DEFAULT_CLAMD_PORT;
        private final Map<String, Integer> httpPorts = ServiceModule.all().stream()
                .collect(Collectors.toMap(ServiceModule::name, ServiceModule::defaultPort));
        private Set<String> selectedModules = Set.of();
        private String heap = DEFAULT_HEAP;
        private String kafkaHeap = DEFAULT_KAFKA_HEAP;
        private Duration readyTimeout = DEFAULT_READY_TIMEOUT;
        private Optional<URI> externalIssuer = Optional.empty();
        private boolean aotCache = true;
        private int partitions = DEFAULT_PARTITIONS;
        private final Map<String, Integer> instances = new HashMap<>();

        private Builder(Path repoDir) {
            this.repoDir = repoDir;
            this.dataDir = repoDir.resolve("data");
        }

        public Builder dataDir(Path dir) {
            dataDir = dir;
            return this;
        }

        public Builder mongoPort(int port) {
            requireValidPort(port);
            mongoPort = port;
            return this;
        }

        public Builder kafkaPort(int port) {
            requireValidPort(port);
            kafkaPort = port;
            return this;
        }

        public Builder kafkaControllerPort(int port) {
            requireValidPort(port);
            kafkaControllerPort = port;
            return this;
        }

        public Builder clamdPort(int port) {
            requireValidPort(port);
            clamdPort = port;
            return this;
        }

        public Builder httpPort(String moduleName, int port) {
            requireKnownModules(Set.of(moduleName));
            requireValidPort(port);
            httpPorts.put(moduleName, port);
            return this;
        }

        /** Every port replaced by one free now, so a test can run beside a platform on the default ports. */
        public Builder freePorts() {
            Set<Integer> chosen = new HashSet<>();
            mongoPort = freePort(chosen);
            kafkaPort = freePort(chosen);
            kafkaControllerPort = freePort(chosen);
            clamdPort = freePort(chosen);
            httpPorts.replaceAll((module, port) -> freePort(chosen));
            return this;
        }

        /** Start exactly these modules (by name), failing if one's jar is missing; none means all that exist. */
        public Builder selectedModules(List<String> moduleNames) {
            selectedModules = new LinkedHashSet<>(moduleNames);
            requireKnownModules(selectedModules);
            return this;
        }

        public Builder heap(String size) {
            requireHeapSize(size);
            heap = size;
            return this;
        }

        public Builder kafkaHeap(String size) {
            requireHeapSize(size);
            kafkaHeap = size;
            return this;
        }

        public Builder readyTimeout(Duration timeout) {
            requirePositive(timeout);
            readyTimeout = timeout;
            return this;
        }

        /** Trust this issuer instead of starting the embedded auth server. */
        public Builder externalIssuer(URI issuer) {
            requireIssuer(issuer);
            externalIssuer = Optional.of(issuer);
            return this;
        }

        /** On by default; off, every start loads and links its classes itself, as on a JDK before 25. */
        public Builder aotCache(boolean use) {
            aotCache = use;
            return this;
        }

        public Builder partitions(int count) {
            requirePartitions(count);
            partitions = count;
            return this;
        }

        /** Runs {@code count} instances of the service; the gateway balances its stage's requests over them. */
        public Builder instances(String moduleName, int count) {
            requireInstances(moduleName, count);
            instances.put(moduleName, count);
            return this;
        }

        /** Runs {@code count} instances of every service. */
        public Builder instancesOfEveryService(int count) {
            ServiceModule.BACKEND_SERVICES.forEach(module -> instances(module.name(), count));
            return this;
        }

        public LaunchOptions build() {
            return new LaunchOptions(repoDir, dataDir, mongoPort, kafkaPort, kafkaControllerPort, clamdPort, httpPorts,
                    selectedModules, heap, kafkaHeap, readyTimeout, externalIssuer, aotCache, partitions, instances);
        }
    }

    /**
     * A port that is free now, below the kernel's ephemeral range (32768 and up on Linux). A port the kernel hands
     * out for {@code bind(0)} is one it also hands out to outgoing connections, so between being chosen and being
     * bound by a child JVM it could be taken by any client connection on the machine: that happened.
     */
    static int freePort(Set<Integer> alreadyChosen) {
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(FIRST_CHOSEN_PORT, BELOW_EPHEMERAL_PORTS);
            if (!alreadyChosen.contains(candidate) && isFree(candidate)) {
                alreadyChosen.add(candidate);
                return candidate;
            }
        }
        throw new IllegalStateException("no free loopback port between " + FIRST_CHOSEN_PORT + " and "
                + BELOW_EPHEMERAL_PORTS + " after " + PORT_ATTEMPTS + " attempts");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
