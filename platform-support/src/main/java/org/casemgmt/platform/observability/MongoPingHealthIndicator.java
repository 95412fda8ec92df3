package org.casemgmt.platform.observability;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health as a {@code ping} on the service's own database. Boot's indicator sends {@code hello}, which the
 * embedded wire-protocol server (mongo-java-server) does not know, so readiness would stay DOWN on the embedded
 * default although the store works; {@code ping} is answered by every MongoDB and by the embedded server.
 */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    MongoPingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.executeCommand("{ ping: 1 }");
        builder.up().withDetail("database", mongo.getDb().getName());
    }
}
