package org.casemgmt.gateway.problem;

import java.net.URI;
import java.util.Locale;

import org.casemgmt.gateway.correlation.CorrelationId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** RFC 9457 problem documents as every casemgmt service writes them. */
public final class ProblemDocuments {

    static final String TYPE_PREFIX = "urn:casemgmt:problem:";

    private ProblemDocuments() {
    }

    /** A problem whose type and title follow from the status alone, e.g. {@code urn:casemgmt:problem:not-found}. */
    public static ProblemDetail forStatus(HttpStatus status, String detail, ServerWebExchange exchange) {
        String slug = status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return problem(status, slug, status.getReasonPhrase(), detail, exchange);
    }

    public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail,
            ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(title);
        String requestedPath = exchange.getAttributeOrDefault(RequestedPathWebFilter.ATTRIBUTE,
                exchange.getRequest().getPath().value());
        problem.setInstance(URI.create(requestedPath));
        CorrelationId.of(exchange).ifPresent(id -> problem.setProperty("correlationId", id));
        return problem;
    }

    /** Whether a problem was written as a casemgmt problem already, rather than being Spring's generic one. */
    static boolean isWritten(ProblemDetail problem) {
        return problem.getType() != null && problem.getType().toString().startsWith(TYPE_PREFIX);
    }

    public static Mono<ServerResponse> respond(ProblemDetail problem) {
        return ServerResponse.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem);
    }
}
