package org.casemgmt.gateway.console;

import java.net.ConnectException;
import java.net.URI;

import org.casemgmt.gateway.problem.ProblemDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * The web console's pages under {@code /console/**}, and {@code GET /} sending a browser there. A plain proxy: the
 * console keeps its own session, CSRF protection and content security policy, and holds its live-update stream
 * ({@code /console/live}) open for hours, so the route has none of a stage's circuit breaker and time limiter (which
 * would cut the stream after {@code casemgmt.gateway.timeout}), no retry and no bulkhead (each open page holds a call).
 * Its {@code Location} headers are not rewritten either, unlike a stage's: the console names the gateway itself (from
 * {@link ConsoleForwardedHeaders}), and it redirects to the authorisation server, whose address must stand.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleRoute {

    static final String ID = "console";

    private static final Logger log = LoggerFactory.getLogger(ConsoleRoute.class);

    @Bean
    RouteLocator consoleRouteLocator(RouteLocatorBuilder builder, ConsoleProperties properties) {
        return builder.routes()
                .route(ID, route -> route.path("/console/**")
                        .filters(filters -> filters.filter(unavailableWhenUnreachable()))
                        .uri(properties.url()))
                .build();
    }

    /** The platform's address opens the console. */
    @Bean
    RouterFunction<ServerResponse> rootOpensTheConsole() {
        return RouterFunctions.route(RequestPredicates.GET("/"),
                request -> ServerResponse.status(HttpStatus.FOUND).location(URI.create("/console/")).build());
    }

    /**
     * A console that is down (or not started yet) refuses the connection before anything was sent: the browser gets
     * a 503 saying so, like a stage's, rather than the 500 "could not handle the request" of an unexpected error.
     * Once the console has answered, a failure can no longer be told to the browser, and is not mapped.
     */
    private static GatewayFilter unavailableWhenUnreachable() {
        return (exchange, chain) -> chain.filter(exchange)
                .onErrorMap(ConnectException.class, refused -> unavailable(exchange, refused));
    }

    private static ErrorResponseException unavailable(ServerWebExchange exchange, ConnectException refused) {
        ProblemDetail problem = ProblemDocuments.problem(HttpStatus.SERVICE_UNAVAILABLE, "console-unavailable",
                "Console unavailable", "The web console could not be reached. Try again in a moment.", exchange);
        log.warn("Console unavailable for {} {}: {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), refused.toString());
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, refused);
    }
}
