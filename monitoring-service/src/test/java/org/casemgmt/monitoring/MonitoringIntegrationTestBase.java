package org.casemgmt.monitoring;

import org.casemgmt.platform.testing.StageIntegrationTest;
import org.junit.jupiter.api.BeforeEach;

/** What every integration test of this module starts from: the API, the topics, other stages' events. */
abstract class MonitoringIntegrationTestBase extends StageIntegrationTest {

    MonitoringApi api;

    @BeforeEach
    void monitoringApi() {
        api = new MonitoringApi(mvc, topics);
    }
}
