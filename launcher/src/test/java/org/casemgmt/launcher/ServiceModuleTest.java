package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class ServiceModuleTest {

    @Test
    void aServicesStageIsItsNameWithoutTheServiceSuffix() {
        assertThat(ServiceModule.STAGE_SERVICES).extracting(ServiceModule::stage)
                .containsExactly("intake", "planning", "referral", "monitoring", "closure");
    }

    @Test
    void theGatewayStartsAfterEveryServiceAndTheConsoleLast() {
        assertThat(ServiceModule.all()).endsWith(ServiceModule.GATEWAY, ServiceModule.CONSOLE);
        assertThat(ServiceModule.all()).containsAll(ServiceModule.BACKEND_SERVICES);
    }

    @Test
    void theConsoleIsNoServiceAndNoGatewayAndIsServedUnderItsContextPath() {
        assertThat(ServiceModule.CONSOLE.isBackendService()).isFalse();
        assertThat(ServiceModule.CONSOLE.isGateway()).isFalse();
        assertThat(ServiceModule.CONSOLE.contextPath()).isEqualTo("/console");
        assertThat(ServiceModule.all()).filteredOn(module -> !module.isConsole())
                .allSatisfy(module -> assertThat(module.contextPath()).as(module.name()).isEmpty());
    }

    /** The console's own configuration says where it listens; the launcher must wait for it there. */
    @Test
    void theConsolesDefaultPortAndContextPathAreThoseOfItsConfiguration() throws IOException {
        Map<String, Object> server;
        try (Reader reader = Files.newBufferedReader(RepositoryRoot.find()
                .resolve("console/src/main/resources/application.yml"))) {
            server = map(new Yaml().<Map<String, Object>>load(reader).get("server"));
        }

        assertThat(server).containsEntry("port", ServiceModule.CONSOLE.defaultPort());
        assertThat(map(server.get("servlet"))).containsEntry("context-path", ServiceModule.CONSOLE.contextPath());
        assertThat(FakeConsole.CONTEXT_PATH).as("PlatformIT's stand-in").isEqualTo(ServiceModule.CONSOLE.contextPath());
    }

    @Test
    void theAuthServerStartsFirstAndIsNeitherAStageNorTheGateway() {
        assertThat(ServiceModule.all()).first().isEqualTo(ServiceModule.AUTH_SERVER);
        assertThat(ServiceModule.AUTH_SERVER.isStageService()).isFalse();
        assertThat(ServiceModule.AUTH_SERVER.isGateway()).isFalse();
        assertThat(ServiceModule.AUTH_SERVER.defaultPort()).isEqualTo(9000);
        assertThat(ServiceModule.STAGE_SERVICES).allMatch(ServiceModule::isStageService);
    }

    @Test
    void everyModuleListensOnItsOwnDefaultPort() {
        assertThat(ServiceModule.all()).extracting(ServiceModule::defaultPort).doesNotHaveDuplicates();
        assertThat(ServiceModule.GATEWAY.defaultPort()).isEqualTo(8080);
        assertThat(ServiceModule.byName("intake-service")).get().extracting(ServiceModule::defaultPort)
                .isEqualTo(8081);
    }

    @Test
    void aModulesJarIsItsBuildsFinalNameUnderTarget() {
        assertThat(ServiceModule.GATEWAY.jar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/gateway/target/gateway.jar"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }
}
