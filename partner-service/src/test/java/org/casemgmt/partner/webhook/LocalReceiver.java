package org.casemgmt.partner.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A partner's endpoint on loopback for the integration tests: it records every request and answers with the next of
 * the statuses it was given (the last one again once they run out).
 */
final class LocalReceiver implements AutoCloseable {

    record Received(Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private volatile int lastStatus;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private LocalReceiver(int... statuses) throws IOException {
        for (int status : statuses) {
            this.statuses.add(status);
        }
        lastStatus = statuses[statuses.length - 1];
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            received.add(new Received(headers, new String(exchange.getRequestBody().readAllBytes(), UTF_8)));
            Integer next = this.statuses.poll();
            exchange.sendResponseHeaders(next == null ? lastStatus : next, -1);
            exchange.close();
        });
        server.start();
    }

    static LocalReceiver answering(int... statuses) throws IOException {
        return new LocalReceiver(statuses);
    }

    /** From now on, every request gets this status. */
    void answerFromNowOn(int status) {
        statuses.clear();
        lastStatus = status;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
