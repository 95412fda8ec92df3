package org.casemgmt.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.ErrorResponseException;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** Routes needing a token take 2 calls at once here, the open routes 1. */
class StageBulkheadsTest {

    private final StageBulkheads bulkheads = new StageBulkheads(BulkheadRegistry.of(Map.of(
            "default", BulkheadConfig.custom().maxConcurrentCalls(2).build(),
            StageBulkheads.OPEN_ROUTE_CONFIG, BulkheadConfig.custom().maxConcurrentCalls(1).build())));

    private final AtomicInteger forwarded = new AtomicInteger();
    private final Sinks.Empty<Void> stageAnswers = Sinks.empty();
    /** A stage that answers nothing until the test lets it. */
    private final GatewayFilterChain slowStage = exchange -> {
        forwarded.incrementAndGet();
        return stageAnswers.asMono();
    };

    @Test
    void aCallOverTheAllowanceIsRefusedAsBusyWithRetryAfterAndNotForwarded() {
        GatewayFilter intake = bulkheads.forRoute("intake", "intake");
        start(intake);
        start(intake);

        ErrorResponseException refusal = assertRefused(intake);

        assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refusal.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(refusal.getBody().getType()).isEqualTo(URI.create("urn:casemgmt:problem:stage-busy"));
        assertThat(refusal.getBody().getTitle()).isEqualTo("Intake stage busy");
        assertThat(refusal.getBody().getProperties()).containsEntry("stage", "intake");
        assertThat(refusal.getBody().getInstance()).isEqualTo(URI.create("/api/intake/clients"));
        assertThat(forwarded).hasValue(2);
    }

    @Test
    void aCallFreesItsPlaceWhenItsAnswerIsDone() {
        GatewayFilter intake = bulkheads.forRoute("intake", "intake");
        start(intake);
        start(intake);
        stageAnswers.tryEmitEmpty();

        start(intake);
        start(intake);
        assertThat(forwarded).hasValue(4);
    }

    @Test
    void aCallFreesItsPlaceWhenItFailsOrItsCallerGoesAway() {
        GatewayFilter intake = bulkheads.forRoute("intake", "intake");
        intake.filter(exchange(), unused -> Mono.error(new IllegalStateException("connection reset")))
                .onErrorComplete().block();
        start(intake).dispose();

        start(intake);
        start(intake);
        assertRefused(intake);
    }

    @Test
    void theOpenRouteHasAnAllowanceOfItsOwnAndTakesNoneOfTheApis() {
        GatewayFilter document = bulkheads.forOpenRoute("intake-openapi", "intake");
        GatewayFilter api = bulkheads.forRoute("intake", "intake");
        start(document);
        assertRefused(document);

        start(api);
        start(api);
        assertThat(forwarded).hasValue(3);
    }

    private Disposable start(GatewayFilter filter) {
        return filter.filter(exchange(), slowStage).subscribe();
    }

    private ErrorResponseException assertRefused(GatewayFilter filter) {
        int forwardedBefore = forwarded.get();
        ErrorResponseException refusal = catchThrowableOfType(ErrorResponseException.class,
                () -> filter.filter(exchange(), slowStage).block());
        assertThat(refusal).as("refused").isNotNull();
        assertThat(forwarded).as("a refused call is not forwarded").hasValue(forwardedBefore);
        return refusal;
    }

    private static MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/intake/clients"));
    }
}
