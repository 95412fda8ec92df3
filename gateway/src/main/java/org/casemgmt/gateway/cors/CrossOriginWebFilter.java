package org.casemgmt.gateway.cors;

import java.time.Duration;
import java.util.List;

import org.casemgmt.gateway.correlation.CorrelationId;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Lets the configured web consoles call the API from a browser. The gateway answers preflights itself, for every
 * stage alike, and refuses a cross-origin request from any other origin, preflight or not, with a 403 problem
 * before it reaches a stage (Spring's CorsWebFilter would refuse with an empty body). The API authenticates with
 * bearer tokens, not cookies, so credentialed requests are not allowed. The web console's own pages are left to it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class CrossOriginWebFilter implements WebFilter {

    private static final List<String> ALLOWED_METHODS = List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(),
            HttpMethod.POST.name(), HttpMethod.PUT.name(), HttpMethod.PATCH.name(), HttpMethod.DELETE.name());

    /** The request headers the stage APIs read beyond the ones a browser may always send. */
    private static final List<String> ALLOWED_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            "Idempotency-Key", HttpHeaders.IF_MATCH, CorrelationId.HEADER);

    /** The response headers a console's script may read beyond the ones a browser always shows it. */
    private static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.LOCATION, CorrelationId.HEADER,
            HttpHeaders.RETRY_AFTER, "Idempotent-Replayed", "X-RateLimit-Limit", "X-RateLimit-Remaining");

    /**
     * The web console's pages are the console's to guard (its CSRF token), not this policy's, which is the API's. A
     * console page posting its own forms is same-origin, but behind a proxy that ends TLS its {@code Origin} (https)
     * differs from the address the gateway was called on (http): refused here, it could never submit a form.
     */
    private static final PathPattern CONSOLE = PathPatternParser.defaultInstance.parse("/console/**");

    // Browsers cap it lower anyway (Chromium at 2 hours); long enough to spare most preflights of a session.
    private static final Duration PREFLIGHT_CACHE = Duration.ofHours(1);

    private final CorsConfiguration policy = new CorsConfiguration();
    private final CorsProcessor processor = new DefaultCorsProcessor();

    CrossOriginWebFilter(CorsProperties properties) {
        policy.setAllowedOrigins(properties.allowedOrigins());
        policy.setAllowedMethods(ALLOWED_METHODS);
        policy.setAllowedHeaders(ALLOWED_HEADERS);
        policy.setExposedHeaders(EXPOSED_HEADERS);
        policy.setAllowCredentials(false);
        policy.setMaxAge(PREFLIGHT_CACHE);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!CorsUtils.isCorsRequest(request) || CONSOLE.matches(request.getPath().pathWithinApplication())) {
            return chain.filter(exchange);
        }
        if (!processor.process(policy, exchange)) {
            return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Cross-origin requests from this origin, or with this method or these headers, are not allowed."));
        }
        return CorsUtils.isPreFlightRequest(request) ? Mono.empty() : chain.filter(exchange);
    }
}
