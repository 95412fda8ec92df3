package org.casemgmt.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import java.net.InetSocketAddress;
import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/**
 * What the console is told of the browser's address, for callers the gateway trusts and for the rest: a browser
 * calling the gateway directly from anywhere cannot name another host, a trusted proxy can.
 */
class ConsoleForwardedHeadersTest {

    /** application.yml's: loopback only. */
    private final ConsoleForwardedHeaders headers = new ConsoleForwardedHeaders("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1");

    @Test
    void aRemoteBrowserIsNamedByTheAddressItCalledWhateverItClaims() {
        MockServerWebExchange exchange = onRoute("console", MockServerHttpRequest.get("http://cases.agency.example:8080/console/")
                .remoteAddress(new InetSocketAddress("203.0.113.7", 50123))
                .header("X-Forwarded-Host", "attacker.example")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=attacker.example;proto=https"));

        HttpHeaders forwarded = headers.filter(withoutForwarding(exchange), exchange);

        assertThat(forwarded.get("X-Forwarded-Host")).containsExactly("cases.agency.example:8080");
        assertThat(forwarded.get("X-Forwarded-Port")).containsExactly("8080");
        assertThat(forwarded.get("X-Forwarded-Proto")).containsExactly("http");
        assertThat(forwarded.get("Forwarded")).isNull();
    }

    @Test
    void aTrustedProxyIsTakenAtItsWordTheFirstHopFirst() {
        MockServerWebExchange exchange = onRoute("console", MockServerHttpRequest.get("http://gateway:8080/console/")
                .remoteAddress(new InetSocketAddress("127.0.0.1", 50123))
                .header("X-Forwarded-Host", "cases.agency.example, edge.internal")
                .header("X-Forwarded-Proto", "https, http"));

        HttpHeaders forwarded = headers.filter(exchange.getRequest().getHeaders(), exchange);

        assertThat(forwarded.get("X-Forwarded-Host")).containsExactly("cases.agency.example");
        assertThat(forwarded.get("X-Forwarded-Proto")).containsExactly("https");
        assertThat(forwarded.get("X-Forwarded-Port")).as("https's default, not the gateway's").containsExactly("443");
    }

    @Test
    void withNoTrustedProxiesNobodyIsTakenAtTheirWord() {
        ConsoleForwardedHeaders trustingNobody = new ConsoleForwardedHeaders("");
        MockServerWebExchange exchange = onRoute("console", MockServerHttpRequest.get("http://[::1]:8080/console/")
                .remoteAddress(new InetSocketAddress("127.0.0.1", 50123))
                .header("X-Forwarded-Host", "attacker.example"));

        HttpHeaders forwarded = trustingNobody.filter(exchange.getRequest().getHeaders(), exchange);

        assertThat(forwarded.get("X-Forwarded-Host")).containsExactly("[::1]:8080");
        assertThat(forwarded.get("X-Forwarded-Port")).containsExactly("8080");
    }

    @Test
    void theStagesRoutesAreLeftAsTheGatewayWroteThem() {
        MockServerWebExchange exchange = onRoute("intake", MockServerHttpRequest.get("http://gateway:8080/api/intake/")
                .remoteAddress(new InetSocketAddress("203.0.113.7", 50123)));
        HttpHeaders written = new HttpHeaders();
        written.add("Forwarded", "proto=http;host=gateway:8080");

        assertThat(headers.filter(written, exchange)).isSameAs(written);
    }

    private static MockServerWebExchange onRoute(String routeId, MockServerHttpRequest.BaseBuilder<?> request) {
        MockServerWebExchange exchange = MockServerWebExchange.from(request);
        exchange.getAttributes().put(GATEWAY_ROUTE_ATTR,
                Route.async().id(routeId).uri(URI.create("http://127.0.0.1:8087")).predicate(any -> true).build());
        return exchange;
    }

    /** What the gateway's own filter leaves of an untrusted caller's headers: none of the forwarding ones. */
    private static HttpHeaders withoutForwarding(MockServerWebExchange exchange) {
        HttpHeaders headers = HttpHeaders.copyOf(exchange.getRequest().getHeaders());
        headers.remove("X-Forwarded-Host");
        headers.remove("X-Forwarded-Proto");
        headers.remove("Forwarded");
        return headers;
    }
}
