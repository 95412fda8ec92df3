package org.casemgmt.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A stage run as several instances, routed as lb://, as the launcher runs a service given --instances. */
class LoadBalancedStageIT extends GatewayWithStubbedStages {

    private static final String PATH = "/api/balanced/things";

    @Test
    void requestsGoRoundTheInstancesAndOneThatCrashedCostsNoWrite() {
        balanced.forEach(instance -> instance.answer(PATH, 201, "application/json", "{}"));
        for (int i = 0; i < 4; i++) {
            post().expectStatus().isCreated();
        }
        assertThat(balanced).allSatisfy(instance -> assertThat(instance.receivedAt(PATH)).hasSize(2));

        // Crashed between two health checks: the balancer may still hand it out, and its refused connection is then
        // tried on the other instance, writes included, since the request never reached the crashed one.
        balanced.getLast().stop();
        for (int i = 0; i < 6; i++) {
            post().expectStatus().isCreated();
        }
        assertThat(balanced.getFirst().receivedAt(PATH)).hasSize(2 + 6);
    }

    private WebTestClient.ResponseSpec post() {
        return gateway.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).bodyValue("{\"n\":1}").exchange();
    }
}
