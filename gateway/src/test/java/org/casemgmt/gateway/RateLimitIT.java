package org.casemgmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The throttled stage allows each client a burst of 2, then 1 request per second, on its API and its document. */
class RateLimitIT extends GatewayWithStubbedStages {

    private static final String PATH = "/api/throttled/reports";

    @Test
    void aBurstOverTheLimitIsRefusedWithRetryAfterWhileAnotherUserIsStillServed() {
        throttled.answer(PATH, 200, "application/json", "[]");
        String burstA = issuer.tokenFor("burst-a", "agency-1", "CASE_WORKER");

        for (int remaining = 1; remaining >= 0; remaining--) {
            call(burstA).expectStatus().isOk()
                    .expectHeader().valueEquals("X-RateLimit-Limit", "2")
                    .expectHeader().valueEquals("X-RateLimit-Remaining", Integer.toString(remaining));
        }
        as(burstA).get().uri(PATH)
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
        call(issuer.tokenFor("burst-b", "agency-1", "CASE_WORKER"))
                .expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Remaining", "1");

        assertThat(throttled.receivedAt(PATH))
                .filteredOn(request -> ("Bearer " + burstA).equals(request.header("Authorization"))).hasSize(2);
    }

    @Test
    void theBudgetBelongsToTheUserNotToTheTokenNorToWhatTheCallerWritesInHeaders() {
        throttled.answer(PATH, 200, "application/json", "[]");
        call(issuer.tokenFor("one-user", "agency-1", "CASE_WORKER")).expectStatus().isOk();
        call(issuer.tokenFor("one-user", "agency-1", "SUPERVISOR")).expectStatus().isOk();

        as(issuer.tokenFor("one-user", "agency-1", "CASE_WORKER")).get().uri(PATH)
                .header("X-Client-Id", "someone-else")
                .header("X-Actor-Id", "someone-else")
                .exchange()
                .expectStatus().isEqualTo(429);
    }

    @Test
    void aRefusedUserIsServedAgainOnceItsBucketHasRefilled() {
        throttled.answer(PATH, 200, "application/json", "[]");
        String refill = issuer.tokenFor("refill", "agency-1", "CASE_WORKER");
        call(refill).expectStatus().isOk();
        call(refill).expectStatus().isOk();
        call(refill).expectStatus().isEqualTo(429).expectHeader().valueEquals("Retry-After", "1");

        rateLimitClockNanos.addAndGet(Duration.ofSeconds(1).minusNanos(1).toNanos());
        call(refill).expectStatus().isEqualTo(429);

        rateLimitClockNanos.addAndGet(1);
        call(refill).expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Remaining", "0");
    }

    @Test
    void refusalsNeverCountAgainstTheStage() {
        throttled.answer(PATH, 200, "application/json", "[]");
        String eager = issuer.tokenFor("eager", "agency-1", "CASE_WORKER");
        call(eager).expectStatus().isOk();
        call(eager).expectStatus().isOk();

        // More refusals than the breaker's window in these tests (4 calls): as failures, they would open it.
        for (int call = 0; call < 5; call++) {
            call(eager).expectStatus().isEqualTo(429);
        }

        assertThat(breakerState("throttled")).isEqualTo("CLOSED");
        call(issuer.tokenFor("patient", "agency-1", "CASE_WORKER")).expectStatus().isOk();
    }

    @Test
    void theGatewaysOwnEndpointsAreNotCounted() {
        anonymous.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("X-RateLimit-Limit");
    }

    @Test
    void aRequestRefusedForWantOfATokenIsNotCountedAgainstAnyone() {
        anonymous.get().uri(PATH).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist("X-RateLimit-Limit");
    }

    @Test
    void callersWithoutATokenOfTheOpenDocumentsCountByTheirAddress() {
        throttled.answer("/v3/api-docs", 200, "application/json", "{}");
        anonymous.get().uri("/openapi/throttled").exchange().expectStatus().isOk();
        anonymous.get().uri("/openapi/throttled").exchange().expectStatus().isOk();

        anonymous.get().uri("/openapi/throttled").exchange()
                .expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.type").isEqualTo("urn:casemgmt:problem:rate-limited");
        gateway.get().uri("/openapi/throttled").exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec call(String token) {
        return as(token).get().uri(PATH).exchange();
    }
}
