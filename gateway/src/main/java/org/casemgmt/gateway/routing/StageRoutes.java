package org.casemgmt.gateway.routing;

import java.util.Set;

import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Two routes per stage, {@code /api/<stage>/**} and {@code /openapi/<stage>}, sharing one circuit breaker (and time
 * limiter) named after the stage, since both reach the same service.
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

    @Bean
    RouteLocator stageRouteLocator(RouteLocatorBuilder builder, StageServiceProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        properties.services().forEach((stage, service) -> {
            routes.route(stage, route -> route.path("/api/" + stage + "/**")
                    .filters(filters -> filters.circuitBreaker(breaker -> guard(breaker, stage))
                            // A service builds Location from the Host it was called on: its internal address.
                            .rewriteLocationResponseHeader("NEVER_STRIP", HttpHeaders.LOCATION, null, "https?"))
                    .uri(service.url()));
            routes.route(stage + "-openapi", route -> route.method(HttpMethod.GET).and().path("/openapi/" + stage)
                    .filters(filters -> filters.circuitBreaker(breaker -> guard(breaker, stage)).setPath(OPENAPI_PATH))
                    .uri(service.url()));
        });
        return routes.build();
    }

    private static void guard(SpringCloudCircuitBreakerFilterFactory.Config breaker, String stage) {
        breaker.setName(stage)
                .setFallbackUri(StageUnavailableFallback.fallbackUri(stage))
                .setStatusCodes(UNAVAILABLE_STATUSES);
    }
}
