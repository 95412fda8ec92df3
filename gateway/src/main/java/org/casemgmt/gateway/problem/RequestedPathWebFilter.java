package org.casemgmt.gateway.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Remembers the path as the client sent it: the circuit breaker forwards a failed request to its fallback under
 * another path, and the problem document's {@code instance} must still name what the client asked for.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestedPathWebFilter implements WebFilter {

    static final String ATTRIBUTE = RequestedPathWebFilter.class.getName();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getAttributes().putIfAbsent(ATTRIBUTE, exchange.getRequest().getPath().value());
        return chain.filter(exchange);
    }
}
