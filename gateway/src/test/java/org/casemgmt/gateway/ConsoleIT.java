package org.casemgmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The web console behind the gateway, as a browser uses it: its pages without a token, its own cookie, forms and
 * content security policy, the address the browser used, and its live updates streamed event by event for as long
 * as the page stays open.
 */
class ConsoleIT extends GatewayWithStubbedStages {

    private static final String PAGE = "<!doctype html><title>Cases</title>";

    @LocalServerPort
    int port;

    /** How long a stage may take: the console's stream must outlast it. */
    @Value("${casemgmt.gateway.timeout}")
    Duration stageTimeLimit;

    @Test
    void theConsolesPagesNeedNoTokenAndKeepTheConsolesOwnSession() {
        console.answer("/console/cases", exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "CASEMGMT_CONSOLE=s-2; Path=/console; HttpOnly");
            DownstreamStub.respond(exchange, 200, "text/html;charset=UTF-8", PAGE);
        });

        anonymous.get().uri("/console/cases?status=open")
                .header("Cookie", "CASEMGMT_CONSOLE=s-1")
                .header("X-Correlation-Id", "corr-console")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Set-Cookie", "CASEMGMT_CONSOLE=s-2; Path=/console; HttpOnly")
                .expectHeader().valueEquals("X-Correlation-Id", "corr-console")
                .expectHeader().exists("X-RateLimit-Remaining")
                .expectBody(String.class).isEqualTo(PAGE);

        DownstreamStub.ReceivedRequest received = console.lastReceivedAt("/console/cases");
        assertThat(received.rawQuery()).isEqualTo("status=open");
        assertThat(received.header("Cookie")).isEqualTo("CASEMGMT_CONSOLE=s-1");
        assertThat(received.header("X-Correlation-Id")).isEqualTo("corr-console");
    }

    @Test
    void thePlatformsAddressOpensTheConsole() {
        anonymous.get().uri("/")
                .exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/console/");
    }

    @Test
    void theApiStillWantsAToken() {
        anonymous.get().uri("/api/intake/clients")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:casemgmt:problem:unauthenticated");
    }

    @Test
    void theConsoleIsToldTheAddressTheBrowserUsedSoItsSignInComesBackToTheGateway() {
        console.answer("/console/", 200, "text/html", PAGE);

        anonymous.get().uri("/console/").exchange().expectStatus().isOk();

        DownstreamStub.ReceivedRequest received = console.lastReceivedAt("/console/");
        assertThat(received.header("X-Forwarded-Host")).isEqualTo("localhost:" + port);
        assertThat(received.header("X-Forwarded-Port")).isEqualTo(Integer.toString(port));
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.headers().get("Forwarded")).as("which the console would read before X-Forwarded-*")
                .isNull();
    }

    @Test
    void theConsolesRedirectToTheAuthorisationServerReachesTheBrowserUnchanged() {
        String signIn = "http://localhost:9000/oauth2/authorize?response_type=code&client_id=casemgmt-console"
                + "&redirect_uri=http://localhost:" + port + "/console/login/oauth2/code/casemgmt";
        console.answer("/console/oauth2/authorization/casemgmt", exchange -> {
            exchange.getResponseHeaders().set("Location", signIn);
            DownstreamStub.respond(exchange, 302, "text/plain", "");
        });

        anonymous.get().uri("/console/oauth2/authorization/casemgmt")
                .exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals("Location", signIn);
    }

    /** The test client calls from loopback, which trusted-proxies names: it plays a proxy that ended TLS. */
    @Test
    void behindATrustedProxyTheConsoleIsToldWhatTheProxySaysTheBrowserUsed() {
        console.answer("/console/settings", 200, "text/html", PAGE);

        anonymous.get().uri("/console/settings")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "cases.agency.example")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000");

        DownstreamStub.ReceivedRequest received = console.lastReceivedAt("/console/settings");
        assertThat(received.headers().get("X-Forwarded-Proto")).containsExactly("https");
        assertThat(received.headers().get("X-Forwarded-Host")).containsExactly("cases.agency.example");
        assertThat(received.headers().get("X-Forwarded-Port")).as("https's, not the gateway's").containsExactly("443");
    }

    @Test
    void theConsolesOwnContentSecurityPolicyStandsAndTheOtherProtectionsAreAdded() {
        String policy = "default-src 'self'; frame-ancestors 'none'";
        console.answer("/console/clients", exchange -> {
            exchange.getResponseHeaders().set("Content-Security-Policy", policy);
            DownstreamStub.respond(exchange, 200, "text/html", PAGE);
        });

        anonymous.get().uri("/console/clients")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().values("Content-Security-Policy", values -> assertThat(values).containsExactly(policy))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY");
    }

    /** A page of the console posting its own form, its origin https behind a proxy: the console's CSRF token rules. */
    @Test
    void aFormPostedFromAConsolePageReachesTheConsoleWhateverItsOrigin() {
        console.answer("/console/cases/case-1/notes", 303, "text/plain", "");

        anonymous.post().uri("/console/cases/case-1/notes")
                .header("Origin", "https://cases.agency.example")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("_csrf=token-1&text=Called+the+landlord")
                .exchange()
                .expectStatus().isEqualTo(303);

        assertThat(console.lastReceivedAt("/console/cases/case-1/notes").body())
                .isEqualTo("_csrf=token-1&text=Called+the+landlord");
    }

    /** This context's max-request-size is 16 KB; a document upload may be as large as max-document-upload-size. */
    @Test
    void aDocumentMayBeUploadedThroughTheConsoleButNoOtherFormIsOverTheLimit() {
        console.answer("/console/cases/case-2/documents", 303, "text/plain", "");
        MultipartBodyBuilder upload = new MultipartBodyBuilder();
        upload.part("file", "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8)).filename("consent.pdf")
                .contentType(MediaType.APPLICATION_PDF);

        anonymous.post().uri("/console/cases/case-2/documents")
                .body(BodyInserters.fromMultipartData(upload.build()))
                .exchange()
                .expectStatus().isEqualTo(303);
        anonymous.post().uri("/console/cases/case-2/notes")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("text=" + "x".repeat(64 * 1024))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(PROBLEM_JSON);

        assertThat(console.lastReceivedAt("/console/cases/case-2/documents").body()).contains("consent.pdf");
        assertThat(console.receivedAt("/console/cases/case-2/notes")).isEmpty();
    }

    @Test
    void liveUpdatesArriveEventByEventAndTheStreamOutlastsTheStagesTimeLimit() {
        CountDownLatch firstArrived = new CountDownLatch(1);
        Duration quiet = stageTimeLimit.plusSeconds(1);
        console.answer("/console/live", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream stream = exchange.getResponseBody();
            send(stream, "event: case-updated\ndata: case-1\n\n");
            // The second event is held until the browser has the first: were the stream buffered, it never would.
            awaitQuietly(firstArrived);
            sleepQuietly(quiet);
            send(stream, "event: case-updated\ndata: case-2\n\n");
            stream.close();
        });

        Iterator<String> events = anonymous.get().uri("/console/live")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(String.class).getResponseBody()
                .timeout(quiet.plusSeconds(20)).toIterable().iterator();

        assertThat(events.next()).isEqualTo("case-1");
        long firstAt = System.nanoTime();
        firstArrived.countDown();
        assertThat(events.next()).isEqualTo("case-2");
        assertThat(Duration.ofNanos(System.nanoTime() - firstAt)).isGreaterThanOrEqualTo(quiet);
        assertThat(events.hasNext()).isFalse();
    }

    private static void send(OutputStream stream, String event) throws IOException {
        stream.write(event.getBytes(StandardCharsets.UTF_8));
        stream.flush();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
