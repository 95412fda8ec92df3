package org.casemgmt.gateway.routing;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * How many calls the gateway forwards at once on each route to a stage, over all callers: one Resilience4j bulkhead
 * per route id, configured under {@code resilience4j.bulkhead}. A call over the allowance gets the stage-busy problem
 * with {@code Retry-After} at once. The bulkhead is a route filter in front of the stage's circuit breaker, not the
 * breaker's own (Spring Cloud CircuitBreaker's, which sits inside the breaker, is switched off): a full bulkhead says
 * that the gateway already holds enough calls to the stage, not that the stage failed, so a refusal never reaches
 * the breaker and can never open it.
 */
final class StageBulkheads {

    private static final Logger log = LoggerFactory.getLogger(StageBulkheads.class);

    /** The Resilience4j configuration of the routes open without a token (the OpenAPI documents). */
    static final String OPEN_ROUTE_CONFIG = "openapi";

    /**
     * After the rate limit (ratelimit.ClientRateLimitFilter), so that a refused caller takes no place; before the
     * circuit breaker (order 0), so that no refusal counts for it; and before the response is written
     * (NettyWriteResponseFilter, -1), so that a call keeps its place while its answer streams from the stage.
     */
    static final int ORDER = -10;

    private static final long RETRY_AFTER_SECONDS = 1;

    private final BulkheadRegistry registry;

    StageBulkheads(BulkheadRegistry registry) {
        this.registry = registry;
    }

    /** For a route needing a token: the default configuration, or the route id's own instance. */
    GatewayFilter forRoute(String routeId, String stage) {
        return filter(registry.bulkhead(routeId), stage);
    }

    /** For a route open to anyone: an allowance of its own, so that its callers never take a token holder's place. */
    GatewayFilter forOpenRoute(String routeId, String stage) {
        return filter(registry.bulkhead(routeId, OPEN_ROUTE_CONFIG), stage);
    }

    private static GatewayFilter filter(Bulkhead bulkhead, String stage) {
        return new OrderedGatewayFilter((exchange, chain) -> {
            if (!bulkhead.tryAcquirePermission()) {
                return Mono.error(busy(bulkhead, stage, exchange));
            }
            // Exactly once, whether the call completes, fails or the caller goes away.
            return Mono.defer(() -> chain.filter(exchange)).doFinally(signal -> bulkhead.onComplete());
        }, ORDER);
    }

    private static ErrorResponseException busy(Bulkhead bulkhead, String stage, ServerWebExchange exchange) {
        int allowance = bulkhead.getBulkheadConfig().getMaxConcurrentCalls();
        log.warn("Stage {} busy: {} calls in flight on route {}, refused {} {}", stage, allowance, bulkhead.getName(),
                exchange.getRequest().getMethod(), exchange.getRequest().getPath());
        ProblemDetail problem = StageProblems.unavailable("stage-busy", stage, "busy", "The gateway is already "
                + "forwarding as many requests to the " + stage + " service as it allows at once. Retry after "
                + RETRY_AFTER_SECONDS + " second.", exchange);
        ErrorResponseException refusal = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
        refusal.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
        return refusal;
    }
}
