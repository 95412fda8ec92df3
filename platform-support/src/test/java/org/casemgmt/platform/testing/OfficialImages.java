package org.casemgmt.platform.testing;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The official Kafka and MongoDB images every Testcontainers twin runs against, named once: the images
 * docker-compose.yml deploys.
 */
public final class OfficialImages {

    private OfficialImages() {
    }

    public static KafkaContainer kafka() {
        return new KafkaContainer("apache/kafka:4.1.2");
    }

    public static MongoDBContainer mongo() {
        return new MongoDBContainer("mongo:8.0");
    }
}
