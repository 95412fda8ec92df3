package org.casemgmt.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A runnable Spring Boot module of this repository, started from {@code <repo>/<name>/target/<name>.jar}.
 *
 * <p>{@link #STAGE_SERVICES} is the one list of the lifecycle's services: the launcher, its options and the check
 * that docker-compose.yml keeps up all read it, so adding a stage is one line here. {@link #PARTNER_SERVICE} runs
 * beside them, like them ({@link #BACKEND_SERVICES}), but is no stage: it serves partner agencies.
 *
 * @param contextPath where the module's pages and its actuator are under its address ({@code
 *                    server.servlet.context-path}): empty but for the console, which the gateway serves under the same
 *                    path
 */
public record ServiceModule(String name, int defaultPort, String contextPath) {

    public static final List<ServiceModule> STAGE_SERVICES = List.of(
            new ServiceModule("intake-service", 8081),
            new ServiceModule("planning-service", 8082),
            new ServiceModule("referral-service", 8083),
            new ServiceModule("monitoring-service", 8084),
            new ServiceModule("closure-service", 8085));

    /** What partner agencies' systems receive: their consent-scoped feeds and webhooks. */
    public static final ServiceModule PARTNER_SERVICE = new ServiceModule("partner-service", 8086);

    /** The services behind the gateway, started together with their broker users: the stages and partner-service. */
    public static final List<ServiceModule> BACKEND_SERVICES = Stream.concat(STAGE_SERVICES.stream(),
            Stream.of(PARTNER_SERVICE)).toList();

    public static final ServiceModule GATEWAY = new ServiceModule("gateway", 8080);

    /**
     * The web console: pages for people over the public API, which it calls through the gateway, and the gateway
     * serves it under {@code /console/}.
     */
    public static final ServiceModule CONSOLE = new ServiceModule("console", 8087, "/console");

    /** The identity provider every service and the gateway take their token keys from: the first to start. */
    public static final ServiceModule AUTH_SERVER = new ServiceModule("auth-server", 9000);

    private static final String SERVICE_SUFFIX = "-service";

    /** At the root of its address, as every module but the console. */
    public ServiceModule(String name, int defaultPort) {
        this(name, defaultPort, "");
    }

    /**
     * The auth server, the stage services and partner-service, the gateway, then the console: the order they start
     * in.
     */
    public static List<ServiceModule> all() {
        return Stream.of(Stream.of(AUTH_SERVER), BACKEND_SERVICES.stream(), Stream.of(GATEWAY, CONSOLE))
                .flatMap(modules -> modules).toList();
    }

    public static Optional<ServiceModule> byName(String name) {
        return all().stream().filter(module -> module.name.equals(name)).findFirst();
    }

    /**
     * The lifecycle stage a service implements: its MongoDB database, its {@code /api/<stage>} path on the gateway and
     * its key in the gateway's {@code casemgmt.services.<stage>.url}.
     */
    public String stage() {
        return name.endsWith(SERVICE_SUFFIX) ? name.substring(0, name.length() - SERVICE_SUFFIX.length()) : name;
    }

    public boolean isGateway() {
        return equals(GATEWAY);
    }

    public boolean isAuthServer() {
        return equals(AUTH_SERVER);
    }

    public boolean isConsole() {
        return equals(CONSOLE);
    }

    /** A stage of the case lifecycle: neither the gateway in front of them nor the auth server beside them. */
    public boolean isStageService() {
        return STAGE_SERVICES.contains(this);
    }

    /** A stage or partner-service: started with its own database, broker user and the privacy master key. */
    public boolean isBackendService() {
        return BACKEND_SERVICES.contains(this);
    }

    public Path jar(Path repoDir) {
        return repoDir.resolve(name).resolve("target").resolve(name + ".jar");
    }
}
