package org.casemgmt.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;

class ClientRateLimitFilterTest {

    private final AtomicInteger forwarded = new AtomicInteger();
    private final GatewayFilterChain chain = exchange -> {
        forwarded.incrementAndGet();
        return Mono.empty();
    };

    @Test
    void routesWithoutALimitOfTheirOwnShareTheClientsGlobalBudget() {
        ClientRateLimitFilter filter = filter(new Limit(1, 2), Map.of());

        assertThat(send(filter, "intake").getResponse().getHeaders().getFirst("X-RateLimit-Remaining"))
                .isEqualTo("1");
        assertThat(send(filter, "planning").getResponse().getHeaders().getFirst("X-RateLimit-Remaining"))
                .isEqualTo("0");
        assertRefused(filter, "intake");
        assertThat(forwarded).hasValue(2);
    }

    @Test
    void aRouteWithItsOwnLimitHasASeparateBudget() {
        ClientRateLimitFilter filter = filter(new Limit(1, 1), Map.of("referral", new Limit(1, 3)));

        send(filter, "intake");
        for (int call = 0; call < 3; call++) {
            assertThat(send(filter, "referral").getResponse().getHeaders().getFirst("X-RateLimit-Limit"))
                    .isEqualTo("3");
        }
        assertRefused(filter, "referral");
        assertRefused(filter, "intake");
    }

    @Test
    void aRefusalIsTheRateLimitedProblemWithRetryAfterAndTheBucketsState() {
        ClientRateLimitFilter filter = filter(new Limit(0.5, 1), Map.of());
        send(filter, "intake");

        MockServerWebExchange exchange = exchange("intake");
        ErrorResponseException refusal = assertRefused(filter, exchange);

        assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refusal.getHeaders().getFirst("Retry-After")).isEqualTo("2");
        assertThat(refusal.getBody().getType()).isEqualTo(URI.create("urn:casemgmt:problem:rate-limited"));
        assertThat(refusal.getBody().getInstance()).isEqualTo(URI.create("/api/intake/clients"));
        assertThat(refusal.getBody().getDetail()).contains("Retry after 2 seconds");
        assertThat(exchange.getResponse().getHeaders().getFirst("X-RateLimit-Limit")).isEqualTo("1");
        assertThat(exchange.getResponse().getHeaders().getFirst("X-RateLimit-Remaining")).isEqualTo("0");
    }

    private static ClientRateLimitFilter filter(Limit global, Map<String, Limit> routes) {
        // The clock stands still: nothing refills while a test runs.
        return new ClientRateLimitFilter(new RateLimitProperties(global, routes, 100), () -> 0L);
    }

    private MockServerWebExchange send(ClientRateLimitFilter filter, String routeId) {
        MockServerWebExchange exchange = exchange(routeId);
        filter.filter(exchange, chain).block();
        return exchange;
    }

    private ErrorResponseException assertRefused(ClientRateLimitFilter filter, String routeId) {
        return assertRefused(filter, exchange(routeId));
    }

    private ErrorResponseException assertRefused(ClientRateLimitFilter filter, MockServerWebExchange exchange) {
        int forwardedBefore = forwarded.get();
        ErrorResponseException refusal = catchThrowableOfType(ErrorResponseException.class,
                () -> filter.filter(exchange, chain).block());
        assertThat(refusal).as("refused").isNotNull();
        assertThat(forwarded).as("a refused request is not forwarded").hasValue(forwardedBefore);
        return refusal;
    }

    private static MockServerWebExchange exchange(String routeId) {
        MockServerWebExchange exchange = MockServerWebExchange
                .builder(MockServerHttpRequest.get("/api/intake/clients")).principal(() -> "worker.alex").build();
        exchange.getAttributes().put(GATEWAY_ROUTE_ATTR,
                Route.async().id(routeId).uri("http://" + routeId + ".internal").predicate(ignored -> true).build());
        return exchange;
    }
}
