package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/** The whole start sequence, with small stand-ins for the service jars and a real store and broker. */
class PlatformIT {

    @TempDir
    Path repo;

    /** Without the AOT cache, whose own test is below: a training run each is time these tests need not spend. */
    private LaunchOptions.Builder options() {
        return LaunchOptions.builder(repo).freePorts().heap("64m").kafkaHeap("256m")
                .readyTimeout(Duration.ofSeconds(120)).aotCache(false);
    }

    @Test
    void startsEachServiceWiredToItsOwnDatabaseAndTheBrokerThenTheGatewayWiredToTheServices() throws Exception {
        serviceJar(ServiceModule.byName("intake-service").orElseThrow(), FakeService.class);
        serviceJar(ServiceModule.PARTNER_SERVICE, FakeService.class);
        serviceJar(ServiceModule.GATEWAY, FakeService.class);
        LaunchOptions options = options().build();
        int intakePort = options.httpPorts().get("intake-service");
        int gatewayPort = options.httpPort(ServiceModule.GATEWAY);

        try (Platform platform = PlatformLauncher.start(options)) {
            assertThat(platform.serviceUrls()).containsOnlyKeys("intake-service", "partner-service");
            assertThat(platform.gatewayUrl())
                    .hasValueSatisfying(url -> assertThat(url.getPort()).isEqualTo(gatewayPort));
            List<String> scanner = List.of("--casemgmt.documents.scanner.host=127.0.0.1",
                    "--casemgmt.documents.scanner.port=" + options.clamdPort());
            assertThat(arguments(options, intakePort)).contains(
                    "--server.port=" + intakePort,
                    "--spring.mongodb.uri=mongodb://127.0.0.1:" + options.mongoPort() + "/intake",
                    "--spring.kafka.bootstrap-servers=127.0.0.1:" + options.kafkaPort()).containsAll(scanner);
            assertThat(arguments(options, options.httpPort(ServiceModule.PARTNER_SERVICE)))
                    .as("its Kafka Streams state in this platform's directory, not where another platform locks it")
                    .contains("--spring.kafka.streams.state-dir="
                            + options.dataDir().resolve("kafka-streams").resolve("partner-service"))
                    .containsAll(scanner);
            assertThat(arguments(options, gatewayPort)).as("the gateway takes no upload")
                    .noneMatch(argument -> argument.startsWith("--casemgmt.documents"));
            assertThat(LocalPorts.accepts(options.clamdPort())).as("clamd listens").isEqualTo(Clamd.isInstalled());
            assertThat(platform.describe()).contains("virus scanner");
            assertThat(arguments(options, gatewayPort)).contains(
                    "--server.port=" + gatewayPort,
                    "--casemgmt.services.intake.url=http://127.0.0.1:" + intakePort,
                    "--casemgmt.services.closure.url=http://127.0.0.1:" + options.httpPorts().get("closure-service"));
            assertThat(platform.describe()).contains("planning-service", "./mvnw", options.logsDir().toString());
            assertThat(options.logsDir().resolve("intake-service.log")).exists();
            assertThat(platform.readyAfter().keySet()).containsExactlyInAnyOrderElementsOf(withClamdIfInstalled(
                    "mongodb", "kafka", "intake-service", "partner-service", "gateway"));
            assertThat(List.copyOf(platform.readyAfter().values())).as("in the order they became ready").isSorted();
            assertThat(platform.processIds().keySet()).containsExactlyInAnyOrderElementsOf(withClamdIfInstalled(
                    "mongodb", "kafka", "intake-service", "partner-service", "gateway"));
            assertThat(platform.processIds().values()).allSatisfy(pid ->
                    assertThat(ProcessHandle.of(pid)).hasValueSatisfying(ProcessHandle::isAlive));
            assertThat(options.dataDir().resolve("jars/intake-service.jar"))
                    .as("runs a copy, which a rebuild of target/ cannot change under it")
                    .hasSameBinaryContentAs(repo.resolve("intake-service/target/intake-service.jar"));
        }

        assertThat(LocalPorts.accepts(intakePort)).as("intake-service stopped").isFalse();
        assertThat(LocalPorts.accepts(gatewayPort)).as("gateway stopped").isFalse();
        assertThat(LocalPorts.accepts(options.kafkaPort())).as("broker stopped").isFalse();
        assertThat(LocalPorts.accepts(options.mongoPort())).as("store stopped").isFalse();
        assertThat(LocalPorts.accepts(options.clamdPort())).as("clamd stopped").isFalse();
    }

    @Test
    void startsTheConsoleBesideTheGatewaySignedInWithTheIssuerCallingTheGatewayAndTheGatewaySendsConsoleThere()
            throws Exception {
        serviceJar(ServiceModule.AUTH_SERVER, FakeService.class);
        serviceJar(ServiceModule.GATEWAY, FakeService.class);
        serviceJar(ServiceModule.CONSOLE, FakeConsole.class, FakeService.class);
        LaunchOptions options = options().build();
        int consolePort = options.httpPort(ServiceModule.CONSOLE);
        int gatewayPort = options.httpPort(ServiceModule.GATEWAY);
        URI gateway = URI.create("http://127.0.0.1:" + gatewayPort);

        try (Platform platform = PlatformLauncher.start(options)) {
            assertThat(arguments(options, consolePort)).contains(
                    "--server.port=" + consolePort,
                    "--server.address=127.0.0.1",
                    "--spring.kafka.bootstrap-servers=127.0.0.1:" + options.kafkaPort(),
                    Platform.CONSOLE_ISSUER_URI_VARIABLE + "=" + platform.issuerUri(),
                    Platform.CONSOLE_API_URL_VARIABLE + "=" + gateway)
                    .noneMatch(argument -> argument.startsWith("--spring.mongodb.uri")
                            || argument.startsWith("--casemgmt.documents"));
            assertThat(arguments(options, gatewayPort)).contains("--casemgmt.console.url=http://127.0.0.1:"
                    + consolePort);
            assertThat(platform.readyAfter().keySet()).containsExactlyInAnyOrderElementsOf(withClamdIfInstalled(
                    "mongodb", "kafka", "auth-server", "gateway", "console"));
            assertThat(platform.consoleUrl()).as("through the gateway, on 127.0.0.1")
                    .hasValue(gateway.resolve("/console/"));
            assertThat(platform.describe()).contains("console", gateway + "/console/", "worker.alex", "password demo");
            assertThat(platform.crashableComponents()).endsWith("gateway", "console");

            long pid = platform.processIds().get("console");
            platform.crash("console");
            await().atMost(Duration.ofSeconds(60)).until(() -> platform.isReady("console"));
            assertThat(platform.processIds().get("console")).isNotEqualTo(pid);
        }

        assertThat(LocalPorts.accepts(consolePort)).as("console stopped").isFalse();
    }

    @Test
    void severalInstancesOfAServiceEachListenOnAPortOfTheirOwnAndTheGatewayBalancesOverThem() throws Exception {
        ServiceModule referral = ServiceModule.byName("referral-service").orElseThrow();
        serviceJar(referral, FakeService.class);
        serviceJar(ServiceModule.GATEWAY, FakeService.class);
        LaunchOptions options = options().instances(referral.name(), 2).build();

        try (Platform platform = PlatformLauncher.start(options)) {
            assertThat(platform.instanceUrls()).containsOnlyKeys("referral-service", "referral-service-2");
            URI second = platform.instanceUrls().get("referral-service-2");
            assertThat(platform.serviceUrls()).containsOnlyKeys("referral-service");
            assertThat(arguments(options, second.getPort())).contains("--server.port=" + second.getPort(),
                    "--spring.mongodb.uri=mongodb://127.0.0.1:" + options.mongoPort() + "/referral");
            assertThat(arguments(options, options.httpPort(ServiceModule.GATEWAY))).contains(
                    "--casemgmt.services.referral.url=lb://referral-service",
                    "--spring.cloud.discovery.client.simple.instances.referral-service[0].uri=http://127.0.0.1:"
                            + options.httpPort(referral),
                    "--spring.cloud.discovery.client.simple.instances.referral-service[1].uri=" + second);
            assertThat(options.logsDir().resolve("referral-service-2.log")).exists();

            platform.kill("referral-service-2");
            assertThat(LocalPorts.accepts(second.getPort())).as("the killed instance").isFalse();
            assertThat(LocalPorts.accepts(options.httpPort(referral))).as("the other instance").isTrue();
        }
    }

    @Test
    void aServiceTheGatewayTheStoreOrClamdThatDiesUnaskedIsStartedAgainAfterAPauseTheStoreWithEveryWriteItAnswered()
            throws Exception {
        ServiceModule intake = ServiceModule.byName("intake-service").orElseThrow();
        serviceJar(intake, FakeService.class);
        serviceJar(ServiceModule.GATEWAY, FakeService.class);
        LaunchOptions options = options().build();

        try (Platform platform = PlatformLauncher.start(options)) {
            assertThat(platform.crashableComponents())
                    .containsExactlyElementsOf(withClamdIfInstalled("mongodb", "kafka", "intake-service", "gateway"));
            assertThatThrownBy(() -> platform.crash("planning-service")).isInstanceOf(IllegalArgumentException.class);

            try (MongoClient client = MongoClients.create(platform.mongoUri("intake"))) {
                MongoCollection<Document> clients = client.getDatabase("intake").getCollection("clients");
                long pid = platform.processIds().get("mongodb");
                clients.insertOne(new Document("_id", "client-1"));
                platform.crash("mongodb");

                assertThat(platform.isReady("mongodb")).isFalse();
                await().atMost(Duration.ofSeconds(60)).until(() -> platform.isReady("mongodb"));
                assertThat(platform.processIds().get("mongodb")).isNotEqualTo(pid);
                assertThat(clients.find(new Document("_id", "client-1")).first()).as("read on the restarted store")
                        .isNotNull();
            }

            if (Clamd.isInstalled()) {
                long pid = platform.processIds().get(Clamd.NAME);
                platform.crash(Clamd.NAME);

                assertThat(platform.isReady(Clamd.NAME)).isFalse();
                await().atMost(Duration.ofSeconds(60)).until(() -> platform.isReady(Clamd.NAME));
                assertThat(platform.processIds().get(Clamd.NAME)).isNotEqualTo(pid);
                assertThat(ClamdStream.scan(options.clamdPort(), Clamd.EICAR.getBytes(StandardCharsets.US_ASCII)))
                        .as("scans again on the same port").endsWith(" FOUND");
            }

            for (String component : List.of("intake-service", "gateway")) {
                long pid = platform.processIds().get(component);
                ProcessHandle.of(pid).orElseThrow().destroyForcibly();

                Long restarted = await().atMost(Duration.ofSeconds(60)).until(
                        () -> platform.processIds().get(component), now -> now != null && now != pid);
                assertThat(ProcessHandle.of(restarted)).hasValueSatisfying(ProcessHandle::isAlive);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> platform.isReady("intake-service")
                    && platform.isReady("gateway"));
        }
        assertThat(LocalPorts.accepts(options.httpPort(intake))).as("stopped with the platform").isFalse();
    }

    @Test
    void onJdk25TheFirstStartOfABuildTrainsTheAotCacheOfEachModuleAsItStartsItAndEveryLaterStartUsesIt()
            throws Exception {
        assumeTrue(AotCache.isSupported(), "the AOT cache needs JDK " + AotCache.FIRST_JDK);
        ServiceModule intake = ServiceModule.byName("intake-service").orElseThrow();
        Path built = serviceJar(intake, FakeService.class);
        serviceJar(ServiceModule.AUTH_SERVER, FakeService.class);
        serviceJar(ServiceModule.GATEWAY, FakeService.class);
        serviceJar(ServiceModule.CONSOLE, FakeConsole.class, FakeService.class);
        LaunchOptions first = options().aotCache(true).build();
        int intakePort = first.httpPorts().get("intake-service");
        Path runDir = AotCache.runDir(built, Files.size(built), Files.getLastModifiedTime(built));
        Path intakeCache = runDir.resolve(AotCache.cacheFileName("intake-service", Runtime.version()));

        try (Platform platform = PlatformLauncher.start(first)) {
            for (String module : List.of("auth-server", "intake-service", "gateway", "console")) {
                assertThat(first.logsDir().resolve(module + "-aot-training.log")).as(module).exists();
                assertThat(commandLine(platform, module)).as(module).contains("-XX:AOTCache=");
            }
            assertThat(intakeCache).isNotEmptyFile();
            assertThat(commandLine(platform, "intake-service"))
                    .contains("-XX:AOTCache=" + intakeCache, "-jar " + runDir.resolve("intake-service.jar"));
            assertThat(FakeService.trainingArgumentsFile(first.dataDir(), intakePort))
                    .as("trained with the arguments and variables of its start")
                    .hasSameTextualContentAs(FakeService.argumentsFile(first.dataDir(), intakePort));
            assertThat(first.dataDir().resolve("jars")).as("no copy: a rebuild gets a directory of its own")
                    .doesNotExist();
            assertThatThrownBy(() -> PlatformLauncher.start(first))
                    .as("its children are recognised although their jars are outside the data directory")
                    .hasMessageContaining("still running")
                    .hasMessageContaining(String.valueOf(platform.processIds().get("intake-service")));
        }

        // Another platform of the same build beside it, as bin/bench beside bin/run.
        LaunchOptions second = options().aotCache(true).dataDir(repo.resolve("second")).build();
        try (Platform platform = PlatformLauncher.start(second)) {
            assertThat(second.logsDir().resolve("intake-service-aot-training.log")).as("trained once per build")
                    .doesNotExist();
            assertThat(commandLine(platform, "intake-service")).contains("-XX:AOTCache=" + intakeCache);
        }
    }

    @Test
    void aModuleWhoseAotCacheTrainingFailsStartsWithoutOne() throws Exception {
        assumeTrue(AotCache.isSupported(), "the AOT cache needs JDK " + AotCache.FIRST_JDK);
        serviceJar(ServiceModule.byName("intake-service").orElseThrow(), UntrainableService.class,
                FakeService.class);
        LaunchOptions options = options().aotCache(true).selectedModules(List.of("intake-service")).build();

        try (Platform platform = PlatformLauncher.start(options)) {
            assertThat(platform.serviceUrls()).containsOnlyKeys("intake-service");
            assertThat(commandLine(platform, "intake-service")).doesNotContain("-XX:AOTCache");
            assertThat(options.logsDir().resolve("intake-service-aot-training.log")).content()
                    .contains(UntrainableService.FAILURE);
        }
    }

    @Test
    void startsTheAuthServerFirstWithItsKeyUnderTheDataDirAndGivesEveryServiceAndTheGatewayItsIssuer()
            throws Exception {
        serviceJar(ServiceModule.AUTH_SERVER, FakeService.class);
        serviceJar(ServiceModule.byName("intake-service").orElseThrow(), FakeService.class);
        serviceJar(ServiceModule.GATEWAY, FakeService.class);
        // Not named, yet started: the services cannot take a request without it.
        LaunchOptions options = options().selectedModules(List.of("intake-service", "gateway")).build();
        int authPort = options.httpPort(ServiceModule.AUTH_SERVER);
        String issuer = "http://localhost:" + authPort;

        try (Platform platform = PlatformLauncher.start(options)) {
            assertThat(platform.issuerUri()).hasToString(issuer);
            assertThat(platform.readyAfter().keySet()).containsExactlyInAnyOrderElementsOf(withClamdIfInstalled(
                    "mongodb", "kafka", "auth-server", "intake-service", "gateway"));
            assertThat(platform.processIds()).containsKey("auth-server");
            assertThat(arguments(options, authPort)).contains(
                    "--server.port=" + authPort,
                    "--server.address=127.0.0.1",
                    "--casemgmt.auth.key-store-dir=" + options.dataDir().resolve("auth"),
                    Platform.AUTH_ISSUER_VARIABLE + "=" + issuer);
            assertThat(arguments(options, options.httpPorts().get("intake-service")))
                    .contains(Platform.ISSUER_URI_VARIABLE + "=" + issuer, "--server.address=127.0.0.1");
            assertThat(arguments(options, options.httpPort(ServiceModule.GATEWAY)))
                    .contains(Platform.ISSUER_URI_VARIABLE + "=" + issuer)
                    .noneMatch(argument -> argument.startsWith("--server.address="));
            assertThat(platform.describe()).contains("auth-server", issuer, "bin/token");
        }

        assertThat(LocalPorts.accepts(authPort)).as("auth server stopped").isFalse();
    }

    @Test
    void withAnExternalIssuerStartsNoAuthServerAndGivesEveryServiceAndTheGatewayThatIssuer() throws Exception {
        serviceJar(ServiceModule.AUTH_SERVER, FakeService.class);
        serviceJar(ServiceModule.byName("intake-service").orElseThrow(), FakeService.class);
        serviceJar(ServiceModule.GATEWAY, FakeService.class);
        String keycloak = "http://localhost:8180/realms/casemgmt";
        LaunchOptions options = options().externalIssuer(URI.create(keycloak)).build();

        try (Platform platform = PlatformLauncher.start(options)) {
            assertThat(platform.issuerUri()).hasToString(keycloak);
            assertThat(platform.processIds()).doesNotContainKey("auth-server");
            assertThat(LocalPorts.accepts(options.httpPort(ServiceModule.AUTH_SERVER))).isFalse();
            assertThat(arguments(options, options.httpPorts().get("intake-service")))
                    .contains(Platform.ISSUER_URI_VARIABLE + "=" + keycloak);
            assertThat(arguments(options, options.httpPort(ServiceModule.GATEWAY)))
                    .contains(Platform.ISSUER_URI_VARIABLE + "=" + keycloak);
            assertThat(platform.describe()).contains(keycloak, "external");
        }
    }

    @Test
    void aServiceThatDiesWhileStartingFailsTheLaunchNamingItAndShowingItsLog() throws Exception {
        serviceJar(ServiceModule.byName("intake-service").orElseThrow(), FailingService.class);
        LaunchOptions options = options().selectedModules(List.of("intake-service")).build();

        assertThatThrownBy(() -> PlatformLauncher.start(options))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("intake-service exited with code 1 before it was ready")
                .hasMessageContaining(options.logsDir().resolve("intake-service.log").toString())
                .hasMessageContaining(FailingService.FAILURE);
        assertThat(LocalPorts.accepts(options.kafkaPort())).as("broker stopped again").isFalse();
    }

    @Test
    void closingWhileStartingStopsEverythingStartedSoFar() throws Exception {
        serviceJar(ServiceModule.byName("intake-service").orElseThrow(), NeverReadyService.class, FakeService.class);
        LaunchOptions options = options().selectedModules(List.of("intake-service")).build();
        int intakePort = options.httpPorts().get("intake-service");
        Platform platform = new Platform(options);
        CompletableFuture<Void> starting = CompletableFuture.runAsync(() -> {
            try {
                platform.start();
            } catch (LaunchException e) {
                throw new CompletionException(e);
            }
        });

        await().atMost(Duration.ofSeconds(120)).until(() -> LocalPorts.accepts(intakePort));
        platform.close();

        assertThatThrownBy(() -> starting.get(60, TimeUnit.SECONDS))
                .hasCauseInstanceOf(LaunchException.class)
                .hasMessageContaining("stopped while starting");
        assertThat(LocalPorts.accepts(intakePort)).as("service stopped").isFalse();
        assertThat(LocalPorts.accepts(options.kafkaPort())).as("broker stopped").isFalse();
        assertThat(LocalPorts.accepts(options.mongoPort())).as("store stopped").isFalse();
    }

    @Test
    void aSelectedServiceWithoutItsJarFailsBeforeAnythingStarts() {
        LaunchOptions options = options().selectedModules(List.of("intake-service")).build();

        assertThatThrownBy(() -> PlatformLauncher.start(options))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("intake-service/target/intake-service.jar is missing")
                .hasMessageContaining("./mvnw");
        assertThat(options.dataDir().resolve("kafka")).doesNotExist();
    }

    @Test
    void aPortInUseFailsBeforeAnythingStartsNamingTheFlagToChange() throws IOException {
        LaunchOptions options = options().build();
        try (ServerSocket taken = new ServerSocket(options.kafkaPort(), 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> PlatformLauncher.start(options))
                    .isInstanceOf(LaunchException.class)
                    .hasMessageContaining("port " + options.kafkaPort() + " is in use")
                    .hasMessageContaining("--kafka-port");
        }
        assertThat(options.dataDir().resolve("mongo")).doesNotExist();
    }

    @Test
    void aChildLeftRunningByAKilledLauncherIsNamedBeforeAnythingStarts() throws Exception {
        LaunchOptions options = options().build();
        Path leftoverSource = Files.createDirectories(options.dataDir().resolve("jars")).resolve("Leftover.java");
        Files.writeString(leftoverSource,
                "class Leftover { public static void main(String[] a) throws Exception { Thread.sleep(120_000); } }");
        Process leftover = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                leftoverSource.toString()).start();
        Process logReader = new ProcessBuilder("tail", "-f", leftoverSource.toString()).start();
        try {
            assertThatThrownBy(() -> PlatformLauncher.start(options))
                    .isInstanceOf(LaunchException.class)
                    .hasMessageContaining("still running")
                    .hasMessageContaining("kill " + leftover.pid() + ")");
        } finally {
            leftover.destroyForcibly().waitFor();
            logReader.destroyForcibly().waitFor();
        }
        assertThat(options.dataDir().resolve("mongo")).doesNotExist();
    }

    /**
     * The components named, and clamd after the broker where it is installed: where it is not, the platform starts
     * without it (ClamdIT fails on CI without it).
     */
    private static List<String> withClamdIfInstalled(String... components) {
        List<String> names = new ArrayList<>(List.of(components));
        if (Clamd.isInstalled()) {
            names.add(names.indexOf("kafka") + 1, Clamd.NAME);
        }
        return names;
    }

    private static String commandLine(Platform platform, String component) {
        return ProcessHandle.of(platform.processIds().get(component)).orElseThrow().info().commandLine().orElseThrow();
    }

    private static List<String> arguments(LaunchOptions options, int port) throws IOException {
        return Files.readAllLines(FakeService.argumentsFile(options.dataDir(), port));
    }


    private Path serviceJar(ServiceModule module, Class<?> mainClass, Class<?>... classesItUses) throws IOException {
        return FakeJars.write(module.jar(repo), mainClass, classesItUses);
    }
}
