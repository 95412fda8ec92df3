package org.casemgmt.gateway.routing;

import java.net.ConnectException;
import java.util.Set;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Two routes per stage, {@code /api/<stage>/**} and {@code /openapi/<stage>}, sharing one circuit breaker (and time
 * limiter) named after the stage, since both reach the same service. Each route has a bulkhead of its own, named after
 * the route, in front of the breaker ({@link StageBulkheads}).
 */
@Configuration(proxyBeanMethods = false)
class StageRoutes {

    /**
     * The downstream statuses that count as the stage being unavailable: it is down behind a proxy (502), it says
     * so (503), or something behind it timed out (504). A 500 is one request's bug, not an outage: it passes
     * through with the service's own problem document and does not open the breaker.
     */
    private static final Set<String> UNAVAILABLE_STATUSES = Set.of("502", "503", "504");

    private static final String OPENAPI_PATH = "/v3/api-docs";
    /** How many instances of a stage a request tries when each refuses the connection. */
    private static final int INSTANCES_TRIED = 3;

    @Bean
    RouteLocator stageRouteLocator(RouteLocatorBuilder builder, StageServiceProperties properties,
            BulkheadRegistry bulkheadRegistry) {
        StageBulkheads bulkheads = new StageBulkheads(bulkheadRegistry);
        RouteLocatorBuilder.Builder routes = builder.routes();
        properties.services().forEach((stage, service) -> {
            routes.route(stage, route -> route.path("/api/" + stage + "/**")
                    .filters(filters -> filters.filter(bulkheads.forRoute(stage, stage))
                            .circuitBreaker(breaker -> guard(breaker, stage))
                            .retry(StageRoutes::onAnotherInstanceIfRefused)
                            // A service builds Location from the Host it was called on: its internal address.
                            .rewriteLocationResponseHeader("NEVER_STRIP", HttpHeaders.LOCATION, null, "https?"))
                    .uri(service.url()));
            String openApiRoute = stage + "-openapi";
            routes.route(openApiRoute, route -> route.method(HttpMethod.GET).and().path("/openapi/" + stage)
                    .filters(filters -> filters.filter(bulkheads.forOpenRoute(openApiRoute, stage))
                            .circuitBreaker(breaker -> guard(breaker, stage))
                            .retry(StageRoutes::onAnotherInstanceIfRefused)
                            .setPath(OPENAPI_PATH))
                    .uri(service.url()));
        });
        return routes.build();
    }

    /**
     * A refused connection, whatever the method: the request never reached the service, so sending it again cannot
     * apply it twice. Of a stage with several instances, the next try goes to the next instance, so a crashed one
     * costs its callers nothing while the load balancer's health check has not yet left it out. Any other failure
     * (the service stopped mid-answer, a status) is the caller's to see: a write may have been applied.
     */
    private static void onAnotherInstanceIfRefused(RetryGatewayFilterFactory.RetryConfig retry) {
        retry.setRetries(INSTANCES_TRIED - 1)
                .allMethods()
                .setSeries()
                .setStatuses()
                .setExceptions(ConnectException.class);
    }

    private static void guard(SpringCloudCircuitBreakerFilterFactory.Config breaker, String stage) {
        breaker.setName(stage)
                .setFallbackUri(StageUnavailableFallback.fallbackUri(stage))
                .setStatusCodes(UNAVAILABLE_STATUSES);
    }
}
