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
 * told.
 */
public final class FakeService {

    static final String READY_BODY = "{\"status\":\"UP\"}";
    /** Compile-time constants, so this jar needs no class of the launcher. */
    private static final List<String> RECORDED_VARIABLES = List.of(
            Platform.ISSUER_URI_VARIABLE, Platform.AUTH_ISSUER_VARIABLE);

    private FakeService() {
    }

    public static void main(String[] args) throws Exception {
        serve(args, 200, READY_BODY);
    }

    /** Answers every readiness check with this status and body. */
    static void serve(String[] args, int status, String readinessBody) throws Exception {
        int port = Integer.parseInt(Arrays.stream(args).filter(arg -> arg.startsWith("--server.port="))
                .findFirst().orElseThrow().substring("--server.port=".length()));
        List<String> recorded = new ArrayList<>(List.of(args));
        RECORDED_VARIABLES.stream().filter(name -> System.getenv(name) != null)
                .forEach(name -> recorded.add(name + "=" + System.getenv(name)));
        Files.write(argumentsFile(Path.of(""), port), recorded);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
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
}
