package org.casemgmt.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A gateway whose console is down: a context of its own, since every other test's has a console answering. The
 * browser is told, in a page's place, that the console cannot be reached for now.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ConsoleUnavailableIT {

    private static final DownstreamStub stoppedConsole = DownstreamStub.start();

    static {
        stoppedConsole.stop();
    }

    @Autowired
    WebTestClient browser;

    @DynamicPropertySource
    static void consoleUrl(DynamicPropertyRegistry registry) {
        registry.add("casemgmt.console.url", stoppedConsole::url);
    }

    @Test
    void aConsoleThatCannotBeReachedGivesTheConsoleUnavailableProblem() {
        browser.get().uri("/console/cases")
                .header("X-Correlation-Id", "corr-console-down")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(GatewayWithStubbedStages.PROBLEM_JSON)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody().json("""
                        {"type":"urn:casemgmt:problem:console-unavailable","title":"Console unavailable",
                         "status":503,"detail":"The web console could not be reached. Try again in a moment.",
                         "instance":"/console/cases","correlationId":"corr-console-down"}""",
                        JsonCompareMode.STRICT);
    }
}
