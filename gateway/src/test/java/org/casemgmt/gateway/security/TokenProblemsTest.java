package org.casemgmt.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;

/** What the integration tests cannot provoke: an issuer whose keys cannot be fetched. */
class TokenProblemsTest {

    @Test
    void aTokenThatCannotBeCheckedIsTheGatewaysTroubleNotTheCallers() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/intake/cases"));
        AuthenticationServiceException unreachable = new AuthenticationServiceException(
                "An error occurred while attempting to decode the Jwt: Couldn't retrieve remote JWK set: "
                        + "Connection refused: id.internal/10.0.0.5:9000");

        ErrorResponseException refusal = catchThrowableOfType(ErrorResponseException.class,
                () -> new TokenProblems().onAuthenticationFailure(new WebFilterExchange(exchange, e -> Mono.empty()),
                        unreachable).block());

        assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refusal.getBody().getType())
                .isEqualTo(URI.create("urn:casemgmt:problem:authorization-server-unavailable"));
        assertThat(refusal.getBody().getInstance()).isEqualTo(URI.create("/api/intake/cases"));
        assertThat(refusal.getBody().getDetail()).contains("Try again later").doesNotContain("10.0.0.5", "id.internal");
        assertThat(refusal.getHeaders().getFirst("WWW-Authenticate")).isNull();
    }
}
