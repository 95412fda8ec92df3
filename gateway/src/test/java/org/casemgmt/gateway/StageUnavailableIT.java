package org.casemgmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.json.JsonCompareMode;

@ExtendWith(OutputCaptureExtension.class)
class StageUnavailableIT extends GatewayWithStubbedStages {

    @Test
    void aStoppedServiceGivesTheStageUnavailableProblemNamingTheStage() {
        gateway.get().uri("/api/planning/plans?caseId=case-1")
                .header("X-Correlation-Id", "corr-planning-down")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(PROBLEM_JSON)
                .expectHeader().valueEquals("X-Correlation-Id", "corr-planning-down")
                .expectBody()
                .json("""
                        {"type":"urn:casemgmt:problem:stage-unavailable","title":"Planning stage unavailable",
                         "status":503,"stage":"planning","instance":"/api/planning/plans",
                         "correlationId":"corr-planning-down"}""", JsonCompareMode.LENIENT)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("planning service").doesNotContain("127.0.0.1").doesNotContain("Exception"));
    }

    @Test
    void theLogLineOfAFailedCallCarriesTheTraceAndCorrelationIds(CapturedOutput output) {
        String callerTraceId = "0af7651916cd43dd8448eb211c80319c";

        gateway.get().uri("/api/planning/goals")
                .header("traceparent", "00-" + callerTraceId + "-b7ad6b7169203331-01")
                .header("X-Correlation-Id", "corr-logged")
                .exchange()
                .expectStatus().isEqualTo(503);

        assertThat(output).containsPattern(
                "\\[gateway," + callerTraceId + ",[0-9a-f]{16},corr-logged\\].*Stage planning unavailable");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeGivesTheSameProblem() throws InterruptedException {
        CountDownLatch gatewayGaveUp = new CountDownLatch(1);
        referral.answer("/api/referral/referrals", exchange -> {
            awaitQuietly(gatewayGaveUp);
            DownstreamStub.respond(exchange, 200, "application/json", "[]");
        });
        try {
            gateway.get().uri("/api/referral/referrals")
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("urn:casemgmt:problem:stage-unavailable")
                    .jsonPath("$.title").isEqualTo("Referral stage unavailable")
                    .jsonPath("$.stage").isEqualTo("referral")
                    .jsonPath("$.detail")
                    .value(detail -> assertThat((String) detail).contains("did not answer in time"));
        } finally {
            gatewayGaveUp.countDown();
        }
    }

    @Test
    void repeatedUnavailableAnswersOpenTheBreakerAndStopCallsToTheService() {
        // Counted from a closed breaker with an empty window, whatever RoutingIT sent monitoring before.
        circuitBreakers.circuitBreaker("monitoring").reset();
        monitoring.answer("/api/monitoring/notes", 503, "text/plain", "down for maintenance");

        for (int call = 0; call < 4; call++) {
            gateway.get().uri("/api/monitoring/notes").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.stage").isEqualTo("monitoring");
        }
        assertThat(breakerState("monitoring")).isEqualTo("OPEN");

        gateway.get().uri("/api/monitoring/notes").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.stage").isEqualTo("monitoring")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("stopped calling"));
        assertThat(monitoring.receivedAt("/api/monitoring/notes")).hasSize(4);
    }

    @Test
    void aServerErrorOfOneRequestPassesThroughAndDoesNotOpenTheBreaker() {
        String problem = """
                {"type":"urn:casemgmt:problem:internal-error","title":"Internal error","status":500}""";
        closure.answer("/api/closure/closures", 500, PROBLEM_JSON, problem);

        for (int call = 0; call < 4; call++) {
            gateway.get().uri("/api/closure/closures").exchange()
                    .expectStatus().isEqualTo(500)
                    .expectBody().json(problem, JsonCompareMode.STRICT);
        }
        assertThat(breakerState("closure")).isEqualTo("CLOSED");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
