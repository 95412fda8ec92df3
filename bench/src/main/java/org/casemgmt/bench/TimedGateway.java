package org.casemgmt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to the gateway as one signed-in user on a connection of its own, each request timed from sending to
 * the whole answer read, and refused ({@link UnexpectedStatus}) unless the status is the one the workload expects.
 */
final class TimedGateway implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI gateway;
    private final BearerToken token;
    private final Samples samples;
    private final HttpClient http = BenchHttp.client();

    TimedGateway(URI gateway, BearerToken token, Samples samples) {
        this.gateway = gateway;
        this.token = token;
        this.samples = samples;
    }

    JsonNode get(Figure figure, String path, int expectedStatus) {
        return expect(figure, send(figure, HttpRequest.newBuilder(gateway.resolve(path)).GET()), expectedStatus);
    }

    JsonNode post(Figure figure, String path, Object body, int expectedStatus) {
        return expect(figure, send(figure, HttpRequest.newBuilder(gateway.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))), expectedStatus);
    }

    JsonNode put(Figure figure, String path, Object body, int expectedStatus) {
        return expect(figure, send(figure, HttpRequest.newBuilder(gateway.resolve(path))
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))), expectedStatus);
    }

    /** One untimed look, for polling until something shows: only the status counts. */
    int status(String path) {
        return exchange(HttpRequest.newBuilder(gateway.resolve(path)).GET()).statusCode();
    }

    private HttpResponse<String> send(Figure figure, HttpRequest.Builder request) {
        long start = System.nanoTime();
        HttpResponse<String> response = exchange(request);
        samples.add(figure, System.nanoTime() - start);
        return response;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        request.header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token.current()).timeout(REQUEST_TIMEOUT);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode expect(Figure figure, HttpResponse<String> response, int expectedStatus) {
        if (response.statusCode() != expectedStatus) {
            throw new UnexpectedStatus(response.statusCode(), figure.label().strip() + ": expected " + expectedStatus
                    + " from " + response.request().method() + " " + response.uri() + ", got "
                    + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        http.close();
    }
}
