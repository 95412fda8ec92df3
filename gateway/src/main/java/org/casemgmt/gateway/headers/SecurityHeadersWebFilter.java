package org.casemgmt.gateway.headers;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.header.CompositeServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ContentSecurityPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.HttpHeaderWriterWebFilter;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ServerWebExchangeDelegatingServerHttpHeadersWriter;
import org.springframework.security.web.server.header.StaticServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XContentTypeOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Puts the browser protections on every response, proxied or answered by the gateway itself: no content sniffing,
 * no framing, no referrer, HSTS when the client came over https, and no caching of the stage APIs' answers, which
 * carry client data. Spring Security's header writers write them, just before the response is committed, each only
 * when the response lacks it, so that a stage's own choice (its Cache-Control, say) stands and nothing appears twice.
 *
 * <p>Spring Security's filter, but not inside the security chain ({@code ServerHttpSecurity.headers}, off in
 * TokenSecurity): that chain runs at order -100, after the CORS filter and the size limit, whose answers (a preflight,
 * a 403 to another origin, a 413 for a declared body over the limit) would then go without these headers. Here it is
 * the first filter, so it sees every response: those, the chain's 401s, the rate limit's 429s and the bulkheads'
 * 503s (global and route filters, which run after every web filter), the breaker's fallbacks, the 404s, the proxied
 * answers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersWebFilter extends HttpHeaderWriterWebFilter {

    // One year, the common choice; without includeSubDomains, since other hosts of the domain may not serve https.
    private static final String HSTS = "max-age=31536000";

    SecurityHeadersWebFilter() {
        super(browserProtections());
    }

    private static ServerHttpHeadersWriter browserProtections() {
        XFrameOptionsServerHttpHeadersWriter frameOptions = new XFrameOptionsServerHttpHeadersWriter();
        frameOptions.setMode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY);
        ContentSecurityPolicyServerHttpHeadersWriter contentSecurityPolicy =
                new ContentSecurityPolicyServerHttpHeadersWriter();
        contentSecurityPolicy.setPolicyDirectives("frame-ancestors 'none'");
        ReferrerPolicyServerHttpHeadersWriter referrerPolicy = new ReferrerPolicyServerHttpHeadersWriter();
        referrerPolicy.setPolicy(ReferrerPolicy.NO_REFERRER);
        return new CompositeServerHttpHeadersWriter(
                new XContentTypeOptionsServerHttpHeadersWriter(),
                frameOptions,
                contentSecurityPolicy,
                referrerPolicy,
                // Not Spring's HSTS writer: it looks at the request's own scheme only, which is http behind a proxy
                // that ended TLS.
                new ServerWebExchangeDelegatingServerHttpHeadersWriter(SecurityHeadersWebFilter::cameOverHttps,
                        header("Strict-Transport-Security", HSTS)),
                // Not Spring's cache writer: it would forbid caching the OpenAPI documents and health too, and send
                // Pragma and Expires that no current browser needs.
                new ServerWebExchangeDelegatingServerHttpHeadersWriter(ServerWebExchangeMatchers.pathMatchers("/api/**"),
                        header(HttpHeaders.CACHE_CONTROL, "no-store")));
    }

    private static ServerHttpHeadersWriter header(String name, String value) {
        return StaticServerHttpHeadersWriter.builder().header(name, value).build();
    }

    /** Directly, or through a proxy that ended TLS and said so in {@code X-Forwarded-Proto}. */
    private static Mono<MatchResult> cameOverHttps(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        String forwardedProto = request.getHeaders().getFirst("X-Forwarded-Proto");
        // A proxy chain lists one protocol per hop; the first is the one the client used.
        String clientProto = forwardedProto == null ? null : forwardedProto.split(",", 2)[0].trim();
        boolean https = "https".equalsIgnoreCase(request.getURI().getScheme()) || "https".equalsIgnoreCase(clientProto);
        return https ? MatchResult.match() : MatchResult.notMatch();
    }
}
