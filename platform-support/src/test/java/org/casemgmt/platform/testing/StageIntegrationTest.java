package org.casemgmt.platform.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What every integration test of a stage starts from: the whole service against the embedded broker and store
 * ({@link EmbeddedPlatformTest}), its REST API through {@link #mvc}, and the topics through {@link #topics}. Extend
 * it, directly or through the stage's own base with its API helper; every test class of a module then shares one
 * Spring context and one broker. Personal texts are encrypted under the privacy module's publicly known
 * development key, as on a developer's machine.
 */
@EmbeddedPlatformTest(properties = "casemgmt.privacy.allow-development-key=true")
@AutoConfigureMockMvc
public abstract class StageIntegrationTest {

    @Autowired
    protected MockMvcTester mvc;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    protected TopicProbe topics;

    @BeforeEach
    void connectToTheBroker() {
        topics = new TopicProbe(bootstrapServers);
    }
}
