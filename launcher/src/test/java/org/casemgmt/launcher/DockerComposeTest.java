package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
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
    private static final String KEYCLOAK_ISSUER = "http://keycloak:8080/realms/casemgmt";
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

    @ParameterizedTest
    @MethodSource("modulesInTheRepository")
    void everyModuleValidatesTokensFromKeycloakOnceItIsHealthy(ServiceModule module) {
        Map<String, Object> service = service(module.name());

        assertThat(environment(service))
                .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", KEYCLOAK_ISSUER);
        assertThat(map(service.get("depends_on"))).containsKey("keycloak");
    }

    @Test
    void keycloakIsTheOfficialImageImportingTheRealmWithAReadinessCheck() {
        Map<String, Object> keycloak = service("keycloak");

        assertThat(String.valueOf(keycloak.get("image"))).startsWith("quay.io/keycloak/keycloak:");
        assertThat(String.valueOf(keycloak.get("command"))).contains("start-dev", "--import-realm");
        assertThat(String.valueOf(keycloak.get("volumes")))
                .contains("./docker/keycloak/casemgmt-realm.json:/opt/keycloak/data/import/");
        assertThat(environment(keycloak)).containsEntry("KC_HEALTH_ENABLED", "true")
                .containsEntry("KC_HOSTNAME", "http://keycloak:8080");
        assertThat(String.valueOf(map(keycloak.get("healthcheck")).get("test"))).contains("/health/ready", "9000");
        assertThat(keycloak).containsKey("mem_limit");
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
    void everyModuleWaitsForWhatItNeedsToBeHealthy(ServiceModule module) {
        Map<String, Object> dependencies = map(service(module.name()).get("depends_on"));

        assertThat(dependencies).isNotEmpty();
        dependencies.values().forEach(condition ->
                assertThat(map(condition)).containsEntry("condition", "service_healthy"));
    }

    @Test
    void everyStageServiceHasItsOwnDatabaseAndTheBroker() {
        for (ServiceModule module : modulesInTheRepository()) {
            if (module.isGateway()) {
                continue;
            }
            assertThat(environment(service(module.name())))
                    .containsEntry("SPRING_MONGODB_URI", "mongodb://mongo:27017/" + module.stage())
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
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
    void theBrokerAndTheStoreAreTheOfficialImagesWithHealthChecks() {
        assertThat(String.valueOf(service("kafka").get("image"))).startsWith("apache/kafka:");
        assertThat(String.valueOf(service("mongo").get("image"))).startsWith("mongo:");
        assertThat(service("kafka")).containsKeys("healthcheck", "mem_limit");
        assertThat(service("mongo")).containsKeys("healthcheck", "mem_limit");
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
