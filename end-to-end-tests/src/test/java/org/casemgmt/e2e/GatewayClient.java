package org.casemgmt.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.casemgmt.launcher.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a signed-in user's tool (or curl with {@code bin/token}) does: JSON over HTTP to the gateway with the user's
 * bearer token, nothing else. Acts as {@code worker.alex} unless {@link #as} names another demo user.
 */
final class GatewayClient {

    static final String WORKER = "worker.alex";
    static final String SUPERVISOR = "supervisor.sam";
    static final String ADMIN = "admin.ada";
    static final String AUDITOR = "auditor.ari";
    /** A case worker of agency-south; every other demo user above is agency-north's. */
    static final String OTHER_AGENCY_WORKER = "worker.bo";
    /** Staff of the provider agency shelter-north, which runs the directory's shelter. */
    static final String PROVIDER = "provider.pat";
    private static final String DEMO_PASSWORD = "demo";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI gateway;
    private final URI issuer;
    /** Null: no Authorization header at all, as a caller who never signed in. */
    private final String user;
    // Signing in is a handful of round trips through the sign-in form: once per user is enough for a run.
    private final Map<String, String> tokens;
    private final HttpClient http;

    GatewayClient(URI gateway, URI issuer) {
        this(gateway, issuer, WORKER, new ConcurrentHashMap<>(),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    private GatewayClient(URI gateway, URI issuer, String user, Map<String, String> tokens, HttpClient http) {
        this.gateway = gateway;
        this.issuer = issuer;
        this.user = user;
        this.tokens = tokens;
        this.http = http;
    }

    /** The same gateway, signed in as another demo user. */
    GatewayClient as(String otherUser) {
        return new GatewayClient(gateway, issuer, otherUser, tokens, http);
    }

    GatewayClient withoutToken() {
        return new GatewayClient(gateway, issuer, null, tokens, http);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(gateway.resolve(path)).GET(), Map.of());
    }

    Reply get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(gateway.resolve(path)).GET(), headers);
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

    /** A file as a browser's form sends it: multipart/form-data, the file under {@code file}, then the fields. */
    Reply upload(String path, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----casemgmt-" + UUID.randomUUID();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(content);
        fields.forEach((name, value) -> form.writeBytes(("\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value)
                .getBytes(StandardCharsets.UTF_8)));
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(gateway.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    /** A file's bytes as they come, with the answer's headers; a problem's JSON is in the bytes too. */
    HttpResponse<byte[]> download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).GET().timeout(Duration.ofSeconds(30));
        authorize(request);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void authorize(HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Bearer " + tokens.computeIfAbsent(user,
                    name -> Tokens.forUser(issuer, name, DEMO_PASSWORD)));
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    private Reply send(HttpRequest.Builder request, Map<String, String> headers) {
        request.header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
                .timeout(Duration.ofSeconds(30));
        authorize(request);
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(),
                    response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, HttpHeaders headers, JsonNode body) {
        String contentType() {
            return header("Content-Type");
        }

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        String text(String field) {
            return body.path(field).asString();
        }

        long number(String field) {
            return body.path(field).asLong();
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body;
        }
    }
}
