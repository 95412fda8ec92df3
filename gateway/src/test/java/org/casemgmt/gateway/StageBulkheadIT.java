package org.casemgmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpExchange;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * How many calls the gateway forwards to a stage at once (see {@link GatewayWithStubbedStages}: the crowded stage's
 * API takes 2, every OpenAPI document 2, the other APIs application.yml's allowance). A call over the allowance is
 * answered busy at once, and never counts as a failure of the stage: only the stage's own unavailability opens its
 * breaker ({@link StageUnavailableIT}).
 */
class StageBulkheadIT extends GatewayWithStubbedStages {

    /** More than the breaker's window in these tests (4 calls): counted as failures, they would open it. */
    private static final int REFUSED = 5;

    /** The connections the platform's bench (bin/bench) drives at most, all of them possibly to one stage. */
    private static final int BENCH_CONNECTIONS = 16;

    @Test
    void callsOverAStagesAllowanceAreAnsweredBusyAndDoNotCountAgainstTheStage() {
        String path = "/api/crowded/reports";
        HoldingAnswer slow = new HoldingAnswer();
        crowded.answer(path, slow);
        List<CompletableFuture<HttpStatusCode>> inFlight = sendAtOnce(2, () -> gateway.get().uri(path));
        try {
            await().untilAsserted(() -> assertThat(slow.holding()).isEqualTo(2));

            gateway.get().uri(path).header("X-Correlation-Id", "corr-busy").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(PROBLEM_JSON)
                    .expectHeader().valueEquals("Retry-After", "1")
                    .expectBody()
                    .json("""
                            {"type":"urn:casemgmt:problem:stage-busy","title":"Crowded stage busy","status":503,
                             "stage":"crowded","instance":"/api/crowded/reports","correlationId":"corr-busy"}""",
                            JsonCompareMode.LENIENT)
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .contains("crowded service").doesNotContain("127.0.0.1").doesNotContain("Exception"));
            for (int call = 1; call < REFUSED; call++) {
                gateway.get().uri(path).exchange().expectStatus().isEqualTo(503)
                        .expectBody().jsonPath("$.type").isEqualTo("urn:casemgmt:problem:stage-busy");
            }
            assertThat(crowded.receivedAt(path)).hasSize(2);
            assertBreaker("crowded", "CLOSED");
        } finally {
            slow.release();
        }

        assertThat(inFlight).allSatisfy(call -> assertThat(call.join()).isEqualTo(HttpStatus.OK));
        gateway.get().uri(path).exchange().expectStatus().isOk();
        assertBreaker("crowded", "CLOSED");
    }

    @Test
    void aBurstOnAnOpenDocumentCannotOpenTheStagesBreakerNorCrowdOutItsApi() {
        HoldingAnswer slowDocument = new HoldingAnswer();
        intake.answer("/v3/api-docs", slowDocument);
        intake.answer("/api/intake/referral-sources", 200, "application/json", "[]");
        List<CompletableFuture<HttpStatusCode>> inFlight = sendAtOnce(2, () -> anonymous.get().uri("/openapi/intake"));
        try {
            await().untilAsserted(() -> assertThat(slowDocument.holding()).isEqualTo(2));
            for (int call = 0; call < REFUSED; call++) {
                anonymous.get().uri("/openapi/intake").exchange()
                        .expectStatus().isEqualTo(503)
                        .expectHeader().valueEquals("Retry-After", "1")
                        .expectBody()
                        .jsonPath("$.type").isEqualTo("urn:casemgmt:problem:stage-busy")
                        .jsonPath("$.stage").isEqualTo("intake");
            }

            // The document's callers hold all its places; the API's are its own.
            gateway.get().uri("/api/intake/referral-sources").exchange()
                    .expectStatus().isOk()
                    .expectBody().json("[]");
            assertBreaker("intake", "CLOSED");
        } finally {
            slowDocument.release();
        }

        assertThat(inFlight).allSatisfy(call -> assertThat(call.join()).isEqualTo(HttpStatus.OK));
        int reachedBefore = intake.receivedAt("/api/intake/referral-sources").size();
        gateway.get().uri("/api/intake/referral-sources").exchange().expectStatus().isOk();
        assertThat(intake.receivedAt("/api/intake/referral-sources")).hasSize(reachedBefore + 1);
        assertBreaker("intake", "CLOSED");
    }

    @Test
    void asManyCallsAtOnceAsTheBenchSendsAreAllForwardedToOneStage() {
        String path = "/api/intake/bench-sized";
        HoldingAnswer slow = new HoldingAnswer();
        intake.answer(path, slow);
        List<CompletableFuture<HttpStatusCode>> inFlight = sendAtOnce(BENCH_CONNECTIONS, () -> gateway.get().uri(path));
        try {
            await().untilAsserted(() -> assertThat(slow.holding()).isEqualTo(BENCH_CONNECTIONS));
        } finally {
            slow.release();
        }

        assertThat(inFlight).allSatisfy(call -> assertThat(call.join()).isEqualTo(HttpStatus.OK));
    }

    private void assertBreaker(String stage, String state) {
        assertThat(breakerState(stage)).isEqualTo(state);
    }

    /** Each call on a thread of its own, so that they are all in flight together; their statuses as they come. */
    private static List<CompletableFuture<HttpStatusCode>> sendAtOnce(int calls,
            Supplier<WebTestClient.RequestHeadersSpec<?>> call) {
        return IntStream.range(0, calls)
                .mapToObj(unused -> CompletableFuture.supplyAsync(
                        () -> call.get().exchange().expectBody().returnResult().getStatus(),
                        Thread::startVirtualThread))
                .toList();
    }

    /** A stage that takes every request it gets and answers none until released, as a stage under load does. */
    private static final class HoldingAnswer implements DownstreamStub.Answer {

        private final CountDownLatch released = new CountDownLatch(1);
        private final AtomicInteger holding = new AtomicInteger();

        @Override
        public void answer(HttpExchange exchange) throws IOException {
            holding.incrementAndGet();
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            DownstreamStub.respond(exchange, 200, "application/json", "[]");
        }

        int holding() {
            return holding.get();
        }

        void release() {
            released.countDown();
        }
    }
}
