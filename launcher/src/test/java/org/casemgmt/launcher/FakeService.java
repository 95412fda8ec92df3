package org.casemgmt.launcher;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a Spring Boot service jar in {@link PlatformIT}: records the arguments it was given, and the
 * launcher's variables as {@code NAME=value} lines, in its working directory and reports ready on the port it was
 * told. Like a Spring Boot jar it can be extracted ({@code -Djarmode=tools ... extract --destination DIR}: being a
 * plain jar already, it copies itself) and trained for an AOT cache ({@code -Dspring.context.exit=onRefresh}: it
 * records its arguments in another file and exits before it listens).
 */
public final class FakeService {

    static final String READY_BODY = "{\"status\":\"UP\"}";
    /** Compile-time constants, so this jar needs no class of the launcher. */
    private static final List<String> RECORDED_VARIABLES = List.of(
            Platform.ISSUER_URI_VARIABLE, Platform.AUTH_ISSUER_VARIABLE, Platform.CONSOLE_ISSUER_URI_VARIABLE,
            Platform.CONSOLE_API_URL_VARIABLE);

    private FakeService() {
    }

    public static void main(String[] args) throws Exception {
        serve(args, 200, READY_BODY);
    }

    /** Answers every readiness check with this status and body. */
    static void serve(String[] args, int status, String readinessBody) throws Exception {
        serve(args, "", status, readinessBody);
    }

    /** Answers every readiness check under {@code contextPath} with this status and body. */
    static void serve(String[] args, String contextPath, int status, String readinessBody) throws Exception {
        if ("tools".equals(System.getProperty("jarmode"))) {
            extract(args);
            return;
        }
        int port = Integer.parseInt(Arrays.stream(args).filter(arg -> arg.startsWith("--server.port="))
                .findFirst().orElseThrow().substring("--server.port=".length()));
        List<String> recorded = new ArrayList<>(List.of(args));
        RECORDED_VARIABLES.stream().filter(name -> System.getenv(name) != null)
                .forEach(name -> recorded.add(name + "=" + System.getenv(name)));
        if ("onRefresh".equals(System.getProperty("spring.context.exit"))) {
            Files.write(trainingArgumentsFile(Path.of(""), port), recorded);
            return;
        }
        Files.write(argumentsFile(Path.of(""), port), recorded);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext(contextPath + "/actuator/health/readiness", exchange -> {
            byte[] body = readinessBody.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    static Path argumentsFile(Path workingDir, int port) {
        return workingDir.resolve("fake-service-" + port + ".args");
    }

    static Path trainingArgumentsFile(Path workingDir, int port) {
        return workingDir.resolve("fake-service-" + port + ".training.args");
    }

    private static void extract(String[] args) throws Exception {
        Path destination = Path.of(args[List.of(args).indexOf("--destination") + 1]);
        Path jar = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.copy(jar, destination.resolve(jar.getFileName()));
    }
}
