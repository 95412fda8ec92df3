package org.casemgmt.gateway.correlation;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Takes the caller's {@code X-Correlation-Id} or makes one, hands it to the downstream service and echoes it on
 * every response. A web filter rather than a gateway filter, so that errors the gateway answers itself (404, 413)
 * carry the id too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdWebFilter implements WebFilter {

    static {
        // Reactor moves work between threads; this lets it carry the id into the logging MDC of whichever thread
        // logs, under the key every casemgmt service's log pattern prints.
        ContextRegistry.getInstance().registerThreadLocalAccessor(CorrelationId.MDC_KEY,
                () -> MDC.get(CorrelationId.MDC_KEY),
                id -> MDC.put(CorrelationId.MDC_KEY, id),
                () -> MDC.remove(CorrelationId.MDC_KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String correlationId = CorrelationId.acceptOrGenerate(
                exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
        exchange.getAttributes().put(CorrelationId.ATTRIBUTE, correlationId);
        // Set just before commit: a downstream service that echoes the header must not make it appear twice.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(CorrelationId.HEADER, correlationId);
            return Mono.empty();
        });
        ServerWebExchange withId = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(CorrelationId.HEADER, correlationId)))
                .build();
        return chain.filter(withId).contextWrite(Context.of(CorrelationId.MDC_KEY, correlationId));
    }
}
