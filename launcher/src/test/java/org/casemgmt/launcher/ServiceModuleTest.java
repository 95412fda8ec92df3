package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ServiceModuleTest {

    @Test
    void aServicesStageIsItsNameWithoutTheServiceSuffix() {
        assertThat(ServiceModule.STAGE_SERVICES).extracting(ServiceModule::stage)
                .containsExactly("intake", "planning", "referral", "monitoring", "closure");
    }

    @Test
    void theGatewayStartsLastAfterEveryStageService() {
        assertThat(ServiceModule.all()).last().isEqualTo(ServiceModule.GATEWAY);
        assertThat(ServiceModule.all()).containsAll(ServiceModule.STAGE_SERVICES);
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
}
