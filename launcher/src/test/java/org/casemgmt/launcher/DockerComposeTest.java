package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker), so this keeps it from falling behind the modules: every service
 * module the launcher knows and the repository builds as a service must be a compose service deployed the same way.
 */
class DockerComposeTest {

    private static final Path REPO = RepositoryRoot.find();
    private static final String SERVICE_CONFIG = "src/main/resources/application.yml";
    /**
     * Modules that compose deploys as another image, by name, with the compose service in their place. The auth
     * server is the embedded default's stand-in identity provider; compose runs Keycloak, a production-grade one,
     * with the same users, roles, clients and claims (docker/keycloak/casemgmt-realm.json, KeycloakRealmTest).
     */
    private static final Map<String, String> REPLACED_IN_COMPOSE = Map.of(ServiceModule.AUTH_SERVER.name(), "keycloak");
    /**
     * Keycloak's two addresses: a browser on the host reaches it where it is published, localhost:8180, the address
     * in its tokens' iss; the containers at its service name, where they fetch its keys and call its endpoints.
     */
    private static final String KEYCLOAK_FOR_BROWSERS = "http://localhost:8180";
    private static final String KEYCLOAK_FOR_CONTAINERS = "http://keycloak:8080";
    private static final String REALM = "/realms/casemgmt";
    private static final String KEYCLOAK_ISSUER = KEYCLOAK_FOR_BROWSERS + REALM;
    private static final String OPENID_CONNECT = REALM + "/protocol/openid-connect/";
    private static final String KEYCLOAK_KEYS = KEYCLOAK_FOR_CONTAINERS + OPENID_CONNECT + "certs";
    private static final String CONSOLE_PROVIDER = "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_";
    private static final String KAFKA_ACCESS = "kafka-access";
    private static final String CLAMAV = "clamav";
    private static Map<String, Object> compose;

    @BeforeAll
    static void readComposeFile() throws IOException {
        try (Reader reader = Files.newBufferedReader(REPO.resolve("docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
    }

    /** A module is a service once it has an application.yml: the root pom's profile then builds its jar. */
    static List<ServiceModule> modulesInTheRepository() {
        return ServiceModule.all().stream()
                .filter(module -> Files.exists(REPO.resolve(module.name()).resolve(SERVICE_CONFIG)))
                .filter(module -> !REPLACED_IN_COMPOSE.containsKey(module.name()))
                .toList();
    }

    @Test
    void aModuleReplacedInComposeHasItsReplacementAndNoContainerOfItsOwn() {
        REPLACED_IN_COMPOSE.forEach((module, replacement) -> {
            assertThat(services()).as("docker-compose.yml services").doesNotContainKey(module);
            service(replacement);
        });
    }

    /** The modules that take tokens: every one but the console, which signs its users in and holds their tokens. */
    static List<ServiceModule> resourceServersInTheRepository() {
        return modulesInTheRepository().stream().filter(module -> !module.isConsole()).toList();
    }

    @ParameterizedTest
    @MethodSource("resourceServersInTheRepository")
    void everyModuleValidatesTokensFromKeycloakOnceItIsHealthy(ServiceModule module) {
        Map<String, Object> service = service(module.name());

        assertThat(environment(service)).as("the iss of Keycloak's tokens, and its keys where a container reaches them")
                .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", KEYCLOAK_ISSUER)
                .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", KEYCLOAK_KEYS);
        assertThat(map(service.get("depends_on"))).containsKey("keycloak");
    }

    @Test
    void keycloakIsTheOfficialImageImportingTheRealmWithAReadinessCheck() {
        Map<String, Object> keycloak = service("keycloak");

        assertThat(String.valueOf(keycloak.get("image"))).startsWith("quay.io/keycloak/keycloak:");
        assertThat(String.valueOf(keycloak.get("command"))).contains("start-dev", "--import-realm");
        assertThat(String.valueOf(keycloak.get("volumes")))
                .contains("./docker/keycloak/casemgmt-realm.json:/opt/keycloak/data/import/");
        assertThat(environment(keycloak)).containsEntry("KC_HEALTH_ENABLED", "true");
        assertThat(String.valueOf(map(keycloak.get("healthcheck")).get("test"))).contains("/health/ready", "9000");
        assertThat(keycloak).containsKey("mem_limit");
    }

    /**
     * A browser on the host signs in to the console at Keycloak's hostname, so that is where compose publishes it;
     * every token names it whichever address it was asked through, and the containers' address serves them the rest.
     */
    @Test
    void keycloakNamesItselfByTheAddressABrowserOnTheHostReachesAndServesTheContainersAtTheirs() {
        Map<String, Object> keycloak = service("keycloak");

        assertThat(environment(keycloak)).containsEntry("KC_HOSTNAME", KEYCLOAK_FOR_BROWSERS)
                .containsEntry("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true");
        int hostPort = URI.create(KEYCLOAK_FOR_BROWSERS).getPort();
        int containerPort = URI.create(KEYCLOAK_FOR_CONTAINERS).getPort();
        assertThat(String.valueOf(keycloak.get("ports"))).as("published on its hostname's port")
                .contains(hostPort + ":" + containerPort);
    }

    @ParameterizedTest
    @MethodSource("modulesInTheRepository")
    void everyModuleInTheRepositoryIsAComposeServiceBuiltFromItsOwnJar(ServiceModule module) {
        Map<String, Object> service = service(module.name());

        assertThat(map(service.get("build"))).containsEntry("dockerfile", "docker/service.Dockerfile");
        assertThat(map(map(service.get("build")).get("args"))).containsEntry("MODULE", module.name());
    }

    @ParameterizedTest
    @MethodSource("modulesInTheRepository")
    void everyModuleHasAReadinessHealthCheckAndAMemoryLimitItsHeapFollows(ServiceModule module) {
        Map<String, Object> service = service(module.name());

        assertThat(String.valueOf(map(service.get("healthcheck")).get("test")))
                .contains("/actuator/health/readiness");
        assertThat(service).containsKey("mem_limit");
        assertThat(environment(service)).hasEntrySatisfying("JAVA_TOOL_OPTIONS",
                options -> assertThat(String.valueOf(options)).contains("-XX:MaxRAMPercentage="));
    }

    @ParameterizedTest
    @MethodSource("modulesInTheRepository")
    void everyModuleWaitsForWhatItNeedsToBeHealthyAndForTheBrokersAccessLists(ServiceModule module) {
        Map<String, Object> dependencies = map(service(module.name()).get("depends_on"));

        assertThat(dependencies).isNotEmpty();
        dependencies.forEach((name, condition) -> assertThat(map(condition)).containsEntry("condition",
                name.equals(KAFKA_ACCESS) ? "service_completed_successfully" : "service_healthy"));
        if (!module.isGateway()) {
            assertThat(dependencies).containsKey(KAFKA_ACCESS);
        }
    }

    @Test
    void theBrokerRequiresEveryClientToSignInWithScramAndRefusesWhatNoAccessListAllows() {
        Map<String, Object> kafka = environment(service("kafka"));

        assertThat(String.valueOf(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).split(","))
                .allSatisfy(listener -> assertThat(listener).endsWith(":SASL_PLAINTEXT"));
        assertThat(kafka).containsEntry("KAFKA_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-512")
                .containsEntry("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
                .containsEntry("KAFKA_SUPER_USERS", "User:" + KafkaAccessList.ADMIN);
        assertThat(String.valueOf(service("kafka").get("command"))).contains("--add-scram");
    }

    @Test
    void kafkaAccessRunsTheLaunchersAccessListOnceTheBrokerIsHealthy() throws IOException {
        Map<String, Object> access = service(KAFKA_ACCESS);

        assertThat(map(map(access.get("depends_on")).get("kafka"))).containsEntry("condition", "service_healthy");
        assertThat(Files.readString(REPO.resolve(String.valueOf(map(access.get("build")).get("dockerfile")))))
                .contains(KafkaAccessMain.class.getName());
        assertThat(environment(access)).containsKeys(KafkaAccessMain.BOOTSTRAP_SERVERS, KafkaAccessMain.ADMIN_PASSWORD,
                KafkaAccessMain.passwordVariable(KafkaAccessList.PARTNER));
    }

    @Test
    void everyStageServiceHasItsOwnDatabaseAndSignsInToTheBrokerAsItself() {
        for (ServiceModule module : modulesInTheRepository()) {
            if (!module.isBackendService()) {
                continue;
            }
            assertThat(environment(service(module.name())))
                    .containsEntry("SPRING_MONGODB_URI", "mongodb://mongo:27017/" + module.stage())
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                    .containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");
            String passwordVariable = KafkaAccessMain.passwordVariable(module.name());
            assertThat(String.valueOf(environment(service(module.name())).get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")))
                    .as("signs in as its own user").contains("username=\"" + module.name() + "\"", passwordVariable);
            assertThat(environment(service(KAFKA_ACCESS))).as("kafka-access sets its password").containsKey(passwordVariable);
        }
    }

    @Test
    void theGatewayKnowsTheUrlOfEveryStageServiceInTheFile() {
        Map<String, Object> gateway = environment(service(ServiceModule.GATEWAY.name()));
        for (ServiceModule module : ServiceModule.STAGE_SERVICES) {
            if (services().containsKey(module.name())) {
                assertThat(gateway).containsEntry(
                        "CASEMGMT_SERVICES_" + module.stage().toUpperCase(Locale.ROOT) + "_URL",
                        "http://" + module.name() + ":8080");
            }
        }
    }

    @Test
    void theConsoleSignsInWithKeycloakCallsTheGatewayReadsAsItsOwnBrokerUserAndTheGatewaySendsItsPages() {
        String console = ServiceModule.CONSOLE.name();
        Map<String, Object> environment = environment(service(console));

        assertThat(environment)
                .containsEntry("CASEMGMT_CONSOLE_API_URL", "http://" + ServiceModule.GATEWAY.name() + ":8080")
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                .containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
                .as("no store, no master key, no scanner: it keeps nothing")
                .doesNotContainKeys("SPRING_MONGODB_URI", "CASEMGMT_PRIVACY_MASTER_KEY");
        assertThat(String.valueOf(environment.get("CASEMGMT_CONSOLE_CLIENT_SECRET")))
                .as("its client secret from the operator's environment").startsWith("${CASEMGMT_CONSOLE_CLIENT_SECRET");
        assertThat(environment(service("keycloak"))).as("the realm's casemgmt-console client takes the same")
                .containsEntry("CASEMGMT_CONSOLE_CLIENT_SECRET", environment.get("CASEMGMT_CONSOLE_CLIENT_SECRET"));
        String passwordVariable = KafkaAccessMain.passwordVariable(KafkaAccessList.CONSOLE);
        assertThat(String.valueOf(environment.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")))
                .contains("username=\"" + KafkaAccessList.CONSOLE + "\"", passwordVariable);
        assertThat(environment(service(KAFKA_ACCESS))).as("kafka-access sets its password")
                .containsKey(passwordVariable);
        assertThat(map(service(console).get("depends_on"))).containsKeys(ServiceModule.GATEWAY.name(), "keycloak");
        assertThat(environment(service(ServiceModule.GATEWAY.name())))
                .containsEntry("CASEMGMT_CONSOLE_URL", "http://" + console + ":8080");
        assertThat(service(console)).as("reached through the gateway alone").doesNotContainKey("ports");
    }

    /**
     * The console sends the browser to Keycloak's sign-in page at the address the browser reaches, and calls the rest
     * itself at the containers' address: every endpoint given, none read from the issuer's metadata, which the
     * console would look for at the issuer's address, the host's.
     */
    @Test
    void theConsoleSendsTheBrowserToKeycloakOnTheHostAndCallsItInTheNetwork() {
        Map<String, Object> environment = environment(service(ServiceModule.CONSOLE.name()));

        assertThat(environment)
                .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CASEMGMT_PROVIDER", "keycloak")
                .containsEntry(CONSOLE_PROVIDER + "AUTHORIZATION_URI", KEYCLOAK_FOR_BROWSERS + OPENID_CONNECT + "auth")
                .containsEntry(CONSOLE_PROVIDER + "TOKEN_URI", KEYCLOAK_FOR_CONTAINERS + OPENID_CONNECT + "token")
                .containsEntry(CONSOLE_PROVIDER + "JWK_SET_URI", KEYCLOAK_KEYS)
                .containsEntry(CONSOLE_PROVIDER + "USER_INFO_URI",
                        KEYCLOAK_FOR_CONTAINERS + OPENID_CONNECT + "userinfo")
                .containsEntry(CONSOLE_PROVIDER + "USER_NAME_ATTRIBUTE", "preferred_username")
                .as("its pages' forms may lead to Keycloak's (Content-Security-Policy)")
                .containsEntry("CASEMGMT_CONSOLE_ISSUER_URI", KEYCLOAK_ISSUER)
                .as("no issuer's metadata read").doesNotContainKey(CONSOLE_PROVIDER + "ISSUER_URI")
                .doesNotContainKey("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_CASEMGMT_ISSUER_URI");
    }

    @Test
    void theBrokerAndTheStoreAreTheOfficialImagesWithHealthChecks() {
        assertThat(String.valueOf(service("kafka").get("image"))).startsWith("apache/kafka:");
        assertThat(String.valueOf(service("mongo").get("image"))).startsWith("mongo:");
        assertThat(service("kafka")).containsKeys("healthcheck", "mem_limit");
        assertThat(service("mongo")).containsKeys("healthcheck", "mem_limit");
    }

    @Test
    void theVirusScannerIsTheOfficialClamavImageWithAHealthCheckAndTheEmbeddedDefaultsLimits() {
        Map<String, Object> clamav = service(CLAMAV);

        assertThat(String.valueOf(clamav.get("image"))).startsWith("clamav/clamav:1.4");
        assertThat(clamav).containsKeys("healthcheck", "mem_limit");
        assertThat(String.valueOf(map(clamav.get("healthcheck")).get("test"))).contains("PING", "3310", "PONG");
        assertThat(environment(clamav)).containsEntry("CLAMD_CONF_StreamMaxLength", Clamd.STREAM_MAX_LENGTH)
                .containsEntry("CLAMD_CONF_MaxFileSize", Clamd.STREAM_MAX_LENGTH)
                .containsEntry("CLAMD_CONF_MaxScanSize", Clamd.MAX_SCAN_SIZE);
    }

    @Test
    void everyStageServiceScansUploadsWithTheVirusScannerOnceItIsHealthy() {
        for (ServiceModule module : modulesInTheRepository()) {
            Map<String, Object> service = service(module.name());
            if (!module.isBackendService()) {
                assertThat(environment(service)).as("%s takes no upload", module.name())
                        .doesNotContainKey("CASEMGMT_DOCUMENTS_SCANNER_HOST");
                continue;
            }
            assertThat(environment(service)).as(module.name())
                    .containsEntry("CASEMGMT_DOCUMENTS_SCANNER_HOST", CLAMAV)
                    .containsEntry("CASEMGMT_DOCUMENTS_SCANNER_PORT", String.valueOf(LaunchOptions.DEFAULT_CLAMD_PORT));
            assertThat(map(map(service.get("depends_on")).get(CLAMAV))).as(module.name())
                    .containsEntry("condition", "service_healthy");
        }
    }

    @Test
    void hasNoTopLevelNameWhichDockerComposeV1Rejects() {
        assertThat(compose).doesNotContainKey("name");
    }

    private static Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private static Map<String, Object> service(String name) {
        assertThat(services()).as("docker-compose.yml services").containsKey(name);
        return map(services().get(name));
    }

    private static Map<String, Object> environment(Map<String, Object> service) {
        return map(service.get("environment"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }
}
