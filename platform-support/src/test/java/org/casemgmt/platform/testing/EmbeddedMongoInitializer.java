package org.casemgmt.platform.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Points {@code spring.mongodb.uri} at the {@link EmbeddedMongo} server. The database is
 * {@code casemgmt.testing.mongo-database} if set, else {@code spring.application.name} without "-service"
 * (the same name the service uses in production, e.g. {@code intake}).
 */
public class EmbeddedMongoInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mongodb.uri=" + EmbeddedMongo.uri(databaseName(context.getEnvironment())))
                .applyTo(context);
    }

    static String databaseName(Environment environment) {
        String explicit = environment.getProperty("casemgmt.testing.mongo-database");
        if (explicit != null) {
            return explicit;
        }
        return environment.getProperty("spring.application.name", "test").replaceFirst("-service$", "");
    }
}
