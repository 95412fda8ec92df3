package org.casemgmt.gateway.routing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.casemgmt.gateway.problem.ProblemDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Where a stage's circuit breaker sends a request that failed, timed out or was refused because the breaker is
 * open: a 503 problem document naming the stage. Reachable only by that forward, never from outside.
 */
@Configuration(proxyBeanMethods = false)
class StageUnavailableFallback {

    private static final Logger log = LoggerFactory.getLogger(StageUnavailableFallback.class);

    private static final String PATH = "/fallback/";

    static String fallbackUri(String stage) {
        return "forward:" + PATH + stage;
    }

    @Bean
    RouterFunction<ServerResponse> stageUnavailableRoute() {
        return RouterFunctions.route(
                RequestPredicates.path(PATH + "{stage}").and(StageUnavailableFallback::forwardedByCircuitBreaker),
                StageUnavailableFallback::answer);
    }

    private static boolean forwardedByCircuitBreaker(ServerRequest request) {
        return request.attribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR).isPresent();
    }

    private static Mono<ServerResponse> answer(ServerRequest request) {
        String stage = request.pathVariable("stage");
        Throwable cause = (Throwable) request.attribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR).orElseThrow();
        ProblemDetail problem = StageProblems.unavailable("stage-unavailable", stage, "unavailable",
                detail(stage, cause), request.exchange());
        log.warn("Stage {} unavailable for {} {}: {}", stage, request.method(), problem.getInstance(),
                cause.toString());
        return ProblemDocuments.respond(problem);
    }

    private static String detail(String stage, Throwable cause) {
        if (cause instanceof TimeoutException) {
            return "The " + stage + " service did not answer in time. Try again later.";
        }
        if (cause instanceof CallNotPermittedException) {
            return "The " + stage + " service failed repeatedly, so the gateway stopped calling it for a while."
                    + " Try again later.";
        }
        return "The " + stage + " service could not be reached or reported itself unavailable. Try again later.";
    }
}
