package org.casemgmt.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * The broker users' passwords, one file per user ({@code <dir>/<user>.password}), created once and read on every
 * later start, like the {@link MasterKey}: the broker keeps the SCRAM credentials made from them. Readable by their
 * owner only. A service gets its own as Spring Boot's standard Kafka properties, in its environment (not on its
 * command line, which every local user can read).
 */
final class KafkaCredentials {

    static final String MECHANISM = "SCRAM-SHA-512";
    static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";
    private static final String SUFFIX = ".password";
    private static final int PASSWORD_BYTES = 24;

    private final Path dir;
    private final Map<String, String> passwords;

    private KafkaCredentials(Path dir, Map<String, String> passwords) {
        this.dir = dir;
        this.passwords = passwords;
    }

    /** Each user's password under {@code dir}, created for the users that have none yet. */
    static KafkaCredentials in(Path dir, Collection<String> users) throws LaunchException {
        Map<String, String> passwords = new LinkedHashMap<>();
        try {
            for (String user : users) {
                // URL-safe base64: no quote or backslash to escape in a JAAS line, nothing a shell would expand.
                passwords.put(user, SecretFile.readOrCreate(dir.resolve(user + SUFFIX), PASSWORD_BYTES,
                        Base64.getUrlEncoder().withoutPadding()));
            }
        } catch (IOException e) {
            throw new LaunchException("could not read or create the Kafka passwords in " + dir + ": "
                    + e.getMessage(), e);
        }
        return new KafkaCredentials(dir, Map.copyOf(passwords));
    }

    String password(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no Kafka user " + user + "; known: " + passwords.keySet());
        }
        return password;
    }

    /** Every user and password, for the broker to hold. */
    Map<String, String> passwords() {
        return passwords;
    }

    Path passwordFile(String user) {
        return dir.resolve(user + SUFFIX);
    }

    /** What a Kafka client needs to sign in as {@code user}: the protocol, the mechanism and the JAAS line. */
    Map<String, Object> clientProperties(String user) {
        return Map.of(
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SECURITY_PROTOCOL,
                SaslConfigs.SASL_MECHANISM, MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG, jaasConfig(user, password(user)));
    }

    /**
     * The same as Spring Boot's environment variables ({@code spring.kafka.security.protocol},
     * {@code spring.kafka.properties.sasl.*}): the outbox relay's producer and the Spring Cloud Stream binder's
     * clients are both built from {@code spring.kafka.*}.
     */
    Map<String, String> springEnvironment(String user) {
        return Map.of(
                "SPRING_KAFKA_SECURITY_PROTOCOL", SECURITY_PROTOCOL,
                "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", MECHANISM,
                "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", jaasConfig(user, password(user)));
    }

    static String jaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }
}
