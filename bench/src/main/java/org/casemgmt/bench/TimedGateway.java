package org.casemgmt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to the gateway as one signed-in user, each request timed from sending to the whole answer read, and
 * refused unless the status is the one the workload expects: a benchmark that measured error answers would measure
 * the wrong thing. Signing in is not part of a case worker's request, so it happens outside the timing: once, and again
 * only when the token is old enough to expire during a long run.
 */
final class TimedGateway {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Well inside the auth server's 30-minute access-token lifetime. */
    private static final Duration TOKEN_RENEWAL = Duration.ofMinutes(20);

    private final URI gateway;
    private final Supplier<String> signIn;
    private String bearerToken;
    private long signedInAt;
    private final Samples samples;
    // HTTP/1.1 as curl and most tools speak it to the gateway: the default client would try an h2c upgrade first.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    TimedGateway(URI gateway, Supplier<String> signIn, Samples samples) {
        this.gateway = gateway;
        this.signIn = signIn;
        this.samples = samples;
    }

    JsonNode get(String figure, String path, int expectedStatus) {
        return expect(figure, send(figure, path, HttpRequest.newBuilder(gateway.resolve(path)).GET()), expectedStatus);
    }

    JsonNode post(String figure, String path, Object body, int expectedStatus) {
        return expect(figure, send(figure, path, HttpRequest.newBuilder(gateway.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))), expectedStatus);
    }

    JsonNode put(String figure, String path, Object body, int expectedStatus) {
        return expect(figure, send(figure, path, HttpRequest.newBuilder(gateway.resolve(path))
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))), expectedStatus);
    }

    /** One untimed look, for polling until something shows: only the status counts. */
    int status(String path) {
        renewTokenIfOld();
        return exchange(HttpRequest.newBuilder(gateway.resolve(path)).GET()).statusCode();
    }

    private HttpResponse<String> send(String figure, String path, HttpRequest.Builder request) {
        renewTokenIfOld();
        long start = System.nanoTime();
        HttpResponse<String> response = exchange(request);
        samples.add(figure, System.nanoTime() - start);
        return response;
    }

    private void renewTokenIfOld() {
        if (bearerToken == null || System.nanoTime() - signedInAt > TOKEN_RENEWAL.toNanos()) {
            bearerToken = signIn.get();
            signedInAt = System.nanoTime();
        }
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        request.header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearerToken).timeout(REQUEST_TIMEOUT);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode expect(String figure, HttpResponse<String> response, int expectedStatus) {
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(figure + ": expected " + expectedStatus + " from "
                    + response.request().method() + " " + response.uri() + ", got " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
