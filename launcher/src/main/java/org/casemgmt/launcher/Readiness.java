package org.casemgmt.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Waits for a child JVM to become ready, failing early and clearly when it dies or says it never will be. */
final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

    /** One look at a component: true when ready, false when not yet; throws when it will never be. */
    @FunctionalInterface
    interface Probe {
        boolean isReady() throws LaunchException;

        /** What the component answered last, for the message when it never became ready. */
        default String lastAnswer() {
            return "";
        }
    }

    private Readiness() {
    }

    static void await(ChildJvm child, Duration timeout, Probe probe) throws LaunchException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (!child.isAlive()) {
                throw new LaunchException(child.name() + " exited with code " + child.exitCode()
                        + " before it was ready; " + child.logExcerpt());
            }
            if (probe.isReady()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                String answer = probe.lastAnswer().isEmpty() ? "" : "; it last answered " + probe.lastAnswer();
                throw new LaunchException(child.name() + " was not ready within " + timeout.toSeconds()
                        + " s (more time: --ready-timeout)" + answer + "; " + child.logExcerpt());
            }
            try {
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("interrupted while waiting for " + child.name(), e);
            }
        }
    }

    /** Spring Boot's readiness group: 200 with status UP when ready, 503 while not, 404 if the group is off. */
    static Probe httpReadiness(String componentName, URI readinessUrl) {
        return new HttpReadinessProbe(componentName, readinessUrl);
    }

    private static final class HttpReadinessProbe implements Probe {

        private final String componentName;
        private final URI readinessUrl;
        private final HttpRequest request;
        private String lastAnswer = "";

        HttpReadinessProbe(String componentName, URI readinessUrl) {
            this.componentName = componentName;
            this.readinessUrl = readinessUrl;
            this.request = HttpRequest.newBuilder(readinessUrl).timeout(REQUEST_TIMEOUT).GET().build();
        }

        @Override
        public boolean isReady() throws LaunchException {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                lastAnswer = response.statusCode() + " " + response.body();
                if (response.statusCode() == 404) {
                    throw new LaunchException(componentName + " answers 404 at " + readinessUrl
                            + ": every service must expose its readiness group (management.endpoint.health.probes)");
                }
                return response.statusCode() == 200 && response.body().contains("\"UP\"");
            } catch (IOException e) {
                return false; // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("interrupted while waiting for " + componentName, e);
            }
        }

        @Override
        public String lastAnswer() {
            return lastAnswer;
        }
    }
}
