package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    private final Path repo = Path.of("/repo");

    @Test
    void freePortsGivesEveryComponentADifferentPort() {
        LaunchOptions options = LaunchOptions.builder(repo).freePorts().build();

        List<Integer> ports = new ArrayList<>(options.httpPorts().values());
        ports.addAll(List.of(options.mongoPort(), options.kafkaPort(), options.kafkaControllerPort(),
                options.clamdPort()));
        assertThat(ports).hasSize(ServiceModule.all().size() + 4).doesNotHaveDuplicates();
    }

    @Test
    void freePortsAreChosenBelowThePortsTheKernelHandsToOutgoingConnections() {
        LaunchOptions options = LaunchOptions.builder(repo).freePorts().build();

        List<Integer> ports = new ArrayList<>(options.httpPorts().values());
        ports.addAll(List.of(options.mongoPort(), options.kafkaPort(), options.kafkaControllerPort(),
                options.clamdPort()));
        assertThat(ports).allSatisfy(port -> assertThat(port)
                .isBetween(LaunchOptions.FIRST_CHOSEN_PORT, LaunchOptions.BELOW_EPHEMERAL_PORTS - 1));
    }

    @Test
    void toBuilderKeepsEveryOption() {
        LaunchOptions options = LaunchOptions.builder(repo).freePorts().dataDir(Path.of("/tmp/x")).heap("256m")
                .selectedModules(List.of("intake-service")).aotCache(false).build();

        assertThat(options.toBuilder().build()).isEqualTo(options);
    }

    @Test
    void withersChangeOnlyTheirOption() {
        LaunchOptions defaults = LaunchOptions.defaults(repo);

        LaunchOptions changed = defaults.withDataDir(Path.of("/tmp/x")).withSelectedModules(List.of("gateway"));

        assertThat(changed.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(changed.selectedModules()).containsExactly("gateway");
        assertThat(changed.httpPorts()).isEqualTo(defaults.httpPorts());
        assertThat(changed.withFreePorts().httpPorts()).isNotEqualTo(defaults.httpPorts());
    }

    @Test
    void refusesAPortForAModuleItDoesNotKnow() {
        assertThatThrownBy(() -> LaunchOptions.builder(repo).httpPort("billing-service", 8090))
                .hasMessageContaining("unknown service 'billing-service'");
    }

    @Test
    void refusesAHeapSizeTheJvmWouldNotTake() {
        assertThatThrownBy(() -> LaunchOptions.builder(repo).heap("0m"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LaunchOptions.builder(repo).kafkaHeap("512 MB"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
