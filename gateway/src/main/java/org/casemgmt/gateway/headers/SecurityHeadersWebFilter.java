package org.casemgmt.gateway.headers;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Puts the browser protections on every response, proxied or answered by the gateway itself: no content sniffing,
 * no framing, no referrer, HSTS when the client came over https, and no caching of the stage APIs' answers, which
 * carry client data. Each header is set only when the response lacks it, and just before the response is
 * committed, so that a service's own choice (its Cache-Control, say) stands and no header appears twice.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersWebFilter implements WebFilter {

    private static final String API_PATH_PREFIX = "/api/";

    // One year, the common choice; without includeSubDomains, since other hosts of the domain may not serve https.
    private static final String HSTS = "max-age=31536000";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        boolean overHttps = cameOverHttps(request);
        boolean apiAnswer = request.getPath().value().startsWith(API_PATH_PREFIX);
        HttpHeaders headers = exchange.getResponse().getHeaders();
        exchange.getResponse().beforeCommit(() -> {
            setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
            setIfAbsent(headers, "X-Frame-Options", "DENY");
            setIfAbsent(headers, "Content-Security-Policy", "frame-ancestors 'none'");
            setIfAbsent(headers, "Referrer-Policy", "no-referrer");
            if (overHttps) {
                setIfAbsent(headers, "Strict-Transport-Security", HSTS);
            }
            if (apiAnswer) {
                setIfAbsent(headers, HttpHeaders.CACHE_CONTROL, "no-store");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    /** Directly, or through a proxy that ended TLS and said so in {@code X-Forwarded-Proto}. */
    private static boolean cameOverHttps(ServerHttpRequest request) {
        String forwardedProto = request.getHeaders().getFirst("X-Forwarded-Proto");
        // A proxy chain lists one protocol per hop; the first is the one the client used.
        String clientProto = forwardedProto == null ? null : forwardedProto.split(",", 2)[0].trim();
        return "https".equalsIgnoreCase(request.getURI().getScheme()) || "https".equalsIgnoreCase(clientProto);
    }

    private static void setIfAbsent(HttpHeaders headers, String name, String value) {
        if (!headers.containsHeader(name)) {
            headers.set(name, value);
        }
    }
}
