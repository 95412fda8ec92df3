package org.casemgmt.closure;

import org.casemgmt.platform.testing.StageIntegrationTest;
import org.junit.jupiter.api.BeforeEach;

/** What every integration test of this module starts from: the API, the topics, other stages' events. */
abstract class ClosureIntegrationTestBase extends StageIntegrationTest {

    ClosureApi api;

    @BeforeEach
    void closureApi() {
        api = new ClosureApi(mvc, topics);
    }
}
