package org.casemgmt.launcher;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads {@link LaunchOptions} from flags and environment variables. Every flag {@code --some-thing} has the
 * environment variable {@code CASEMGMT_SOME_THING}; a flag wins over its variable.
 */
final class CommandLine {

    static final String HELP_FLAG = "--help";
    private static final String REPO_DIR_FLAG = "--repo-dir";
    private static final String ISSUER_URI_FLAG = "--issuer-uri";
    private static final String ENV_PREFIX = "CASEMGMT_";

    /** A flag with a value; or a switch, {@code valueName} null, whose variable says {@code true} or {@code false}. */
    private record Option(String flag, String valueName, String description,
                          BiConsumer<LaunchOptions.Builder, String> apply) {

        static Option onOff(String flag, String description, BiConsumer<LaunchOptions.Builder, Boolean> apply) {
            return new Option(flag, null, description, (options, value) -> apply.accept(options, trueOrFalse(value)));
        }

        boolean isSwitch() {
            return valueName == null;
        }

        String environmentVariable() {
            return ENV_PREFIX + flag.substring(2).toUpperCase(Locale.ROOT).replace('-', '_');
        }
    }

    /** One value for an option, and where it came from (a flag or a variable), for error messages. */
    private record Setting(String source, Option option, String value) {
    }

    private static final List<Option> OPTIONS = Stream.concat(
            Stream.of(
                    new Option(REPO_DIR_FLAG, "DIR", "the repository holding <module>/target/<module>.jar (default: .)",
                            (options, value) -> { }), // read first, in parse
                    new Option("--data-dir", "DIR", "store, broker log and log files (default: <repo-dir>/data)",
                            (options, value) -> options.dataDir(Path.of(value))),
                    new Option("--services", "LIST", "comma-separated modules to start, each required (default: every "
                            + "one whose jar exists; the auth-server starts with any list when built); known: "
                            + LaunchOptions.knownModuleNames(),
                            (options, value) -> options.selectedModules(commaSeparated(value))),
                    new Option("--heap", "SIZE", "-Xmx of each service, the gateway and the console (default: "
                            + LaunchOptions.DEFAULT_HEAP + ")", LaunchOptions.Builder::heap),
                    new Option("--kafka-heap", "SIZE", "-Xmx of the broker (default: "
                            + LaunchOptions.DEFAULT_KAFKA_HEAP + ")", LaunchOptions.Builder::kafkaHeap),
                    new Option("--ready-timeout", "SECONDS", "how long each component may take to become ready "
                            + "(default: " + LaunchOptions.DEFAULT_READY_TIMEOUT.toSeconds() + ")",
                            (options, value) -> options.readyTimeout(Duration.ofSeconds(number(value)))),
                    new Option("--mongo-port", "PORT", "embedded MongoDB (default: "
                            + LaunchOptions.DEFAULT_MONGO_PORT + ")",
                            (options, value) -> options.mongoPort(number(value))),
                    new Option("--kafka-port", "PORT", "Kafka bootstrap (default: "
                            + LaunchOptions.DEFAULT_KAFKA_PORT + ")",
                            (options, value) -> options.kafkaPort(number(value))),
                    new Option("--kafka-controller-port", "PORT", "Kafka KRaft controller (default: "
                            + LaunchOptions.DEFAULT_KAFKA_CONTROLLER_PORT + ")",
                            (options, value) -> options.kafkaControllerPort(number(value))),
                    new Option("--clamd-port", "PORT", "ClamAV's clamd, the virus scanner (default: "
                            + LaunchOptions.DEFAULT_CLAMD_PORT + ")",
                            (options, value) -> options.clamdPort(number(value))),
                    new Option(ISSUER_URI_FLAG, "URL", "an OAuth2 issuer the services and the gateway trust instead of"
                            + " the embedded auth server, which is then not started, e.g. Keycloak's"
                            + " http://localhost:8180/realms/casemgmt; also read from "
                            + Platform.ISSUER_URI_VARIABLE + " (default: the embedded one, http://localhost:<"
                            + ServiceModule.AUTH_SERVER.name() + "-port>)",
                            (options, value) -> options.externalIssuer(issuer(value))),
                    new Option("--partitions", "N", "partitions of each topic the embedded broker creates (default: "
                            + LaunchOptions.DEFAULT_PARTITIONS + "; topics made by an earlier start keep theirs)",
                            (options, value) -> options.partitions(number(value))),
                    new Option("--instances", "LIST", "instances of services, e.g. referral-service=2,intake-service=2,"
                            + " or one number for every service (default: one each); the gateway balances a stage's"
                            + " requests over its instances",
                            CommandLine::instances),
                    Option.onOff("--no-aot-cache", "start every service from its jar alone, without the JDK's AOT"
                            + " cache (default: with it, on JDK " + AotCache.FIRST_JDK + " and later: the first start"
                            + " of each build trains one per module in <module>/target/aot, later starts read it;"
                            + " the variable says true or false)",
                            (options, noAotCache) -> options.aotCache(!noAotCache))),
            ServiceModule.all().stream().map(module -> new Option("--" + module.name() + "-port", "PORT",
                    module.name() + " HTTP (default: " + module.defaultPort() + ")",
                    (options, value) -> options.httpPort(module.name(), number(value)))))
            .toList();

    private CommandLine() {
    }

    /**
     * @return the options, or empty when help was asked for
     * @throws IllegalArgumentException naming the flag or variable that is wrong
     */
    static Optional<LaunchOptions> parse(List<String> args, Map<String, String> environment) {
        if (args.contains(HELP_FLAG) || args.contains("-h")) {
            return Optional.empty();
        }
        List<Setting> settings = new ArrayList<>();
        // Spring's own variable, which the services would read, names the issuer too, below the launcher's own.
        String springIssuer = environment.get(Platform.ISSUER_URI_VARIABLE);
        if (springIssuer != null && !springIssuer.isBlank()) {
            settings.add(new Setting(Platform.ISSUER_URI_VARIABLE, optionFor(ISSUER_URI_FLAG), springIssuer));
        }
        for (Option option : OPTIONS) {
            String fromEnvironment = environment.get(option.environmentVariable());
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                settings.add(new Setting(option.environmentVariable(), option, fromEnvironment));
            }
        }
        settings.addAll(flags(args));

        // The repository comes first: the data directory's default is relative to it.
        Path repoDir = settings.stream().filter(setting -> setting.option().flag().equals(REPO_DIR_FLAG))
                .map(setting -> Path.of(setting.value())).reduce((first, last) -> last).orElse(Path.of(""));
        LaunchOptions.Builder options = LaunchOptions.builder(repoDir);
        for (Setting setting : settings) {
            try {
                setting.option().apply().accept(options, setting.value());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(setting.source() + "=" + setting.value() + ": " + e.getMessage(), e);
            }
        }
        return Optional.of(options.build());
    }

    /** The variables the launcher reads; its children must not see them (Spring would bind CASEMGMT_SERVICES). */
    static Set<String> environmentVariables() {
        return OPTIONS.stream().map(Option::environmentVariable).collect(Collectors.toSet());
    }

    static String usage() {
        String optionLines = OPTIONS.stream()
                .map(option -> String.format("  %-36s %s%n  %-36s   env %s",
                        option.isSwitch() ? option.flag() : option.flag() + " " + option.valueName(),
                        option.description(), "",
                        option.environmentVariable()))
                .collect(Collectors.joining(System.lineSeparator()));
        return """
                Usage: bin/run [OPTION]...
                Starts the embedded default: the auth server (OAuth2 tokens for the demo users, see bin/token),
                MongoDB wire-protocol store, Kafka broker (KRaft), ClamAV's clamd (the virus scanner, when
                installed), every service whose jar exists, then the gateway and the web console (reached through
                the gateway at /console/). Ctrl-C stops them all. bin/run builds the jars first when they are older
                than the sources, unless given --no-build. The auth server, the services, the console and clamd
                listen on 127.0.0.1 only, so that other machines reach them through the gateway's limits alone;
                the gateway listens on every interface, or on the address in SERVER_ADDRESS.

                """ + optionLines + System.lineSeparator();
    }

    private static List<Setting> flags(List<String> args) {
        List<Setting> flags = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String flag = equals < 0 ? arg : arg.substring(0, equals);
            Option option = optionFor(flag);
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (option.isSwitch()) {
                value = "true";
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            flags.add(new Setting(flag, option, value));
        }
        return flags;
    }

    private static Option optionFor(String flag) {
        return OPTIONS.stream().filter(option -> option.flag().equals(flag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown option " + flag + "; see " + HELP_FLAG));
    }

    private static void instances(LaunchOptions.Builder options, String value) {
        if (value.trim().matches("[0-9]+")) {
            options.instancesOfEveryService(number(value));
            return;
        }
        for (String entry : commaSeparated(value)) {
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("each entry is <service>=<count>, e.g. referral-service=2");
            }
            options.instances(entry.substring(0, equals).trim(), number(entry.substring(equals + 1)));
        }
    }

    private static URI issuer(String value) {
        try {
            return new URI(value.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL", e);
        }
    }

    private static boolean trueOrFalse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("true or false");
        };
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number", e);
        }
    }

    private static List<String> commaSeparated(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }
}
