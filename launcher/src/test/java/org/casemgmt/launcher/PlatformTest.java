package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher gives each child before starting any: where it listens, and whose tokens it trusts. */
class PlatformTest {

    private static final URI KEYCLOAK = URI.create("http://localhost:8180/realms/casemgmt");

    @TempDir
    Path repo;

    @Test
    void theAuthServerEveryServiceAndTheConsoleListenOnLoopbackOnlyAndTheGatewayWhereItIsConfigured() {
        assertThat(Platform.bindingArguments(ServiceModule.AUTH_SERVER)).containsExactly("--server.address=127.0.0.1");
        assertThat(Platform.bindingArguments(ServiceModule.CONSOLE)).containsExactly("--server.address=127.0.0.1");
        ServiceModule.STAGE_SERVICES.forEach(service -> assertThat(Platform.bindingArguments(service))
                .as(service.name()).containsExactly("--server.address=127.0.0.1"));
        assertThat(Platform.bindingArguments(ServiceModule.GATEWAY)).isEmpty();
    }

    @Test
    void withAnExternalIssuerTheAuthServerIsNotStartedEvenWhenBuiltAndTheIssuerIsTheExternalOne() throws Exception {
        builtJars();
        LaunchOptions options = LaunchOptions.builder(repo).externalIssuer(KEYCLOAK).build();

        try (Platform platform = new Platform(options)) {
            assertThat(platform.modulesToStart()).doesNotContain(ServiceModule.AUTH_SERVER)
                    .contains(ServiceModule.GATEWAY);
            assertThat(platform.issuerUri()).isEqualTo(KEYCLOAK);
        }
    }

    @Test
    void withoutOneTheEmbeddedAuthServerStartsFirstAndIsTheIssuer() throws Exception {
        builtJars();
        LaunchOptions options = LaunchOptions.builder(repo).httpPort(ServiceModule.AUTH_SERVER.name(), 19000).build();

        try (Platform platform = new Platform(options)) {
            assertThat(platform.modulesToStart()).first().isEqualTo(ServiceModule.AUTH_SERVER);
            assertThat(platform.issuerUri()).hasToString("http://localhost:19000");
        }
    }

    private void builtJars() throws IOException {
        for (ServiceModule module : ServiceModule.all()) {
            FakeJars.write(module.jar(repo), FakeService.class);
        }
    }
}
