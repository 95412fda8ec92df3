package org.casemgmt.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The gateway as the console calls it, on a random loopback port: each request answered with what a test set for its
 * method and path (the query left aside), anything else the platform's 404; every request kept, to check what the
 * console sent.
 */
public final class GatewayStub {

    /** A request the console made. */
    public record Received(String method, String path, String authorization, String body, String query) {
    }

    private record Answer(int status, String json) {
    }

    private static final Answer NOT_FOUND = new Answer(404, """
            {"type":"urn:casemgmt:problem:not-found","title":"Not found","status":404}""");

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private GatewayStub(HttpServer server) {
        this.server = server;
    }

    public static GatewayStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            // The console asks for a case's parts at once: one thread each.
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            GatewayStub stub = new GatewayStub(server);
            server.createContext("/", stub::handle);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the gateway stub", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A GET of {@code path} answers 200 with {@code json}. */
    public GatewayStub get(String path, String json) {
        return answer("GET", path, 200, json);
    }

    public GatewayStub answer(String method, String path, int status, String json) {
        answers.put(method + " " + path, new Answer(status, json));
        return this;
    }

    public List<Received> received(String method, String path) {
        return received.stream().filter(request -> request.method().equals(method) && request.path().equals(path))
                .toList();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Forgets every answer and request, for the next test. */
    public void reset() {
        answers.clear();
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            received.add(new Received(method, path, exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), exchange.getRequestURI().getRawQuery()));
            Answer answer = answers.getOrDefault(method + " " + path, NOT_FOUND);
            byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    answer.status() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
