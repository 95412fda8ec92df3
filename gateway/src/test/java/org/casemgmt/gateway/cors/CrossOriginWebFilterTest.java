package org.casemgmt.gateway.cors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

class CrossOriginWebFilterTest {

    private final AtomicBoolean passedOn = new AtomicBoolean();
    private final WebFilterChain chain = exchange -> {
        passedOn.set(true);
        return Mono.empty();
    };

    @Test
    void withNoOriginConfiguredEveryCrossOriginRequestIsRefused() {
        CrossOriginWebFilter filter = new CrossOriginWebFilter(new CorsProperties(null));
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
                .get("http://gateway.example/api/intake/clients").header("Origin", "https://console.example"));

        ResponseStatusException refusal = catchThrowableOfType(ResponseStatusException.class,
                () -> filter.filter(exchange, chain).block());

        assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(passedOn).isFalse();
    }

    @Test
    void aRequestWithoutOriginIsNoneOfCorsBusiness() {
        CrossOriginWebFilter filter = new CrossOriginWebFilter(new CorsProperties(List.of()));
        MockServerWebExchange exchange = MockServerWebExchange
                .from(MockServerHttpRequest.get("http://gateway.example/api/intake/clients"));

        filter.filter(exchange, chain).block();

        assertThat(passedOn).isTrue();
        assertThat(exchange.getResponse().getHeaders().getAccessControlAllowOrigin()).isNull();
    }
}
