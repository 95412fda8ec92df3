package org.casemgmt.planning;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.casemgmt.platform.testing.EmbeddedPlatformTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole service against a real Kafka broker (KRaft) and the in-memory MongoDB server. Every integration test
 * of this module uses exactly this, so they share one Spring context and one broker. The personal texts are encrypted
 * under the privacy module's publicly known development key, as on a developer's machine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EmbeddedPlatformTest(properties = "casemgmt.privacy.allow-development-key=true")
@AutoConfigureMockMvc
public @interface PlanningIntegrationTest {
}
