package org.casemgmt.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a case worker's tool (or curl) does: JSON over HTTP to the gateway, nothing else. */
final class GatewayClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    GatewayClient(URI gateway) {
        this.gateway = gateway;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(gateway.resolve(path)).GET(), Map.of());
    }

    Reply post(String path, Object body) {
        return post(path, body, Map.of());
    }

    Reply post(String path, Object body, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(gateway.resolve(path)).POST(json(body)), headers);
    }

    Reply put(String path, Object body) {
        return send(HttpRequest.newBuilder(gateway.resolve(path)).PUT(json(body)), Map.of());
    }

    Reply postRaw(String path, String rawBody) {
        return send(HttpRequest.newBuilder(gateway.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(rawBody)), Map.of());
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    private Reply send(HttpRequest.Builder request, Map<String, String> headers) {
        request.header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
                .header("X-Actor-Id", "worker.alex").timeout(Duration.ofSeconds(30));
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String contentType, JsonNode body) {
        String text(String field) {
            return body.path(field).asString();
        }

        long number(String field) {
            return body.path(field).asLong();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
