package org.casemgmt.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.MethodNotAllowedException;

class ProblemDocumentExceptionHandlerTest {

    private final ProblemDocumentExceptionHandler handler =
            new ProblemDocumentExceptionHandler(ServerCodecConfigurer.create());

    @Test
    void anUnexpectedFailureIsAnInternalErrorProblemThatRevealsNothingOfTheCause() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/intake/clients"));

        handler.handle(exchange, new IllegalStateException("pool to mongo.internal.example:27017 exhausted")).block();

        MockServerHttpResponse response = exchange.getResponse();
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBodyAsString().block())
                .contains("\"type\":\"urn:casemgmt:problem:internal-server-error\"")
                .contains("\"instance\":\"/api/intake/clients\"")
                .doesNotContain("mongo.internal", "IllegalStateException", "at org.");
    }

    @Test
    void aClientErrorKeepsItsExplanation() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/actuator/health"));

        handler.handle(exchange, new MethodNotAllowedException(HttpMethod.POST, Set.of(HttpMethod.GET)))
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"type\":\"urn:casemgmt:problem:method-not-allowed\"")
                .contains("Supported methods: [GET]");
        assertThat(exchange.getResponse().getHeaders().getAllow()).containsExactly(HttpMethod.GET);
    }

    @Test
    void aProblemTheGatewayWroteItselfIsAnsweredAsWrittenWithTheErrorsHeaders() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/intake/clients"));
        ProblemDetail written = ProblemDocuments.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "Rate limit exceeded", "Retry after 4 seconds.", exchange);
        ErrorResponseException error = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, written, null);
        error.getHeaders().set("Retry-After", "4");

        handler.handle(exchange, error).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("4");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"type\":\"urn:casemgmt:problem:rate-limited\"")
                .contains("\"title\":\"Rate limit exceeded\"")
                .contains("\"detail\":\"Retry after 4 seconds.\"");
    }
}
