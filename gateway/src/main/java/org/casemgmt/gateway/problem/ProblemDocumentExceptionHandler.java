package org.casemgmt.gateway.problem;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers every error the gateway itself raises with a problem document. It runs before Boot's error handler
 * (order -1), whose JSON would carry neither our problem type nor the correlation id. Server errors get a fixed
 * detail: exception messages can name internal hosts. An error that arrives with its casemgmt problem written (the
 * gateway's own, such as the 429 of the rate limiter) is answered with that problem as it is.
 */
@Component
@Order(-2)
class ProblemDocumentExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDocumentExceptionHandler.class);

    private final ServerResponse.Context responseContext;

    ProblemDocumentExceptionHandler(ServerCodecConfigurer codecs) {
        this.responseContext = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return codecs.getWriters();
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof ErrorResponse response) {
            // What the error needs said beside its body, e.g. Retry-After on 429 or Allow on 405.
            exchange.getResponse().getHeaders().putAll(response.getHeaders());
        }
        ProblemDetail problem = problemFor(error, exchange);
        return ProblemDocuments.respond(problem).flatMap(response -> response.writeTo(exchange, responseContext));
    }

    private ProblemDetail problemFor(Throwable error, ServerWebExchange exchange) {
        if (error instanceof ErrorResponse response && ProblemDocuments.isWritten(response.getBody())) {
            return response.getBody();
        }
        HttpStatus status = error instanceof ErrorResponse response
                ? HttpStatus.resolve(response.getStatusCode().value())
                : null;
        if (status == null || status.is5xxServerError()) {
            ServerHttpRequest request = exchange.getRequest();
            log.error("Request {} {} failed", request.getMethod(), request.getPath(), error);
            HttpStatus serverError = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
            return ProblemDocuments.forStatus(serverError, "The gateway could not handle the request.", exchange);
        }
        if (status == HttpStatus.NOT_FOUND) {
            return ProblemDocuments.forStatus(status, "Nothing is served at this path.", exchange);
        }
        String detail = ((ErrorResponse) error).getBody().getDetail();
        return ProblemDocuments.forStatus(status, detail != null ? detail : status.getReasonPhrase(), exchange);
    }
}
