package org.casemgmt.platform.web.slice;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.casemgmt.testsupport.TestIssuer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A token issuer that is down until {@link #start()}: its port is free and closed, so fetching from it is refused as
 * from a killed authorisation server. Started, it publishes its metadata and {@link TestIssuer}'s key set, so tokens
 * of the shared issuer marked {@code issuedBy(url())} are good.
 */
final class LateIssuer implements AutoCloseable {

    private final int port = freePort();
    private HttpServer server;

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String jwkSetUri() {
        return url() + "/jwks";
    }

    void start() throws IOException {
        String metadata = "{\"issuer\":\"" + url() + "\",\"jwks_uri\":\"" + jwkSetUri() + "\"}";
        String keys = get(TestIssuer.shared().jwkSetUri());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, metadata));
        server.createContext("/jwks", exchange -> answer(exchange, keys));
        server.start();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String get(String uri) throws IOException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
