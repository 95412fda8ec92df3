package org.casemgmt.chaos;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.casemgmt.bench.BearerToken;
import org.casemgmt.bench.BenchHttp;
import org.casemgmt.launcher.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a well-behaved client of the platform does while parts of it are failing: JSON over HTTP to the gateway as a
 * signed-in demo user; every POST carries an {@code Idempotency-Key} of its own, kept across its retries; an answer
 * that says nothing about the request (no connection, a reset, a time-out, 429, 502-504, a 5xx, the same key still
 * in progress, a token the restarted issuer no longer knows) is tried again after a pause until {@link #GIVE_UP_AFTER},
 * honouring {@code Retry-After}. Any other answer is the caller's: a 2xx, or a 4xx the request earned.
 */
final class GatewayCaller {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Longer than any restart takes, the broker's and the store's included, with the back-off. */
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(3);
    private static final String IN_PROGRESS = "idempotent-request-in-progress";

    private final URI gateway;
    private final URI issuer;
    private final String user;
    private final Map<String, BearerToken> tokens;
    private final HttpClient http;
    private final Counters counters;

    GatewayCaller(URI gateway, URI issuer, String user, Counters counters) {
        this(gateway, issuer, user, new ConcurrentHashMap<>(), BenchHttp.client(), counters);
    }

    private GatewayCaller(URI gateway, URI issuer, String user, Map<String, BearerToken> tokens, HttpClient http,
                          Counters counters) {
        this.gateway = gateway;
        this.issuer = issuer;
        this.user = user;
        this.tokens = tokens;
        this.http = http;
        this.counters = counters;
    }

    /** The same client signed in as another demo user (the supervisor, the provider's staff). */
    GatewayCaller as(String otherUser) {
        return new GatewayCaller(gateway, issuer, otherUser, tokens, http, counters);
    }

    String user() {
        return user;
    }

    Answer get(String path) {
        return exchange(() -> HttpRequest.newBuilder(gateway.resolve(path)).GET());
    }

    Answer post(String path, Object body) {
        String key = UUID.randomUUID().toString();
        return exchange(() -> HttpRequest.newBuilder(gateway.resolve(path)).POST(json(body))
                .header("Idempotency-Key", key));
    }

    /**
     * A versioned replacement: safe to repeat by its version (a second application is refused as stale), so a retry
     * after a lost answer may come back 409; {@link Answer#retriedAfterLostAnswer()} says so, for the caller to look.
     */
    Answer put(String path, Object body) {
        return exchange(() -> HttpRequest.newBuilder(gateway.resolve(path)).PUT(json(body)));
    }

    /** One attempt, no retry, no key: what the injected bursts and races send. */
    Answer once(HttpRequest.Builder request) {
        try {
            return send(request);
        } catch (IOException e) {
            return new Answer(0, HttpHeaders.of(Map.of(), (name, value) -> true), JSON.missingNode(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    URI resolve(String path) {
        return gateway.resolve(path);
    }

    private Answer exchange(RequestFactory factory) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        Duration pause = FIRST_PAUSE;
        boolean answerLost = false;
        String lastFailure = "";
        while (System.nanoTime() < deadline) {
            Duration wait = pause;
            try {
                Answer answer = send(factory.create());
                answer = answer.withRetriedAfterLostAnswer(answerLost);
                if (!isTransient(answer)) {
                    return answer;
                }
                lastFailure = answer.toString();
                counters.retried("HTTP " + answer.status() + (answer.status() == 409 ? " in progress" : ""));
                if (answer.status() == 401) {
                    token().renew();
                }
                // A 5xx may have been applied before it failed; 429 and a refused connection were not.
                answerLost |= answer.status() >= 500;
                wait = answer.retryAfter().orElse(pause);
            } catch (IOException e) {
                lastFailure = e.toString();
                counters.retried(e instanceof ConnectException ? "connection refused" : "connection lost");
                answerLost |= !(e instanceof ConnectException);
            } catch (Tokens.TokenException e) {
                lastFailure = e.toString();
                counters.retried("sign-in failed");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            sleep(wait);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
        throw new GaveUp("no answer but failures for " + GIVE_UP_AFTER + ", the last: " + lastFailure);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token().current())
                .timeout(REQUEST_TIMEOUT);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        counters.answered(response.statusCode());
        JsonNode body = JSON.missingNode();
        if (!response.body().isBlank()) {
            try {
                body = JSON.readTree(response.body());
            } catch (RuntimeException notJson) {
                body = JSON.getNodeFactory().stringNode(response.body());
            }
        }
        Answer answer = new Answer(response.statusCode(), response.headers(), body, false);
        if (answer.status() >= 500) {
            counters.serverError(answer.status(), answer.problemType(), answer.text("detail"),
                    response.request().method(), response.uri().getPath());
        }
        return answer;
    }

    private BearerToken token() {
        return tokens.computeIfAbsent(user, name -> new BearerToken(issuer, name));
    }

    private static boolean isTransient(Answer answer) {
        int status = answer.status();
        return status == 401 || status == 429 || status >= 500
                || (status == 409 && answer.problemType().endsWith(IN_PROGRESS));
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @FunctionalInterface
    private interface RequestFactory {
        HttpRequest.Builder create();
    }

    /** The answer to a request, after the retries it needed. */
    record Answer(int status, HttpHeaders headers, JsonNode body, boolean retriedAfterLostAnswer) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String text(String field) {
            return body.path(field).asString();
        }

        long version() {
            return body.path("version").asLong();
        }

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        String problemType() {
            return body.path("type").asString("");
        }

        Optional<Duration> retryAfter() {
            return headers.firstValue("Retry-After").flatMap(seconds -> {
                try {
                    return Optional.of(Duration.ofSeconds(Math.min(Long.parseLong(seconds.strip()), 10)));
                } catch (NumberFormatException notSeconds) {
                    return Optional.empty();
                }
            });
        }

        /** The same answer about another body: the part of it the caller goes on with. */
        Answer withBody(JsonNode other) {
            return new Answer(status, headers, other, retriedAfterLostAnswer);
        }

        Answer withRetriedAfterLostAnswer(boolean lost) {
            return new Answer(status, headers, body, lost);
        }

        Answer expect(int expected, String what) {
            if (status != expected) {
                throw new UnexpectedAnswer(what + ": expected " + expected + ", got " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** An answer the journey cannot go on from: a finding, reported with the case. */
    static final class UnexpectedAnswer extends RuntimeException {
        UnexpectedAnswer(String message) {
            super(message);
        }
    }

    /** The platform did not answer usefully within {@link #GIVE_UP_AFTER}. */
    static final class GaveUp extends RuntimeException {
        GaveUp(String message) {
            super(message);
        }
    }
}
