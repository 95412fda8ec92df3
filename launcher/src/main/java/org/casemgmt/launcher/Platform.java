package org.casemgmt.launcher;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.casemgmt.events.EventCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running embedded default: the auth server, the MongoDB store, the Kafka broker, ClamAV's clamd (the virus
 * scanner, where installed), the services, the gateway and the web console. {@link #close()} stops them in the reverse
 * order: the console first, the auth server last.
 */
public final class Platform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Platform.class);
    private static final String READINESS_PATH = "/actuator/health/readiness";
    private static final String OPENAPI_PATH = "/v3/api-docs";
    /** Spring Boot's resource server property: each service and the gateway fetch the token keys from this issuer. */
    static final String ISSUER_URI_VARIABLE = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI";
    static final String AUTH_ISSUER_VARIABLE = "CASEMGMT_AUTH_ISSUER";
    /** Spring Boot's OAuth2 client property: the console signs its users in with this issuer. */
    static final String CONSOLE_ISSUER_URI_VARIABLE = "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_CASEMGMT_ISSUER_URI";
    /** Where the console calls the public API: the gateway. */
    static final String CONSOLE_API_URL_VARIABLE = "CASEMGMT_CONSOLE_API_URL";
    /** Where each service's scanner client finds clamd (platform-support's DocumentProperties). */
    static final String SCANNER_HOST_PROPERTY = "casemgmt.documents.scanner.host";
    static final String SCANNER_PORT_PROPERTY = "casemgmt.documents.scanner.port";
    /**
     * Where the auth server and the services listen: this machine only, so that a request from elsewhere can only
     * come through the gateway and its limits. The gateway keeps Spring's default, every interface, or the address
     * {@code SERVER_ADDRESS} names.
     */
    static final String LOOPBACK_ADDRESS = "127.0.0.1";
    private static final List<String> SERVICE_JVM_OPTIONS = List.of(
            // A development default on small machines: quick start and a small footprint matter more than peak speed.
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            // The heap starts small and grows, and gives back, with what is live (a service keeps 40-60 MiB): by
            // default it starts at 1/64 of the machine's memory, and the serial collector fills all of it before
            // its first full collection, so every service sat at its -Xmx after an hour.
            "-Xms32m", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40");

    private final LaunchOptions options;
    private final Deque<Component> running = new ArrayDeque<>();
    private final Map<String, URI> serviceUrls = new LinkedHashMap<>();
    private final Map<String, URI> instanceUrls = new LinkedHashMap<>();
    /** Every service instance, the gateway, the console and the auth server as now running, by name. */
    private final Map<String, ChildJvm> children = new ConcurrentHashMap<>();
    private final Supervisor supervisor = new Supervisor();
    private List<ServiceInstance> serviceInstances = List.of();
    private final Map<String, Duration> readyAfter = new LinkedHashMap<>();
    private final List<ServiceModule> missingJars = new ArrayList<>();
    /** The modules that run from their build's AOT cache directory; the others run a copy of their jar. */
    private final Map<ServiceModule, AotCache> aotCaches = new ConcurrentHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread closeOnExit = new Thread(this::close, "platform-shutdown");
    private volatile boolean closing;
    /** Replaced by a restart, which the supervisor runs on a thread of its own. */
    private volatile EmbeddedMongo mongo;
    private volatile KafkaBroker kafka;
    /** Null where clamd is not installed: the services then refuse uploads. */
    private volatile Clamd clamd;
    private URI gatewayUrl;

    /** Also stops the platform when the JVM exits without {@link #close()}: on Ctrl-C, or a test run that ends. */
    Platform(LaunchOptions options) {
        this.options = options;
        Runtime.getRuntime().addShutdownHook(closeOnExit);
    }

    /** Starts every component in order and waits for each to be ready; on failure stops what it started. */
    void start() throws LaunchException {
        long startedAt = System.nanoTime();
        try {
            List<ServiceModule> modules = modulesToStart();
            requireNoEarlierRunStillRunning();
            requirePortsFree(modules);
            serviceInstances = instancesOf(modules);
            log.info("Data in {}, logs in {}", options.dataDir(), options.logsDir());
            prepareAotCaches(modules);

            // First, and waited for only once the broker is: it needs neither, and every service needs it. Unless
            // its AOT cache is still to be trained: then with the others', once the broker is there.
            ChildJvm authServer = null;
            if (modules.contains(ServiceModule.AUTH_SERVER) && !needsTraining(ServiceModule.AUTH_SERVER)) {
                authServer = startAuthServer();
            }
            options.externalIssuer().ifPresent(issuer ->
                    log.info("Trusting the external issuer {}; the embedded auth server is not started", issuer));

            // Side by side: neither needs the other.
            log.info("Starting MongoDB (H2 file store, its own JVM) on port {}", options.mongoPort());
            mongo = register(startMongo());
            log.info("Starting Kafka (KRaft) on port {}", options.kafkaPort());
            kafka = register(startKafka());
            if (Clamd.isInstalled()) {
                log.info("Starting ClamAV's clamd, the virus scanner, on port {}", options.clamdPort());
                clamd = register(startClamd());
                announceSignatures(clamd);
            } else {
                log.warn("ClamAV's clamd is not installed, so every upload will be refused (503) for want of a virus"
                        + " scanner: install it with {} (bin/run does, as root)", Clamd.INSTALL_COMMAND);
            }
            mongo.awaitReady(options.readyTimeout());
            readyAfter.put(mongo.name(), Duration.ofNanos(System.nanoTime() - startedAt));
            kafka.awaitReady(options.readyTimeout());
            readyAfter.put(kafka.name(), Duration.ofNanos(System.nanoTime() - startedAt));
            if (clamd != null) {
                clamd.awaitReady(options.readyTimeout());
                readyAfter.put(clamd.name(), Duration.ofNanos(System.nanoTime() - startedAt));
            }

            // The console reads the issuer's metadata as it starts, its training run too: it trains once the auth
            // server is ready.
            trainAotCaches(modules.stream().filter(module -> !module.isConsole()).toList());
            if (modules.contains(ServiceModule.AUTH_SERVER) && authServer == null) {
                authServer = startAuthServer();
            }
            if (authServer != null) {
                awaitReady(ServiceModule.AUTH_SERVER, authServer);
                readyAfter.put(ServiceModule.AUTH_SERVER.name(), Duration.ofNanos(System.nanoTime() - startedAt));
            }
            trainAotCaches(modules.stream().filter(ServiceModule::isConsole).toList());

            ServiceGroup services = register(new ServiceGroup("services"));
            Map<ServiceInstance, ChildJvm> started = new LinkedHashMap<>();
            for (ServiceInstance instance : serviceInstances) {
                log.info("Starting {} on port {}", instance.name(), instance.port());
                ChildJvm jvm = startModule(instance.module(), instance.name(), instance.port());
                services.add(jvm);
                started.put(instance, jvm);
                children.put(instance.name(), jvm);
            }
            // Beside the services, not after them: the gateway needs none of them to start (a stage not ready yet
            // answers with the gateway's 503), nor the console the gateway (it calls the API when a page asks), and
            // the start is over when the last of them is ready.
            Map<ServiceModule, ChildJvm> fronts = new LinkedHashMap<>();
            for (ServiceModule front : List.of(ServiceModule.GATEWAY, ServiceModule.CONSOLE)) {
                if (modules.contains(front)) {
                    log.info("Starting the {} on port {}", front.name(), options.httpPort(front));
                    fronts.put(front, register(startModule(front)));
                }
            }
            for (Map.Entry<ServiceInstance, ChildJvm> service : started.entrySet()) {
                ServiceInstance instance = service.getKey();
                awaitReady(instance.module(), instance.name(), service.getValue(), baseUrl(instance.port()));
                readyAfter.put(instance.name(), Duration.ofNanos(System.nanoTime() - startedAt));
                instanceUrls.put(instance.name(), baseUrl(instance.port()));
                if (instance.number() == 1) {
                    serviceUrls.put(instance.module().name(), baseUrl(instance.port()));
                }
            }
            for (Map.Entry<ServiceModule, ChildJvm> front : fronts.entrySet()) {
                awaitReady(front.getKey(), front.getValue());
                readyAfter.put(front.getKey().name(), Duration.ofNanos(System.nanoTime() - startedAt));
                children.put(front.getKey().name(), front.getValue());
            }
            if (fronts.containsKey(ServiceModule.GATEWAY)) {
                gatewayUrl = baseUrl(ServiceModule.GATEWAY);
            }
            if (authServer != null) {
                children.put(ServiceModule.AUTH_SERVER.name(), authServer);
            }
            superviseOnceStarted(services);
        } catch (LaunchException | RuntimeException e) {
            boolean interrupted = closing; // Ctrl-C while starting: the failure is the stop, not a component's fault
            close();
            if (interrupted) {
                throw new LaunchException("stopped while starting", e);
            }
            throw e;
        }
    }

    /**
     * The base URL of every running instance of a service by its name: the module's for the first, e.g.
     * {@code referral-service}, and {@code referral-service-2} for the second.
     */
    public Map<String, URI> instanceUrls() {
        return Map.copyOf(instanceUrls);
    }

    /**
     * Kills one instance of a service by its name ({@link #instanceUrls()}) with SIGKILL: no shutdown hook runs and
     * nothing is flushed, as when its machine fails, and it stays down: for tests of what the other instances take
     * over. One that dies unasked (a crash, a {@code kill -9} from outside, {@link #crash(String)}) is started again
     * by the supervisor.
     */
    public void kill(String instanceName) {
        ChildJvm instance = instanceUrls.containsKey(instanceName) ? children.get(instanceName) : null;
        if (instance == null) {
            throw new IllegalArgumentException("no service instance named " + instanceName + "; running: "
                    + instanceUrls.keySet());
        }
        log.info("Killing {}", instanceName);
        instance.kill();
    }

    /**
     * Everything {@link #crash(String)} takes, by name: the store ({@code mongodb}), the broker ({@code kafka}), the
     * virus scanner ({@code clamd}) when it runs, the auth server ({@code auth-server}) when it runs, each service
     * instance ({@link #instanceUrls()}), and the gateway ({@code gateway}) and the console ({@code console}) when
     * they run.
     */
    public List<String> crashableComponents() {
        List<String> names = new ArrayList<>(List.of(EmbeddedMongo.NAME, KafkaBroker.NAME));
        if (clamd != null) {
            names.add(Clamd.NAME);
        }
        if (children.containsKey(ServiceModule.AUTH_SERVER.name())) {
            names.add(ServiceModule.AUTH_SERVER.name());
        }
        names.addAll(instanceUrls.keySet());
        for (ServiceModule front : List.of(ServiceModule.GATEWAY, ServiceModule.CONSOLE)) {
            if (children.containsKey(front.name())) {
                names.add(front.name());
            }
        }
        return List.copyOf(names);
    }

    /**
     * Kills one component ({@link #crashableComponents()}) with SIGKILL, as a crash or a {@code kill -9} from outside
     * would, and returns once it is gone: nothing is flushed and no shutdown hook runs, and the supervisor starts it
     * again after its pause, as after any death it was not asked for. {@link #isReady(String)} says when it serves
     * again. For tests of what the platform loses, and keeps, when a part of it fails.
     *
     * @throws IllegalArgumentException for a name not among {@link #crashableComponents()}
     */
    public void crash(String component) {
        ChildJvm jvm = jvmOf(component);
        log.info("Crashing {} (SIGKILL; the supervisor starts it again)", component);
        jvm.crash();
    }

    /**
     * Whether a component ({@link #crashableComponents()}) serves now, by the check the launcher waits on at the start:
     * the store answers MongoDB's {@code ping}, the broker lets the admin sign in and lists itself, clamd answers
     * {@code PING}, the others' {@code /actuator/health/readiness} (the console's under {@code /console}) is UP. False
     * while it is down or being started again after a crash; one look, within a few seconds, so poll it.
     *
     * @throws IllegalArgumentException for a name not among {@link #crashableComponents()}
     */
    public boolean isReady(String component) {
        ChildJvm jvm = jvmOf(component);
        if (component.equals(EmbeddedMongo.NAME)) {
            return mongo.isReady();
        }
        if (component.equals(KafkaBroker.NAME)) {
            return kafka.isReady();
        }
        if (component.equals(Clamd.NAME)) {
            return clamd.isReady();
        }
        try {
            return jvm.isAlive() && Readiness.httpReadiness(component, readinessUrl(moduleOf(component),
                    baseUrlOf(component))).isReady();
        } catch (LaunchException e) {
            return false; // no readiness group: it never will be
        }
    }

    /** The JVM running the component named {@code component} now. */
    private ChildJvm jvmOf(String component) {
        if (!crashableComponents().contains(component)) {
            throw new IllegalArgumentException("no component named " + component + "; there are "
                    + crashableComponents());
        }
        return switch (component) {
            case EmbeddedMongo.NAME -> mongo.jvm();
            case KafkaBroker.NAME -> kafka.jvm();
            case Clamd.NAME -> clamd.process();
            default -> children.get(component);
        };
    }

    private URI baseUrlOf(String component) {
        URI instance = instanceUrls.get(component);
        return instance != null ? instance : baseUrl(ServiceModule.byName(component).orElseThrow());
    }

    /** The module a component named by {@link #crashableComponents()} runs: a service instance's, or its own. */
    private ServiceModule moduleOf(String component) {
        return serviceInstances.stream().filter(instance -> instance.name().equals(component))
                .map(ServiceInstance::module).findFirst()
                .orElseGet(() -> ServiceModule.byName(component).orElseThrow());
    }

    /** The gateway's base URL, if its jar existed. */
    public Optional<URI> gatewayUrl() {
        return Optional.ofNullable(gatewayUrl);
    }

    /**
     * The web console's address as a browser reaches it, if it runs: through the gateway, under {@code /console/}, on
     * 127.0.0.1 (the address the auth server knows the console by: on {@code localhost} a browser would send the
     * auth server's and the console's cookies to each other); its own address where the gateway does not run.
     */
    public Optional<URI> consoleUrl() {
        if (!readyAfter.containsKey(ServiceModule.CONSOLE.name())) {
            return Optional.empty();
        }
        return Optional.of(gatewayUrl().orElseGet(() -> baseUrl(ServiceModule.CONSOLE))
                .resolve(ServiceModule.CONSOLE.contextPath() + "/"));
    }

    /**
     * The issuer the services and the gateway trust: the external one given ({@code --issuer-uri}), else the embedded
     * auth server's, {@code http://localhost:<its port>}: where tokens come from ({@link Tokens}), and the {@code iss}
     * the services accept. Named {@code localhost}, not an address, because the services compare it.
     */
    public URI issuerUri() {
        return options.externalIssuer()
                .orElseGet(() -> URI.create("http://localhost:" + options.httpPort(ServiceModule.AUTH_SERVER)));
    }

    /** The base URL of each running stage service and partner-service, by module name (e.g. {@code intake-service}). */
    public Map<String, URI> serviceUrls() {
        return Map.copyOf(serviceUrls);
    }

    /**
     * How long after the start each component was ready (the store, the broker, the auth server, each service, the
     * gateway, the console), in the order they became ready: the start-up figures of {@code bin/bench}. The services
     * start together, so each one's time includes the others' competition for the cores.
     */
    public Map<String, Duration> readyAfter() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(readyAfter));
    }

    /**
     * The process id of each component, every one a process of its own (the auth server, the store as {@code mongodb},
     * the broker as {@code kafka}, the virus scanner as {@code clamd}, each service instance, the gateway, the
     * console), by name: what {@code bin/bench} reads the resident memory of. A component started again after a death
     * has a new one.
     */
    public synchronized Map<String, Long> processIds() {
        Map<String, Long> pids = new LinkedHashMap<>();
        running.forEach(component -> pids.putAll(component.processIds()));
        return pids;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /**
     * What a plain Kafka client needs to connect as one of the broker's users ({@link KafkaAccessList#PARTNER},
     * {@link KafkaAccessList#ADMIN}, a service's name): the bootstrap address, SASL_PLAINTEXT, SCRAM-SHA-512
     * and the user's password. It may then do what {@link KafkaAccessList} allows that user, no more.
     */
    public Map<String, Object> kafkaClientProperties(String user) {
        return kafka.clientProperties(user);
    }

    /**
     * Stops the broker, runs {@code outage} while it is away, then starts it again on the same log and waits for
     * it: what a broker restart or a network cut looks like to the services, for tests of what survives one.
     */
    public void withKafkaDown(Runnable outage) throws LaunchException {
        log.info("Stopping Kafka for an outage");
        kafka.stop();
        try {
            outage.run();
        } finally {
            log.info("Starting Kafka again after the outage");
            restartKafka();
        }
    }

    /**
     * From here on a component that dies without being asked to stop is started again ({@link Supervisor}): each
     * service instance, the gateway, the console, the auth server, the broker, the store and clamd. The services'
     * MongoDB drivers and Kafka clients connect again by themselves, and their scanner client at the next upload.
     */
    private void superviseOnceStarted(ServiceGroup services) {
        for (ServiceInstance instance : serviceInstances) {
            supervisor.watch(instance.name(), () -> restart(instance.module(), instance.name(), instance.port(),
                    services));
        }
        for (ServiceModule module : List.of(ServiceModule.GATEWAY, ServiceModule.CONSOLE, ServiceModule.AUTH_SERVER)) {
            if (children.containsKey(module.name())) {
                supervisor.watch(module.name(), () -> restart(module, module.name(), options.httpPort(module), null));
            }
        }
        supervisor.watch(kafka.name(), this::restartKafka);
        supervisor.watch(mongo.name(), this::restartMongo);
        if (clamd != null) {
            supervisor.watch(clamd.name(), this::restartClamd);
        }
    }

    /** Starts the child named {@code name} again in its place (in its group, if any) and waits until it is ready. */
    private void restart(ServiceModule module, String name, int port, ServiceGroup group) throws LaunchException {
        ChildJvm restarted = startModule(module, name, port);
        synchronized (this) {
            if (closing) {
                restarted.stop();
                return;
            }
            ChildJvm died = children.put(name, restarted);
            if (group != null) {
                group.replace(died, restarted);
            } else {
                replaceRunning(died, restarted);
            }
        }
        awaitReady(module, name, restarted, baseUrl(port));
    }

    private void restartKafka() throws LaunchException {
        KafkaBroker restarted = startKafka();
        synchronized (this) {
            if (closing) {
                restarted.stop();
                return;
            }
            replaceRunning(kafka, restarted);
            kafka = restarted;
        }
        restarted.awaitReady(options.readyTimeout());
    }

    /** On the same file: every write it answered before it died is there ({@link DurableH2Backend}). */
    private void restartMongo() throws LaunchException {
        EmbeddedMongo restarted = startMongo();
        synchronized (this) {
            if (closing) {
                restarted.stop();
                return;
            }
            replaceRunning(mongo, restarted);
            mongo = restarted;
        }
        restarted.awaitReady(options.readyTimeout());
    }

    /** With the configuration and signatures written afresh. */
    private void restartClamd() throws LaunchException {
        Clamd restarted = startClamd();
        synchronized (this) {
            if (closing) {
                restarted.stop();
                return;
            }
            replaceRunning(clamd, restarted);
            clamd = restarted;
        }
        restarted.awaitReady(options.readyTimeout());
    }

    private synchronized void replaceRunning(Component stopped, Component restarted) {
        List<Component> order = new ArrayList<>(running);
        order.replaceAll(component -> component == stopped ? restarted : component);
        running.clear();
        running.addAll(order);
    }

    /** The MongoDB connection string of one database, e.g. {@code mongoUri("intake")}. */
    public String mongoUri(String database) {
        return mongo.uri(database);
    }

    public Path dataDir() {
        return options.dataDir();
    }

    public Path logsDir() {
        return options.logsDir();
    }

    /** Where everything is, for people: the URLs, Kafka, MongoDB, the missing jars, logs and data. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        String row = "  %-20s %s%n";
        consoleUrl().ifPresent(url -> text.append(String.format(row, ServiceModule.CONSOLE.name(), url + "   "
                + describeConsoleSignIn())));
        gatewayUrl().ifPresent(url -> text.append(String.format(row, "gateway", url)));
        if (readyAfter.containsKey(ServiceModule.AUTH_SERVER.name())) {
            text.append(String.format(row, ServiceModule.AUTH_SERVER.name(), issuerUri()
                    + "   a token: bin/token worker.alex (users and clients: auth-server/README.md)"));
        }
        options.externalIssuer().ifPresent(issuer -> text.append(String.format(row, "issuer", issuer
                + "   (external; a token: bin/token --issuer " + issuer + " <user>)")));
        instanceUrls.forEach((name, url) -> text.append(String.format(row, name,
                url + "   OpenAPI " + url.resolve(OPENAPI_PATH))));
        text.append(String.format(row, "Kafka bootstrap", kafkaBootstrapServers()));
        text.append(String.format(row, "events, e.g.", kcat(KafkaAccessList.PARTNER)
                + " -C -t case.opened -f '%h\\n%k %s\\n'"));
        KafkaAccessList.PARTNER_AGENCIES.stream().findFirst().ifPresent(agency -> text.append(String.format(row,
                "a partner's feed", kcat(KafkaAccessList.partnerUser(agency)) + " -C -t "
                        + EventCatalog.partnerFeed(agency) + " -f '%h\\n%k %s\\n'   (its user reads nothing else)")));
        text.append(String.format(row, "Kafka users", "every client signs in (SASL/SCRAM-SHA-512); passwords in "
                + kafka.credentials().passwordFile(KafkaAccessList.PARTNER).getParent()
                + "/<user>.password, e.g. partner-reader (reads events), admin (also reads dead letters)"));
        text.append(String.format(row, "MongoDB", mongoUri("<stage>") + "   (one database per service: "
                + ServiceModule.STAGE_SERVICES.stream().map(ServiceModule::stage).collect(Collectors.joining(", "))
                + ")"));
        text.append(String.format(row, "virus scanner", describeScanner()));
        if (!missingJars.isEmpty()) {
            text.append(String.format(row, "not built", missingJars.stream().map(ServiceModule::name)
                    .collect(Collectors.joining(", ")) + "   (no jar: run ./mvnw -DskipTests package first)"));
        }
        text.append(String.format(row, "logs", options.logsDir()));
        text.append(String.format(row, "data", options.dataDir() + "   (stop, then delete it to start afresh)"));
        return text.toString();
    }

    private String describeConsoleSignIn() {
        if (gatewayUrl == null) {
            return "(the gateway is not running, so its pages cannot reach the API)";
        }
        return options.externalIssuer().map(issuer -> "sign in with a user of " + issuer)
                .orElse("sign in as worker.alex, supervisor.sam or provider.pat (password demo)");
    }

    private String describeScanner() {
        if (clamd == null) {
            return "none: clamd is not installed, so uploads are refused (503); " + Clamd.INSTALL_COMMAND;
        }
        return "clamd " + clamd.host() + ":" + clamd.port() + (clamd.hasTestSignatureOnly()
                ? "   (the EICAR test signature only: no freshclam database on this machine)"
                : "   (freshclam's database in " + clamd.databaseDirectory() + ")");
    }

    /** A kcat command line signed in as {@code user}, its password read from its file when it runs. */
    private String kcat(String user) {
        return "kcat -b " + kafkaBootstrapServers() + " -X security.protocol=" + KafkaCredentials.SECURITY_PROTOCOL
                + " -X sasl.mechanisms=PLAIN -X sasl.username=" + user
                + " -X sasl.password=$(cat " + kafka.credentials().passwordFile(user) + ")";
    }

    /** Blocks until {@link #close()} has stopped everything. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /**
     * Stops the console, the gateway, the services, clamd, the broker, the store (which closes its file), then the auth
     * server; safe to call twice.
     */
    @Override
    public void close() {
        synchronized (this) {
            closing = true; // a restart under way sees it before it joins the running components
        }
        supervisor.close();
        Component component;
        while ((component = nextToStop()) != null) {
            log.info("Stopping {}", component.name());
            try {
                component.stop();
            } catch (RuntimeException e) {
                log.warn("Stopping {} failed: {}", component.name(), e.toString());
            }
        }
        if (closed.getCount() > 0) {
            log.info("Stopped");
        }
        closed.countDown();
        if (Thread.currentThread() != closeOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(closeOnExit);
            } catch (IllegalStateException alreadyExiting) {
                // the hook is running or about to: it finds nothing left to stop
            }
        }
    }

    private synchronized Component nextToStop() {
        return running.pollLast();
    }

    /** Forgets a component that has stopped by itself, before {@link #close()} would stop it. */
    private synchronized void unregister(Component component) {
        running.remove(component);
    }

    /** Keeps a started component for {@link #close()}; one that starts while closing is stopped at once. */
    private <C extends Component> C register(C component) throws LaunchException {
        synchronized (this) {
            if (!closing) {
                running.addLast(component);
                return component;
            }
        }
        component.stop();
        throw new LaunchException("stopped while starting");
    }

    /** The modules whose jars are there, in start order, those not built noted for {@link #describe()}. */
    List<ServiceModule> modulesToStart() throws LaunchException {
        List<ServiceModule> modules = new ArrayList<>();
        for (ServiceModule module : ServiceModule.all()) {
            boolean named = options.selectedModules().contains(module.name());
            // The auth server is not a choice among the services but what they all need, like the broker; an
            // external issuer takes its place.
            if (module.isAuthServer() && options.externalIssuer().isPresent()) {
                continue;
            }
            if (!options.selectedModules().isEmpty() && !named && !module.isAuthServer()) {
                continue;
            }
            if (Files.isRegularFile(module.jar(options.repoDir()))) {
                modules.add(module);
            } else if (!named) {
                log.warn("{} is not built ({} is missing): run ./mvnw -DskipTests package first; starting the rest",
                        module.name(), module.jar(options.repoDir()));
                missingJars.add(module);
            } else {
                throw new LaunchException(module.name() + " was asked for but " + module.jar(options.repoDir())
                        + " is missing: run ./mvnw -DskipTests package first");
            }
        }
        return modules;
    }

    /**
     * A launcher killed with SIGKILL leaves its children running (they are in their own session). Each child's
     * command line names a file under the data directory (the broker's config, a service's crash report), so they
     * are recognisable; starting beside them would fail on locks and ports, less clearly.
     */
    private void requireNoEarlierRunStillRunning() throws LaunchException {
        String dataDirPrefix = options.dataDir() + File.separator;
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                // Only JVMs and clamd: a `tail -f data/logs/...` in another terminal is no obstacle.
                .filter(process -> process.info().command()
                        .filter(command -> command.endsWith("java") || command.endsWith("/" + Clamd.NAME)).isPresent())
                .filter(process -> process.info().commandLine()
                        .filter(commandLine -> commandLine.contains(dataDirPrefix)).isPresent())
                .toList();
        if (!leftovers.isEmpty()) {
            throw new LaunchException("processes of another run on " + options.dataDir()
                    + " are still running (its launcher is running still, or was killed):\n"
                    + leftovers.stream().map(process -> "    " + process.pid() + " "
                            + process.info().commandLine().orElse("")).collect(Collectors.joining("\n"))
                    + "\n  stop them (kill " + leftovers.stream().map(process -> String.valueOf(process.pid()))
                            .collect(Collectors.joining(" ")) + ") or use another --data-dir");
        }
    }

    /** Fails before anything starts, naming the flag to change, rather than in a child's log later. */
    private void requirePortsFree(List<ServiceModule> modules) throws LaunchException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("--mongo-port", options.mongoPort());
        ports.put("--kafka-port", options.kafkaPort());
        ports.put("--kafka-controller-port", options.kafkaControllerPort());
        ports.put("--clamd-port", options.clamdPort());
        modules.forEach(module -> ports.put("--" + module.name() + "-port", options.httpPort(module)));
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            try (ServerSocket probe = new ServerSocket(port.getValue())) {
                probe.close();
            } catch (IOException e) {
                throw new LaunchException("port " + port.getValue() + " is in use (is the platform already running?"
                        + " stop it, or choose another port with " + port.getKey() + ")", e);
            }
        }
    }

    private ChildJvm startAuthServer() throws LaunchException {
        log.info("Starting the auth server on port {}, issuer {}", options.httpPort(ServiceModule.AUTH_SERVER),
                issuerUri());
        return register(startModule(ServiceModule.AUTH_SERVER));
    }

    private ChildJvm startModule(ServiceModule module) throws LaunchException {
        return startModule(module, module.name(), options.httpPort(module));
    }

    /**
     * One instance of the module, named {@code name} and listening on {@code port}: from its AOT cache's directory,
     * with the cache once trained; without one, from a copy of its jar.
     */
    private ChildJvm startModule(ServiceModule module, String name, int port) throws LaunchException {
        AotCache cache = aotCaches.get(module);
        List<String> arguments = cache == null
                ? jvmArguments(module, name, port, List.of(), runningCopyOf(module))
                : jvmArguments(module, name, port, cache.runOptions(), cache.jar());
        return ChildJvm.start(name, arguments, environment(module), options.dataDir(), options.logsDir(),
                this::reportUnexpectedExit);
    }

    /** What {@code java} is given to run a module, or to train its AOT cache: the same but for {@code aotOptions}. */
    private List<String> jvmArguments(ServiceModule module, String name, int port, List<String> aotOptions,
                                      Path jar) {
        List<String> arguments = new ArrayList<>();
        arguments.add("-Xmx" + options.heap());
        arguments.addAll(SERVICE_JVM_OPTIONS);
        // Next to its log rather than in the data directory's root; and a file under the data directory on the
        // command line, by which a later start recognises a child left running (the jar may be outside it).
        arguments.add("-XX:ErrorFile=" + options.logsDir().resolve(name + "-hs_err_pid%p.log"));
        arguments.addAll(aotOptions);
        arguments.add("-jar");
        arguments.add(jar.toString());
        arguments.add("--server.port=" + port);
        arguments.addAll(bindingArguments(module));
        arguments.addAll(applicationArguments(module, name, port));
        return arguments;
    }

    private List<String> applicationArguments(ServiceModule module, String name, int port) {
        if (module.isAuthServer()) {
            return authServerArguments();
        }
        if (module.isConsole()) {
            return consoleArguments();
        }
        return module.isGateway() ? gatewayArguments() : stageServiceArguments(module, name, port);
    }

    /**
     * Every service of the modules to start, as many times as the options say: the first instance on the module's
     * port, the others on ports free now.
     */
    private List<ServiceInstance> instancesOf(List<ServiceModule> modules) {
        Set<Integer> taken = new HashSet<>(options.httpPorts().values());
        taken.addAll(List.of(options.mongoPort(), options.kafkaPort(), options.kafkaControllerPort(),
                options.clamdPort()));
        List<ServiceInstance> all = new ArrayList<>();
        for (ServiceModule module : modules) {
            if (module.isBackendService()) {
                all.add(new ServiceInstance(module, 1, options.httpPort(module)));
                for (int number = 2; number <= options.instancesOf(module); number++) {
                    all.add(new ServiceInstance(module, number, LaunchOptions.freePort(taken)));
                }
            }
        }
        return List.copyOf(all);
    }

    private Map<String, String> environment(ServiceModule module) throws LaunchException {
        if (module.isAuthServer()) {
            return Map.of(AUTH_ISSUER_VARIABLE, issuerUri().toString());
        }
        if (module.isConsole()) {
            return consoleEnvironment();
        }
        return module.isGateway() ? resourceServerEnvironment() : stageServiceEnvironment(module);
    }

    /**
     * Extracts each module's jar for its AOT cache, all at once, unless turned off or this JDK (the children's,
     * {@link ChildJvm}) has no such cache. A module whose jar cannot be extracted runs from a copy, without one.
     */
    private void prepareAotCaches(List<ServiceModule> modules) {
        if (!options.aotCache() || !AotCache.isSupported()) {
            return;
        }
        try (ExecutorService extractions = Executors.newVirtualThreadPerTaskExecutor()) {
            modules.forEach(module -> extractions.submit(() -> prepareAotCache(module)));
        }
    }

    private void prepareAotCache(ServiceModule module) {
        try {
            aotCaches.put(module, AotCache.prepare(module, options.repoDir(),
                    options.logsDir().resolve(module.name() + "-aot-extraction.log"), options.readyTimeout()));
        } catch (LaunchException | RuntimeException e) {
            log.warn("{} starts without an AOT cache: {}", module.name(), e.getMessage());
        }
    }

    private boolean needsTraining(ServiceModule module) {
        AotCache cache = aotCaches.get(module);
        return cache != null && !cache.isTrained();
    }

    /**
     * Trains the AOT cache of every module that has none yet, all at once, as they would start anyway: the JVM
     * options, environment and arguments of its start, against the running store and broker (a service's context
     * needs both), until Spring has refreshed its context. A module whose training fails starts without a cache.
     */
    private void trainAotCaches(List<ServiceModule> modules) throws LaunchException {
        List<ServiceModule> untrained = modules.stream().filter(this::needsTraining).toList();
        if (untrained.isEmpty()) {
            return;
        }
        ServiceGroup trainings = register(new ServiceGroup("AOT cache trainings"));
        try {
            Map<ServiceModule, ChildJvm> started = new LinkedHashMap<>();
            Map<ServiceModule, Path> outputs = new HashMap<>();
            for (ServiceModule module : untrained) {
                log.info("Training the AOT cache of {} (once per build)", module.name());
                AotCache cache = aotCaches.get(module);
                Path output = cache.newTrainingOutput();
                ChildJvm training = ChildJvm.start(module.name() + "-aot-training",
                        jvmArguments(module, module.name(), options.httpPort(module),
                                AotCache.trainingOptions(output), cache.jar()), environment(module),
                        options.dataDir(), options.logsDir(), ended -> { });
                trainings.add(training);
                started.put(module, training);
                outputs.put(module, output);
            }
            Instant deadline = Instant.now().plus(options.readyTimeout());
            for (Map.Entry<ServiceModule, ChildJvm> training : started.entrySet()) {
                finishTraining(training.getKey(), training.getValue(), outputs.get(training.getKey()), deadline);
            }
        } finally {
            trainings.stop(); // those still running when another failed
            unregister(trainings);
        }
    }

    private void finishTraining(ServiceModule module, ChildJvm training, Path output, Instant deadline)
            throws LaunchException {
        AotCache cache = aotCaches.get(module);
        try {
            boolean ended = training.awaitExit(Duration.between(Instant.now(), deadline));
            if (closing) {
                throw new LaunchException("stopped while starting");
            }
            if (!ended) {
                training.stop();
                log.warn("Training the AOT cache of {} took more than {} s (--ready-timeout); it starts without one,"
                        + " see {}", module.name(), options.readyTimeout().toSeconds(), training.logFile());
            } else if (training.exitCode() != 0) {
                log.warn("Training the AOT cache of {} failed with exit code {}; it starts without one, see {}",
                        module.name(), training.exitCode(), training.logFile());
            } else if (!cache.keep(output)) {
                log.warn("Training the AOT cache of {} wrote none; it starts without one, see {}", module.name(),
                        training.logFile());
            }
            cache.discard(output);
        } catch (IOException e) {
            log.warn("The AOT cache of {} could not be kept; it starts without one: {}", module.name(),
                    e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while training the AOT cache of " + module.name(), e);
        }
    }

    /**
     * Every component but the gateway on {@link #LOOPBACK_ADDRESS}, the console too (it is reached through the
     * gateway); the gateway where its configuration says.
     */
    static List<String> bindingArguments(ServiceModule module) {
        return module.isGateway() ? List.of() : List.of("--server.address=" + LOOPBACK_ADDRESS);
    }

    /**
     * The jar to run without an AOT cache: a copy under {@code <data>/jars}, because a build that rewrites {@code target/<module>.jar}
     * under a running JVM breaks it (classes not yet loaded are read from the new file's offsets).
     */
    private Path runningCopyOf(ServiceModule module) throws LaunchException {
        Path built = module.jar(options.repoDir());
        Path copy = options.dataDir().resolve("jars").resolve(built.getFileName());
        try {
            Files.createDirectories(copy.getParent());
            boolean current = Files.exists(copy) && Files.size(copy) == Files.size(built)
                    && Files.getLastModifiedTime(copy).equals(Files.getLastModifiedTime(built));
            if (!current) {
                Files.copy(built, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            return copy;
        } catch (IOException e) {
            throw new LaunchException("could not copy " + built + " to " + copy + ": " + e.getMessage(), e);
        }
    }

    /** Its signing key under the data directory: a restarted platform still accepts the tokens issued before. */
    private List<String> authServerArguments() {
        return List.of("--casemgmt.auth.key-store-dir=" + options.dataDir().resolve("auth"));
    }

    /** Whether the auth server started or not: without it every request is refused, which says what is missing. */
    private Map<String, String> resourceServerEnvironment() {
        return Map.of(ISSUER_URI_VARIABLE, issuerUri().toString());
    }

    /**
     * Besides the issuer, the master key the services wrap their clients' data keys with, and the service's own
     * sign-in on the broker, as {@code User:<module name>}.
     */
    private Map<String, String> stageServiceEnvironment(ServiceModule module) throws LaunchException {
        Map<String, String> environment = new HashMap<>(resourceServerEnvironment());
        environment.putAll(MasterKey.environment(options.dataDir().resolve("privacy")));
        environment.putAll(kafka.credentials().springEnvironment(module.name()));
        return environment;
    }

    /**
     * The actuator stays on the service's own port, where the platform then exposes health alone: the readiness
     * checked here answers there, and no management port (9081, 9082... in the services' configuration) can clash
     * with a second platform on this machine. The virus scanner's address is given whether clamd runs or not: where it
     * does not, nothing answers there, and the service refuses uploads.
     */
    private List<String> stageServiceArguments(ServiceModule module, String name, int port) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.mongodb.uri=" + mongo.uri(module.stage()),
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--" + SCANNER_HOST_PROPERTY + "=" + Clamd.HOST,
                "--" + SCANNER_PORT_PROPERTY + "=" + options.clamdPort(),
                "--management.server.port=" + port));
        if (module.equals(ServiceModule.PARTNER_SERVICE)) {
            // Kafka Streams' default, <java.io.tmpdir>/kafka-streams, is locked by the first platform on the machine,
            // and a state directory is locked by its instance.
            arguments.add("--spring.kafka.streams.state-dir=" + options.dataDir().resolve("kafka-streams")
                    .resolve(name));
        }
        return arguments;
    }

    /**
     * The issuer the console signs its users in with, as an OAuth2 client (it reads the issuer's metadata as it
     * starts); the gateway, through which it calls the API with their tokens; and its own sign-in on the broker, as
     * {@code User:console}.
     */
    private Map<String, String> consoleEnvironment() {
        Map<String, String> environment = new HashMap<>(kafka.credentials().springEnvironment(KafkaAccessList.CONSOLE));
        environment.put(CONSOLE_ISSUER_URI_VARIABLE, issuerUri().toString());
        environment.put(CONSOLE_API_URL_VARIABLE, baseUrl(ServiceModule.GATEWAY).toString());
        return environment;
    }

    /** The broker, whose published topics it follows to update the pages its users have open. */
    private List<String> consoleArguments() {
        return List.of("--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());
    }

    /**
     * Every stage's URL, started or not: the gateway answers for a stopped one with its 503 fallback. A stage with
     * several instances is a load-balanced name, {@code lb://<module>}, whose instances the gateway is given. The
     * console's, started or not, so that {@code /console/} never reaches another platform's console on its default
     * port.
     */
    private List<String> gatewayArguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add("--casemgmt.console.url=" + baseUrl(ServiceModule.CONSOLE));
        for (ServiceModule module : ServiceModule.STAGE_SERVICES) {
            List<ServiceInstance> running = serviceInstances.stream()
                    .filter(instance -> instance.module().equals(module)).toList();
            if (running.size() < 2) {
                arguments.add("--casemgmt.services." + module.stage() + ".url=" + baseUrl(options.httpPort(module)));
                continue;
            }
            arguments.add("--casemgmt.services." + module.stage() + ".url=lb://" + module.name());
            for (int i = 0; i < running.size(); i++) {
                arguments.add("--spring.cloud.discovery.client.simple.instances." + module.name() + "[" + i + "].uri="
                        + baseUrl(running.get(i).port()));
            }
        }
        return arguments;
    }

    private void awaitReady(ServiceModule module, ChildJvm jvm) throws LaunchException {
        awaitReady(module, module.name(), jvm, baseUrl(module));
    }

    private void awaitReady(ServiceModule module, String name, ChildJvm jvm, URI baseUrl) throws LaunchException {
        Readiness.await(jvm, options.readyTimeout(), Readiness.httpReadiness(name, readinessUrl(module, baseUrl)));
        log.info("{} is ready at {}", name, baseUrl);
    }

    /** Spring Boot's readiness group, under the module's context path. */
    private static URI readinessUrl(ServiceModule module, URI baseUrl) {
        return baseUrl.resolve(module.contextPath() + READINESS_PATH);
    }

    private URI baseUrl(ServiceModule module) {
        return baseUrl(options.httpPort(module));
    }

    private static URI baseUrl(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private EmbeddedMongo startMongo() throws LaunchException {
        return EmbeddedMongo.start(options.dataDir().resolve("mongo"), options.logsDir(), options.mongoPort(),
                this::reportUnexpectedExit);
    }

    private Clamd startClamd() throws LaunchException {
        return Clamd.start(options.dataDir().resolve("clamav"), options.logsDir(), options.clamdPort(),
                this::reportUnexpectedExit);
    }

    /** Plainly, at every start, when it scans for the test file alone. */
    private static void announceSignatures(Clamd clamd) {
        if (clamd.hasTestSignatureOnly()) {
            log.warn("ClamAV: no virus database on this machine ({} holds none: freshclam downloads it from ClamAV's"
                    + " update servers, which machines without Internet access cannot reach), so clamd loads only the"
                    + " local test signature {}: it detects the EICAR test file and nothing else. In production"
                    + " freshclam keeps ClamAV's database current (docker compose's clamav/clamav image runs it;"
                    + " docs/operations.md).", Clamd.FRESHCLAM_DATABASE,
                    clamd.databaseDirectory().resolve(Clamd.TEST_SIGNATURE_FILE));
        } else {
            log.info("ClamAV: clamd loads freshclam's database from {}", clamd.databaseDirectory());
        }
    }

    private KafkaBroker startKafka() throws LaunchException {
        return KafkaBroker.start(options.dataDir().resolve("kafka"), options.logsDir(), options.kafkaPort(),
                options.kafkaControllerPort(), options.kafkaHeap(), options.partitions(), this::reportUnexpectedExit);
    }

    private void reportUnexpectedExit(ChildJvm child) {
        if (!closing) {
            log.error("{} stopped unexpectedly with exit code {}; {}", child.name(), child.exitCode(),
                    child.logExcerpt());
            supervisor.died(child.name());
        }
    }

    /** One running copy of a service: the first has the module's name and port, the others a number and a port. */
    private record ServiceInstance(ServiceModule module, int number, int port) {

        String name() {
            return number == 1 ? module.name() : module.name() + "-" + number;
        }
    }
}
