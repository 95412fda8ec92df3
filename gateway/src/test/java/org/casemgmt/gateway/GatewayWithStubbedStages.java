package org.casemgmt.gateway;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The running gateway in front of one stub per stage. Every integration test extends this class, so they all share
 * one application context. Each stage stub plays one part: intake is healthy, planning is stopped from the
 * start, referral is slow, monitoring reports itself unavailable, closure fails with 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Generous for every stage, so a cold first call on a busy machine is not mistaken for a slow service ...
        "casemgmt.gateway.timeout=10s",
        // ... except the stage that plays the slow service.
        "resilience4j.timelimiter.instances.referral.timeout-duration=1s",
        "casemgmt.gateway.max-request-size=16KB",
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=10m" })
@AutoConfigureWebTestClient(timeout = "20s")
abstract class GatewayWithStubbedStages {

    static final String PROBLEM_JSON = "application/problem+json";

    static final DownstreamStub intake = DownstreamStub.start();
    static final DownstreamStub planning = stopped(DownstreamStub.start());
    static final DownstreamStub referral = DownstreamStub.start();
    static final DownstreamStub monitoring = DownstreamStub.start();
    static final DownstreamStub closure = DownstreamStub.start();

    @Autowired
    WebTestClient gateway;

    @DynamicPropertySource
    static void stageUrls(DynamicPropertyRegistry registry) {
        registry.add("casemgmt.services.intake.url", intake::url);
        registry.add("casemgmt.services.planning.url", planning::url);
        registry.add("casemgmt.services.referral.url", referral::url);
        registry.add("casemgmt.services.monitoring.url", monitoring::url);
        registry.add("casemgmt.services.closure.url", closure::url);
    }

    private static DownstreamStub stopped(DownstreamStub stub) {
        stub.stop();
        return stub;
    }
}
