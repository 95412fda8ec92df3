package org.casemgmt.gateway.ratelimit;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import org.casemgmt.gateway.problem.ProblemDocuments;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Holds each client to its limit on the routes to the stages, and tells it where it stands in
 * {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}. A refused request gets the 429 problem with
 * {@code Retry-After} and never reaches the stage. A global filter rather than a web filter because it needs the
 * matched route for per-route limits, and so that the gateway's own endpoints (health probes, 404s) are not counted.
 */
class ClientRateLimitFilter implements GlobalFilter, Ordered {

    private static final String LIMIT_HEADER = "X-RateLimit-Limit";
    private static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    /**
     * Before anything spends a resource on the request: before the gateway buffers its body for the circuit breaker's
     * fallback (AdaptCachedBodyGlobalFilter, {@code HIGHEST_PRECEDENCE + 1000}), and before every route's own filters,
     * the stage's bulkhead and circuit breaker among them, so that a refused request takes no place and never counts
     * for the breaker. Only RemoveCachedBodyFilter, which frees that buffer afterwards, comes earlier.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 500;

    // The scope of the buckets drawn from by every route without a limit of its own; no route id is empty.
    private static final String GLOBAL_SCOPE = "";

    private final RateLimitProperties properties;
    private final ClientBuckets buckets;

    ClientRateLimitFilter(RateLimitProperties properties, NanoClock clock) {
        this.properties = properties;
        this.buckets = new ClientBuckets(properties.maxClients(), clock);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String routeId = exchange.<Route>getRequiredAttribute(GATEWAY_ROUTE_ATTR).getId();
        Limit routeLimit = properties.routes().get(routeId);
        return ClientKeys.of(exchange).flatMap(client -> {
            TokenBucket.Decision decision = routeLimit != null
                    ? buckets.take(routeId, routeLimit, client)
                    : buckets.take(GLOBAL_SCOPE, properties.global(), client);
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set(LIMIT_HEADER, Integer.toString(decision.limit()));
            headers.set(REMAINING_HEADER, Long.toString(decision.remaining()));
            return decision.allowed() ? chain.filter(exchange) : Mono.error(refusal(decision, exchange));
        });
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private static ErrorResponseException refusal(TokenBucket.Decision decision, ServerWebExchange exchange) {
        long seconds = decision.secondsUntilNextToken();
        ProblemDetail problem = ProblemDocuments.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "Rate limit exceeded", "This client sent more requests than the gateway allows. Retry after "
                        + seconds + (seconds == 1 ? " second." : " seconds."),
                exchange);
        ErrorResponseException refusal = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
        refusal.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return refusal;
    }
}
