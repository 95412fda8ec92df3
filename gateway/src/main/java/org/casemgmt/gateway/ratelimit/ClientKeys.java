package org.casemgmt.gateway.ratelimit;

import java.net.InetSocketAddress;

import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Whom a request counts against: the caller its validated access token names, else (on the routes open without a
 * token, the OpenAPI documents) the address it came from. Only the token security decides the name, so a caller
 * cannot spend another's budget or escape its own by what it writes into a header.
 */
final class ClientKeys {

    private ClientKeys() {
    }

    static Mono<String> of(ServerWebExchange exchange) {
        return exchange.getPrincipal().map(principal -> "principal:" + principal.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> "address:" + address(exchange.getRequest().getRemoteAddress())));
    }

    private static String address(InetSocketAddress remote) {
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
