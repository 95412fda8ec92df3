package org.casemgmt.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;

/**
 * docker compose's one-shot {@code kafka-access}: what the launcher does for its own broker, for the compose broker
 * (or your own cluster). As the admin, it sets the SCRAM password of every user given one, creates the known topics
 * and applies {@link KafkaAccessList#fromCatalogue()}, then exits 0; the services wait for that.
 *
 * <p>Environment: {@value #BOOTSTRAP_SERVERS}, {@value #ADMIN_PASSWORD} (the admin's SCRAM credential is made when
 * the broker's storage is formatted, docker-compose.yml), and one
 * {@code CASEMGMT_KAFKA_<USER>_PASSWORD} per user ({@link #passwordVariable(String)}, e.g.
 * {@code CASEMGMT_KAFKA_INTAKE_SERVICE_PASSWORD}); a user without one gets no credentials (a service not deployed).
 */
public final class KafkaAccessMain {

    static final String BOOTSTRAP_SERVERS = "CASEMGMT_KAFKA_BOOTSTRAP_SERVERS";
    static final String ADMIN_PASSWORD = "CASEMGMT_KAFKA_ADMIN_PASSWORD";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** The broker may still be catching up with the controller when compose calls it healthy. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration RETRY_INTERVAL = Duration.ofSeconds(2);

    private KafkaAccessMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        try {
            apply(System.getenv());
        } catch (IllegalArgumentException | LaunchException e) {
            System.err.println("kafka-access: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("kafka-access: users, topics and access lists are in place");
    }

    /** {@code CASEMGMT_KAFKA_<USER>_PASSWORD}: the user name upper-cased, dashes as underscores. */
    static String passwordVariable(String user) {
        return "CASEMGMT_KAFKA_" + user.toUpperCase(Locale.ROOT).replace('-', '_') + "_PASSWORD";
    }

    /** Each user of {@code accessList} that {@code environment} gives a password, with it; the admin required. */
    static Map<String, String> passwords(KafkaAccessList accessList, Map<String, String> environment) {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String user : accessList.users()) {
            String password = environment.get(passwordVariable(user));
            if (password != null && !password.isBlank()) {
                if (password.contains("\"") || password.contains("\\")) {
                    throw new IllegalArgumentException(passwordVariable(user)
                            + " holds a quote or backslash, which a JAAS line cannot carry unescaped");
                }
                passwords.put(user, password);
            }
        }
        if (!passwords.containsKey(KafkaAccessList.ADMIN)) {
            throw new IllegalArgumentException(ADMIN_PASSWORD + " is not set");
        }
        return passwords;
    }

    private static void apply(Map<String, String> environment) throws LaunchException, InterruptedException {
        KafkaAccessList accessList = KafkaAccessList.fromCatalogue();
        Map<String, String> passwords = passwords(accessList, environment);
        String adminPassword = passwords.get(KafkaAccessList.ADMIN);
        KafkaAccess access = new KafkaAccess(REQUEST_TIMEOUT);
        String bootstrapServers = required(environment, BOOTSTRAP_SERVERS);
        retry("setting the passwords, creating the topics and access lists", () -> {
            try (Admin admin = Admin.create(KafkaAccess.brokerAdminConfig(bootstrapServers, adminPassword,
                    REQUEST_TIMEOUT))) {
                access.setPasswords(admin, passwords);
                access.createMissingTopics(admin, KafkaBroker.knownTopics());
                access.applyAccessList(admin, accessList);
            }
        });
        // Done when the broker enforces it all, so that a service started next signs in and finds its rights.
        retry("waiting for the broker to apply them", () -> {
            try (Admin admin = Admin.create(KafkaAccess.brokerAdminConfig(bootstrapServers, adminPassword,
                    REQUEST_TIMEOUT))) {
                if (!access.usersWithoutCredentials(admin, passwords.keySet()).isEmpty()
                        || !access.missingEntries(admin, accessList).isEmpty()) {
                    throw new IllegalStateException("not yet applied");
                }
            }
        });
        System.out.println("kafka-access: passwords set for " + List.copyOf(passwords.keySet()));
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        return value;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static void retry(String description, Step step) throws LaunchException, InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (true) {
            try {
                step.run();
                return;
            } catch (IllegalArgumentException | InterruptedException e) {
                throw e;
            } catch (Exception e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new LaunchException(description + " failed for " + READY_TIMEOUT.toSeconds() + " s: " + e,
                            e);
                }
                System.out.println("kafka-access: " + description + " failed, retrying: " + e.getMessage());
                Thread.sleep(RETRY_INTERVAL);
            }
        }
    }
}
