package org.casemgmt.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

class ProblemDocumentsTest {

    @Test
    void namesTheProblemTypeAfterTheStatus() {
        ProblemDetail problem = ProblemDocuments.forStatus(HttpStatus.METHOD_NOT_ALLOWED, "Supported methods: [GET]",
                exchangeFor("/actuator/health"));

        assertThat(problem.getType()).isEqualTo(URI.create("urn:casemgmt:problem:method-not-allowed"));
        assertThat(problem.getTitle()).isEqualTo("Method Not Allowed");
        assertThat(problem.getStatus()).isEqualTo(405);
        assertThat(problem.getDetail()).isEqualTo("Supported methods: [GET]");
    }

    @Test
    void namesThePathTheClientRequestedEvenAfterAForward() {
        ServerWebExchange forwarded = exchangeFor("/fallback/intake");
        forwarded.getAttributes().put(RequestedPathWebFilter.ATTRIBUTE, "/api/intake/clients");

        ProblemDetail problem = ProblemDocuments.problem(HttpStatus.SERVICE_UNAVAILABLE, "stage-unavailable",
                "Intake stage unavailable", "down", forwarded);

        assertThat(problem.getInstance()).isEqualTo(URI.create("/api/intake/clients"));
    }

    private static ServerWebExchange exchangeFor(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path));
    }
}
