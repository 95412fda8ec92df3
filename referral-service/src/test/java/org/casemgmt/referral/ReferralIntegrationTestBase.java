package org.casemgmt.referral;

import org.casemgmt.platform.testing.StageIntegrationTest;
import org.junit.jupiter.api.BeforeEach;

/** What every integration test of this module starts from: the API, the topics, other stages' events. */
abstract class ReferralIntegrationTestBase extends StageIntegrationTest {

    ReferralApi api;

    @BeforeEach
    void referralApi() {
        api = new ReferralApi(mvc, topics);
    }
}
