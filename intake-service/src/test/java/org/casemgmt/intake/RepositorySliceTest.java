package org.casemgmt.intake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.casemgmt.platform.testing.EmbeddedMongoInitializer;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A repository slice against the in-memory MongoDB wire server, with the service's own index settings. Every
 * repository test uses exactly this, so they all share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataMongoTest(properties = "casemgmt.testing.mongo-database=intake-repository-tests")
@ContextConfiguration(initializers = EmbeddedMongoInitializer.class)
public @interface RepositorySliceTest {
}
