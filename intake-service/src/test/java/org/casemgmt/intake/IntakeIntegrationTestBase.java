package org.casemgmt.intake;

import org.casemgmt.platform.testing.StageIntegrationTest;
import org.junit.jupiter.api.BeforeEach;

/**
 * The whole service against a real Kafka broker (KRaft) and the in-memory MongoDB server, driven over its REST API
 * and read back from the topics. Every integration test extends this, so they share one Spring context and broker.
 */
abstract class IntakeIntegrationTestBase extends StageIntegrationTest {

    IntakeApi api;

    @BeforeEach
    void intakeApi() {
        api = new IntakeApi(mvc);
    }
}
