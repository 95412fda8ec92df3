package org.casemgmt.platform.testing;

import org.casemgmt.testsupport.TestIssuer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Makes the service trust {@link TestIssuer}'s tokens, validated by the same decoder and rules as in production.
 * Tests send {@code Authorization: Bearer <TestIssuer.shared().tokenFor(...)>}.
 */
public class TestIssuerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(TestIssuer.shared().resourceServerProperties()).applyTo(context);
    }
}
