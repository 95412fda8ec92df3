package org.casemgmt.gateway;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.casemgmt.gateway.ratelimit.NanoClock;
import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The running gateway in front of one stub per stage. Every integration test extends this class, so they all share
 * one application context. Each stage stub plays one part: intake is healthy, planning is stopped from the
 * start, referral is slow, monitoring reports itself unavailable, closure fails with 500, partners answers for
 * partner-service, throttled, a stage only the rate limit tests call, has a tight rate limit on its API and on its
 * OpenAPI document, crowded, a stage only the bulkhead tests call, takes 2 calls at once on its API, and balanced,
 * a stage only the load balancing test calls, runs as two instances, both ready; console stands in for the web
 * console. Every stage's OpenAPI document takes
 * 2 calls at once; the other APIs have application.yml's allowance. The rate limiter's clock stands still unless a
 * test moves it, and the global limit is far above what all the tests together send, so only the throttled stage ever refuses.
 * The gateway trusts the tokens of the shared {@link TestIssuer}; {@link #gateway} sends a case worker's, and
 * {@link #anonymous} sends none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Generous for every stage, so a cold first call on a busy machine is not mistaken for a slow service ...
        "casemgmt.gateway.timeout=10s",
        // ... except the stage that plays the slow service.
        "resilience4j.timelimiter.instances.referral.timeout-duration=1s",
        "casemgmt.gateway.max-request-size=16KB",
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=10m",
        "casemgmt.gateway.rate-limit.global.burst=10000",
        "casemgmt.gateway.rate-limit.routes.throttled.rate=1",
        "casemgmt.gateway.rate-limit.routes.throttled.burst=2",
        "casemgmt.gateway.rate-limit.routes.throttled-openapi.rate=1",
        "casemgmt.gateway.rate-limit.routes.throttled-openapi.burst=2",
        "resilience4j.bulkhead.instances.crowded.max-concurrent-calls=2",
        "resilience4j.bulkhead.configs.openapi.max-concurrent-calls=2",
        "casemgmt.gateway.cors.allowed-origins=" + GatewayWithStubbedStages.CONSOLE_ORIGIN })
@Import(GatewayWithStubbedStages.HandMovedRateLimitClock.class)
@AutoConfigureWebTestClient(timeout = "20s")
abstract class GatewayWithStubbedStages {

    static final String PROBLEM_JSON = "application/problem+json";

    /** The one web console allowed to call the API from a browser. */
    static final String CONSOLE_ORIGIN = "https://console.casemgmt.test";

    static final AtomicLong rateLimitClockNanos = new AtomicLong();

    static final DownstreamStub intake = DownstreamStub.start();
    static final DownstreamStub planning = stopped(DownstreamStub.start());
    static final DownstreamStub referral = DownstreamStub.start();
    static final DownstreamStub monitoring = DownstreamStub.start();
    static final DownstreamStub closure = DownstreamStub.start();
    static final DownstreamStub partners = DownstreamStub.start();
    static final DownstreamStub throttled = DownstreamStub.start();
    static final DownstreamStub crowded = DownstreamStub.start();
    static final List<DownstreamStub> balanced = List.of(ready(DownstreamStub.start()), ready(DownstreamStub.start()));
    static final DownstreamStub console = DownstreamStub.start();

    static final TestIssuer issuer = TestIssuer.shared();

    static final String CASE_WORKER_TOKEN = issuer.tokenFor("worker.alex", "agency-1", "CASE_WORKER");

    @Autowired
    WebTestClient anonymous;

    /** What the management port's {@code /actuator/circuitbreakers} reports; this context has no such port. */
    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    WebTestClient gateway;

    @BeforeEach
    void signIn() {
        gateway = as(CASE_WORKER_TOKEN);
    }

    String breakerState(String stage) {
        return circuitBreakers.circuitBreaker(stage).getState().name();
    }

    WebTestClient as(String token) {
        return anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    @DynamicPropertySource
    static void trustTheTestIssuer(DynamicPropertyRegistry registry) {
        issuer.resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @DynamicPropertySource
    static void stageUrls(DynamicPropertyRegistry registry) {
        registry.add("casemgmt.services.intake.url", intake::url);
        registry.add("casemgmt.services.planning.url", planning::url);
        registry.add("casemgmt.services.referral.url", referral::url);
        registry.add("casemgmt.services.monitoring.url", monitoring::url);
        registry.add("casemgmt.services.closure.url", closure::url);
        registry.add("casemgmt.services.partners.url", partners::url);
        registry.add("casemgmt.services.throttled.url", throttled::url);
        registry.add("casemgmt.services.crowded.url", crowded::url);
        registry.add("casemgmt.services.balanced.url", () -> "lb://balanced-service");
        registry.add("casemgmt.console.url", console::url);
        for (int i = 0; i < balanced.size(); i++) {
            registry.add("spring.cloud.discovery.client.simple.instances.balanced-service[" + i + "].uri",
                    balanced.get(i)::url);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class HandMovedRateLimitClock {

        @Bean
        @Primary
        NanoClock handMovedRateLimitClock() {
            return rateLimitClockNanos::get;
        }
    }

    /** Answers the load balancer's health check, as a ready service does. */
    private static DownstreamStub ready(DownstreamStub stub) {
        return stub.answer("/actuator/health/readiness", 200, "application/json", "{\"status\":\"UP\"}");
    }

    private static DownstreamStub stopped(DownstreamStub stub) {
        stub.stop();
        return stub;
    }
}
