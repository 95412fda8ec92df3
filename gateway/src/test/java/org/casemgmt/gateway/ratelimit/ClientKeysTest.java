package org.casemgmt.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.security.Principal;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class ClientKeysTest {

    private static final InetSocketAddress CALLER = new InetSocketAddress("203.0.113.7", 51234);

    @Test
    void theAuthenticatedCallerIsTheClientWhateverItsHeadersSay() {
        Principal worker = () -> "worker.alex";
        MockServerWebExchange exchange = MockServerWebExchange.builder(request()
                        .header("X-Client-Id", "console").header("X-Actor-Id", "someone-else").build())
                .principal(worker).build();

        assertThat(ClientKeys.of(exchange).block()).isEqualTo("principal:worker.alex");
    }

    @Test
    void aCallerWithoutATokenCountsByItsAddressWhateverItsHeadersSay() {
        MockServerWebExchange exchange = MockServerWebExchange.from(request()
                .header("X-Client-Id", "console").header("X-Actor-Id", "worker.alex").build());

        assertThat(ClientKeys.of(exchange).block()).isEqualTo("address:203.0.113.7");
    }

    private static MockServerHttpRequest.BaseBuilder<?> request() {
        return MockServerHttpRequest.get("/openapi/intake").remoteAddress(CALLER);
    }
}
