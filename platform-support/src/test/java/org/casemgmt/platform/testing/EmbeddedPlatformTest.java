package org.casemgmt.platform.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole service against a real Kafka broker (KRaft, in the test JVM) and the in-memory MongoDB server:
 * {@code spring.kafka.bootstrap-servers} points at the broker (the outbox relay and the Stream binder both read
 * it) and {@code spring.mongodb.uri} at the service's database. Test classes with the same attributes share one
 * Spring context and one broker, so keep the attributes identical across a module's integration tests. Requests
 * authenticate with tokens of {@link org.casemgmt.testsupport.TestIssuer}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
// One partition: a service's tests use a later record on a topic as the sign that the earlier ones were consumed.
// Several partitions and instances are the end-to-end suite's (the launcher's broker has three per topic).
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = {EmbeddedMongoInitializer.class, TestIssuerInitializer.class, EmbeddedClamd.class})
public @interface EmbeddedPlatformTest {

    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

    @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
    Class<?>[] classes() default {};
}
