package org.casemgmt.platform.testing;

import java.time.Duration;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The official Kafka, MongoDB and ClamAV images every Testcontainers twin runs against, named once: the images
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

    /**
     * ClamAV with the signature database the image comes with (its freshclam updates it where it can reach ClamAV's
     * servers).
     */
    public static ClamAvContainer clamav() {
        return new ClamAvContainer();
    }

    /**
     * The ClamAV image, ready once its start script has seen clamd's socket, after loading the database, which takes
     * a minute or so and about 1.2 GB of memory.
     */
    public static final class ClamAvContainer extends GenericContainer<ClamAvContainer> {

        private static final int CLAMD_PORT = 3310;

        private ClamAvContainer() {
            super(DockerImageName.parse("clamav/clamav:1.4"));
            withExposedPorts(CLAMD_PORT);
            waitingFor(Wait.forLogMessage(".*clamd started.*", 1).withStartupTimeout(Duration.ofMinutes(5)));
        }

        /** clamd's port as mapped on this machine. */
        public int clamdPort() {
            return getMappedPort(CLAMD_PORT);
        }
    }
}
