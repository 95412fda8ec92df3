package org.casemgmt.gateway;

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

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A stage service stand-in on a random loopback port: answers what a test tells it to and keeps what it got. */
final class DownstreamStub {

    record ReceivedRequest(String method, String path, String rawQuery, Headers headers, String body) {

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();

    private final String url;

    private DownstreamStub(HttpServer server) {
        this.server = server;
        this.url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static DownstreamStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            // One thread per request: a slow answer must not hold up the others.
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            DownstreamStub stub = new DownstreamStub(server);
            server.createContext("/", stub::handle);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a downstream stub", e);
        }
    }

    /** Stays known after {@link #stop()}, so a test can point the gateway at a service that is down. */
    String url() {
        return url;
    }

    DownstreamStub answer(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    DownstreamStub answer(String path, int status, String contentType, String body) {
        return answer(path, exchange -> respond(exchange, status, contentType, body));
    }

    List<ReceivedRequest> receivedAt(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    ReceivedRequest lastReceivedAt(String path) {
        return receivedAt(path).getLast();
    }

    void stop() {
        server.stop(0);
    }

    static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getRawPath();
            received.add(new ReceivedRequest(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(), body));
            Answer answer = answers.getOrDefault(path,
                    unanswered -> respond(unanswered, 404, "text/plain", "no answer set for " + path));
            answer.answer(exchange);
        } finally {
            exchange.close();
        }
    }
}
