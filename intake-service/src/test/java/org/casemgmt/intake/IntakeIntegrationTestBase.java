package org.casemgmt.intake;

import org.casemgmt.platform.testing.EmbeddedPlatformTest;
import org.casemgmt.platform.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The whole service against a real Kafka broker (KRaft) and the in-memory MongoDB server, driven over its REST API
 * and read back from the topics. Every integration test extends this, so they share one Spring context and broker.
 */
@EmbeddedPlatformTest
@AutoConfigureMockMvc
abstract class IntakeIntegrationTestBase {

    @Autowired
    MockMvcTester mvc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    IntakeApi api;
    TopicProbe topics;

    @BeforeEach
    void clients() {
        api = new IntakeApi(mvc);
        topics = new TopicProbe(bootstrapServers);
    }
}
