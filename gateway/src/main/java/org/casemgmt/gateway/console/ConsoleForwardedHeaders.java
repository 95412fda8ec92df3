package org.casemgmt.gateway.console;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import java.net.InetSocketAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.TrustedProxies;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the console the address the browser used, in {@code X-Forwarded-Proto}, {@code -Host} and {@code -Port}, one
 * value each, so that the links it writes and the redirect URI it gives the authorisation server name the gateway
 * (say {@code http://127.0.0.1:8080/console/login/oauth2/code/casemgmt}), never the console's own address.
 *
 * <p>For the stages, Spring Cloud Gateway writes these only for callers matching {@code trusted-proxies} (loopback by
 * default): any other client's request would reach the console without them, and a remote browser would be sent to
 * sign in with a redirect URI naming 127.0.0.1:8087. So on the console's route they are always set, after the
 * gateway's own header filters: from what a trusted proxy in front of the gateway says where it says it (it ended
 * TLS, say), and otherwise from the request the gateway received. A client that is not a trusted proxy cannot name
 * another host this way: whatever it wrote in these headers is replaced. {@code Forwarded} is removed: Spring in the
 * console prefers it to {@code X-Forwarded-*}, and the gateway's names its own scheme, not the one a proxy reports.
 * {@code X-Forwarded-For} and {@code -Prefix} stay as the gateway wrote them.
 */
@Component
class ConsoleForwardedHeaders implements HttpHeadersFilter, Ordered {

    static final String PROTO = "X-Forwarded-Proto";
    static final String HOST = "X-Forwarded-Host";
    static final String PORT = "X-Forwarded-Port";
    private static final String FORWARDED = "Forwarded";

    private final TrustedProxies trustedProxies;

    ConsoleForwardedHeaders(@Value("${" + TrustedProxies.PROPERTY + ":}") String trustedProxies) {
        this.trustedProxies = StringUtils.hasText(trustedProxies) ? TrustedProxies.from(trustedProxies)
                : address -> false;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        if (route == null || !ConsoleRoute.ID.equals(route.getId())) {
            return input;
        }
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders claimed = fromTrustedProxy(request) ? request.getHeaders() : HttpHeaders.EMPTY;
        String proto = firstOr(claimed, PROTO, request.getURI().getScheme());
        String host = firstOr(claimed, HOST, hostOf(request));
        String port = firstOr(claimed, PORT, portOf(host, proto));

        HttpHeaders forwarded = HttpHeaders.copyOf(input);
        forwarded.remove(FORWARDED);
        forwarded.set(PROTO, proto);
        forwarded.set(HOST, host);
        forwarded.set(PORT, port);
        return forwarded;
    }

    /** After the gateway's own X-Forwarded and Forwarded filters, whose headers this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private boolean fromTrustedProxy(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote != null && trustedProxies.isTrusted(remote.getHostString());
    }

    /** The first of a comma-separated list, as each proxy on the way appends its own: the one nearest the client. */
    private static String firstOr(HttpHeaders headers, String name, String otherwise) {
        String value = headers.getFirst(name);
        String first = value == null ? "" : value.split(",", 2)[0].trim();
        return first.isEmpty() ? otherwise : first;
    }

    /** As the browser wrote it in {@code Host}, with the port when it is not the scheme's default. */
    private static String hostOf(ServerHttpRequest request) {
        String host = request.getHeaders().getFirst(HttpHeaders.HOST);
        return StringUtils.hasText(host) ? host : request.getURI().getRawAuthority();
    }

    private static String portOf(String host, String proto) {
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            return host.substring(colon + 1);
        }
        return "https".equalsIgnoreCase(proto) ? "443" : "80";
    }
}
