package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static LaunchOptions parse(List<String> args, Map<String, String> environment) {
        return CommandLine.parse(args, environment).orElseThrow();
    }

    @Test
    void withoutOptionsUsesTheDocumentedDefaultsWithDataUnderTheWorkingDirectory() {
        LaunchOptions options = parse(List.of(), Map.of());

        assertThat(options.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(options.mongoPort()).isEqualTo(27017);
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.kafkaControllerPort()).isEqualTo(9093);
        assertThat(options.httpPort(ServiceModule.GATEWAY)).isEqualTo(8080);
        assertThat(options.selectedModules()).isEmpty();
        assertThat(options.partitions()).isEqualTo(3);
        assertThat(ServiceModule.all()).allSatisfy(module -> assertThat(options.instancesOf(module)).isOne());
    }

    @Test
    void instancesAreGivenPerServiceOrAsOneNumberForEveryService() {
        LaunchOptions some = parse(List.of("--instances", "referral-service=2, monitoring-service=3"), Map.of());
        assertThat(some.instancesOf(ServiceModule.byName("referral-service").orElseThrow())).isEqualTo(2);
        assertThat(some.instancesOf(ServiceModule.byName("monitoring-service").orElseThrow())).isEqualTo(3);
        assertThat(some.instancesOf(ServiceModule.byName("intake-service").orElseThrow())).isOne();

        LaunchOptions every = parse(List.of(), Map.of("CASEMGMT_INSTANCES", "2"));
        assertThat(ServiceModule.BACKEND_SERVICES).allSatisfy(module -> assertThat(every.instancesOf(module))
                .isEqualTo(2));
        assertThat(every.instancesOf(ServiceModule.GATEWAY)).isOne();
    }

    @Test
    void refusesInstancesOfWhatRunsOnceOrCountsOutOfRange() {
        assertThatThrownBy(() -> parse(List.of("--instances=gateway=2"), Map.of()))
                .hasMessageContaining("gateway runs once");
        assertThatThrownBy(() -> parse(List.of("--instances=console=2"), Map.of()))
                .hasMessageContaining("console runs once");
        assertThatThrownBy(() -> parse(List.of("--instances=referral-service=0"), Map.of()))
                .hasMessageContaining("from 1 to 9");
        assertThatThrownBy(() -> parse(List.of("--instances=referral-service"), Map.of()))
                .hasMessageContaining("<service>=<count>");
        assertThatThrownBy(() -> parse(List.of("--instances=refferal-service=2"), Map.of()))
                .hasMessageContaining("unknown service 'refferal-service'");
    }

    @Test
    void partitionsPerTopicAreAPositiveNumber() {
        assertThat(parse(List.of("--partitions", "6"), Map.of()).partitions()).isEqualTo(6);
        assertThatThrownBy(() -> parse(List.of("--partitions=0"), Map.of())).hasMessageContaining("from 1 to 100");
    }

    @Test
    void acceptsAValueAfterAnEqualsSignOrAsTheNextArgument() {
        LaunchOptions options = parse(List.of("--kafka-port=19092", "--mongo-port", "27117", "--clamd-port=13310"),
                Map.of());

        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.mongoPort()).isEqualTo(27117);
        assertThat(options.clamdPort()).isEqualTo(13310);
    }

    @Test
    void everyServiceModuleHasItsOwnPortFlag() {
        LaunchOptions options = parse(List.of("--gateway-port=18080", "--intake-service-port=18081",
                "--closure-service-port=18085", "--console-port=18087"), Map.of());

        assertThat(options.httpPort(ServiceModule.GATEWAY)).isEqualTo(18080);
        assertThat(options.httpPort(ServiceModule.CONSOLE)).isEqualTo(18087);
        assertThat(options.httpPorts()).containsEntry("intake-service", 18081).containsEntry("closure-service", 18085);
    }

    @Test
    void environmentVariablesSetWhatNoFlagSets() {
        LaunchOptions options = parse(List.of(), Map.of(
                "CASEMGMT_DATA_DIR", "/var/casemgmt",
                "CASEMGMT_INTAKE_SERVICE_PORT", "18081",
                "CASEMGMT_SERVICES", "intake-service, gateway",
                "CASEMGMT_HEAP", "512m",
                "CASEMGMT_READY_TIMEOUT", "60"));

        assertThat(options.dataDir()).isEqualTo(Path.of("/var/casemgmt"));
        assertThat(options.httpPorts()).containsEntry("intake-service", 18081);
        assertThat(options.selectedModules()).containsExactlyInAnyOrder("intake-service", "gateway");
        assertThat(options.heap()).isEqualTo("512m");
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aFlagWinsOverItsEnvironmentVariable() {
        LaunchOptions options = parse(List.of("--kafka-heap", "1g"), Map.of("CASEMGMT_KAFKA_HEAP", "256m"));

        assertThat(options.kafkaHeap()).isEqualTo("1g");
    }

    @Test
    void theDataDirectoryDefaultsToDataInsideTheRepositoryDirectory() {
        LaunchOptions options = parse(List.of("--repo-dir", "/srv/casemgmt"), Map.of());

        assertThat(options.repoDir()).isEqualTo(Path.of("/srv/casemgmt"));
        assertThat(options.dataDir()).isEqualTo(Path.of("/srv/casemgmt/data"));
    }

    @Test
    void refusesAnUnknownFlagNamingIt() {
        assertThatThrownBy(() -> parse(List.of("--kafka-prot=1"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--kafka-prot");
    }

    @Test
    void refusesAFlagWithoutItsValue() {
        assertThatThrownBy(() -> parse(List.of("--data-dir"), Map.of()))
                .hasMessageContaining("--data-dir needs a value");
    }

    @Test
    void refusesAnUnknownServiceListingTheKnownOnes() {
        assertThatThrownBy(() -> parse(List.of("--services=intake-service,billing-service"), Map.of()))
                .hasMessageContaining("billing-service")
                .hasMessageContaining(LaunchOptions.knownModuleNames());
    }

    @Test
    void refusesABadValueNamingTheVariableItCameFrom() {
        assertThatThrownBy(() -> parse(List.of(), Map.of("CASEMGMT_HEAP", "lots")))
                .hasMessageStartingWith("CASEMGMT_HEAP=lots");
        assertThatThrownBy(() -> parse(List.of("--gateway-port=80800"), Map.of()))
                .hasMessageStartingWith("--gateway-port=80800");
        assertThatThrownBy(() -> parse(List.of("--ready-timeout=soon"), Map.of()))
                .hasMessageContaining("not a whole number");
    }

    @Test
    void theAotCacheIsOnUnlessItsSwitchOrItsVariableTurnsItOff() {
        assertThat(parse(List.of(), Map.of()).aotCache()).isTrue();

        LaunchOptions switchedOff = parse(List.of("--no-aot-cache", "--kafka-port", "19092"), Map.of());
        assertThat(switchedOff.aotCache()).isFalse();
        assertThat(switchedOff.kafkaPort()).as("a switch takes no value").isEqualTo(19092);
        assertThat(parse(List.of(), Map.of("CASEMGMT_NO_AOT_CACHE", "true")).aotCache()).isFalse();
        assertThat(parse(List.of("--no-aot-cache=false"), Map.of("CASEMGMT_NO_AOT_CACHE", "true")).aotCache())
                .as("the flag wins").isTrue();
        assertThatThrownBy(() -> parse(List.of(), Map.of("CASEMGMT_NO_AOT_CACHE", "yes")))
                .hasMessageStartingWith("CASEMGMT_NO_AOT_CACHE=yes").hasMessageContaining("true or false");
    }

    @Test
    void usageShowsASwitchWithoutAValue() {
        assertThat(CommandLine.usage()).contains("--no-aot-cache ", "CASEMGMT_NO_AOT_CACHE")
                .doesNotContain("null");
    }

    @Test
    void withoutAnIssuerTheEmbeddedAuthServerIsTheOne() {
        assertThat(parse(List.of(), Map.of()).externalIssuer()).isEmpty();
    }

    @Test
    void anExternalIssuerComesFromTheFlagItsVariableOrSpringsOwnVariable() {
        String keycloak = "http://localhost:8180/realms/casemgmt";

        assertThat(parse(List.of("--issuer-uri", keycloak), Map.of()).externalIssuer()).contains(URI.create(keycloak));
        assertThat(parse(List.of(), Map.of("CASEMGMT_ISSUER_URI", keycloak)).externalIssuer())
                .contains(URI.create(keycloak));
        assertThat(parse(List.of(), Map.of(Platform.ISSUER_URI_VARIABLE, keycloak)).externalIssuer())
                .as("the standard Spring variable the launcher used to override").contains(URI.create(keycloak));
        assertThat(parse(List.of("--issuer-uri=https://idp.agency.example"),
                Map.of(Platform.ISSUER_URI_VARIABLE, keycloak, "CASEMGMT_ISSUER_URI", "https://other.example"))
                .externalIssuer()).contains(URI.create("https://idp.agency.example"));
        assertThat(parse(List.of(), Map.of(Platform.ISSUER_URI_VARIABLE, keycloak,
                "CASEMGMT_ISSUER_URI", "https://idp.agency.example")).externalIssuer())
                .contains(URI.create("https://idp.agency.example"));
    }

    @Test
    void refusesAnIssuerThatIsNoHttpUrlAndTheAuthServerBesideAnExternalIssuer() {
        assertThatThrownBy(() -> parse(List.of("--issuer-uri=keycloak:8080"), Map.of()))
                .hasMessageStartingWith("--issuer-uri=keycloak:8080").hasMessageContaining("http or https URL");
        assertThatThrownBy(() -> parse(List.of(), Map.of(Platform.ISSUER_URI_VARIABLE, "not a url")))
                .hasMessageStartingWith(Platform.ISSUER_URI_VARIABLE + "=not a url");
        assertThatThrownBy(() -> parse(List.of("--issuer-uri=http://localhost:8180/realms/casemgmt",
                "--services=auth-server,intake-service"), Map.of()))
                .hasMessageContaining("auth-server is not started when an external issuer is given");
    }

    @Test
    void usageTellsOfTheIssuerOptionAndWhereEachComponentListens() {
        assertThat(CommandLine.usage()).contains("--issuer-uri URL", "CASEMGMT_ISSUER_URI",
                Platform.ISSUER_URI_VARIABLE, "127.0.0.1", "SERVER_ADDRESS");
    }

    @Test
    void helpIsAnAnswerNotALaunch() {
        assertThat(CommandLine.parse(List.of("--kafka-port=1", "--help"), Map.of())).isEmpty();
    }

    @Test
    void usageNamesEveryPortFlagWithItsEnvironmentVariable() {
        String usage = CommandLine.usage();

        for (ServiceModule module : ServiceModule.all()) {
            String flag = "--" + module.name() + "-port";
            assertThat(usage).contains(flag);
            assertThat(usage).contains("CASEMGMT_" + module.name().toUpperCase().replace('-', '_') + "_PORT");
        }
        assertThat(usage).contains("--clamd-port PORT", "CASEMGMT_CLAMD_PORT");
    }
}
