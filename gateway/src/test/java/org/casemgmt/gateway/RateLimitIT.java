package org.casemgmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The throttled stage allows each client a burst of 2, then 1 request per second. */
class RateLimitIT extends GatewayWithStubbedStages {

    private static final String PATH = "/api/throttled/reports";

    @Test
    void aBurstOverTheLimitIsRefusedWithRetryAfterWhileAnotherClientIsStillServed() {
        throttled.answer(PATH, 200, "application/json", "[]");

        for (int remaining = 1; remaining >= 0; remaining--) {
            callAs("burst-a").expectStatus().isOk()
                    .expectHeader().valueEquals("X-RateLimit-Limit", "2")
                    .expectHeader().valueEquals("X-RateLimit-Remaining", Integer.toString(remaining));
        }
        gateway.get().uri(PATH)
                .header("X-Client-Id", "burst-a")
                .header("X-Correlation-Id", "corr-429")
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectHeader().valueEquals("X-RateLimit-Limit", "2")
                .expectHeader().valueEquals("X-RateLimit-Remaining", "0")
                .expectHeader().valueEquals("X-Correlation-Id", "corr-429")
                .expectBody()
                .json("""
                        {"type":"urn:casemgmt:problem:rate-limited","title":"Rate limit exceeded","status":429,
                         "detail":"This client sent more requests than the gateway allows. Retry after 1 second.",
                         "instance":"/api/throttled/reports","correlationId":"corr-429"}""", JsonCompareMode.STRICT);
        callAs("burst-b").expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Remaining", "1");

        assertThat(throttled.receivedAt(PATH)).filteredOn(request -> "burst-a".equals(request.header("X-Client-Id")))
                .hasSize(2);
    }

    @Test
    void aRefusedClientIsServedAgainOnceItsBucketHasRefilled() {
        throttled.answer(PATH, 200, "application/json", "[]");
        callAs("refill").expectStatus().isOk();
        callAs("refill").expectStatus().isOk();
        callAs("refill").expectStatus().isEqualTo(429).expectHeader().valueEquals("Retry-After", "1");

        rateLimitClockNanos.addAndGet(Duration.ofSeconds(1).minusNanos(1).toNanos());
        callAs("refill").expectStatus().isEqualTo(429);

        rateLimitClockNanos.addAndGet(1);
        callAs("refill").expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Remaining", "0");
    }

    @Test
    void theGatewaysOwnEndpointsAreNotCounted() {
        gateway.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("X-RateLimit-Limit");
    }

    private WebTestClient.ResponseSpec callAs(String client) {
        return gateway.get().uri(PATH).header("X-Client-Id", client).exchange();
    }
}
