package org.casemgmt.intake.client;

import org.casemgmt.platform.privacy.BlindIndex;

/** Blind-index tokens under a fixed key, for tests that make clients without the service's configuration. */
final class TestTokens {

    static final ClientTokens TOKENS = new ClientTokens(new BlindIndex(new byte[32]));

    private TestTokens() {
    }
}
