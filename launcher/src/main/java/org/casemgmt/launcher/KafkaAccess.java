package org.casemgmt.launcher;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Brings a broker to what the platform needs, as its admin (whose own SCRAM credential was made when the storage was
 * formatted): every user's SCRAM credentials, every known topic, and
 * exactly the {@link KafkaAccessList}'s entries for the users it names (another user's entries, e.g. a partner an
 * operator added by hand, are left alone). Run by the launcher at every start and by docker compose's one-shot
 * {@code kafka-access} ({@link KafkaAccessMain}); every step can be repeated.
 */
final class KafkaAccess {

    /**
     * The controller listener's mechanism, for the broker signing in to its controller: PLAIN, with the admin as its
     * one user in the configuration, since SCRAM credentials live in the metadata log the controller serves.
     */
    static final String CONTROLLER_MECHANISM = "PLAIN";
    private static final int SCRAM_ITERATIONS = 8192;
    private static final String DEAD_LETTER_SUFFIX = ".dlq";
    /**
     * How long a partner's feed keeps its records: how far back a partner can replay it from a time (offsets for
     * times). A topic setting: an operator changes it on a running broker with kafka-configs, retention.ms.
     */
    static final Duration PARTNER_FEED_RETENTION = Duration.ofDays(30);

    private final Duration timeout;

    KafkaAccess(Duration timeout) {
        this.timeout = timeout;
    }

    /** The admin's client of the brokers' client listener, signed in with SCRAM like everyone else. */
    static Map<String, Object> brokerAdminConfig(String bootstrapServers, String adminPassword, Duration timeout) {
        Map<String, Object> config = timeouts(timeout);
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, KafkaCredentials.SECURITY_PROTOCOL);
        config.put(SaslConfigs.SASL_MECHANISM, KafkaCredentials.MECHANISM);
        config.put(SaslConfigs.SASL_JAAS_CONFIG, KafkaCredentials.jaasConfig(KafkaAccessList.ADMIN, adminPassword));
        return config;
    }

    static String plainJaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /**
     * Sets each user's SCRAM-SHA-512 password (again, if it has one: a changed password file takes effect; a client
     * signed in with the same password stays valid under the new salt).
     */
    void setPasswords(Admin admin, Map<String, String> passwords)
            throws ExecutionException, InterruptedException, TimeoutException {
        admin.alterUserScramCredentials(passwords.entrySet().stream()
                        .<UserScramCredentialAlteration>map(user ->
                                new UserScramCredentialUpsertion(user.getKey(),
                                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                                        user.getValue()))
                        .toList())
                .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Creates the topics that do not exist yet, with the broker's default partitions and replicas; a partner's feed is
     * kept {@link #PARTNER_FEED_RETENTION}, whatever the broker's default. Then gives every dead-letter topic at least
     * the partitions of its topic: the binder sends a dead letter to the partition its record came from, and a
     * dead-letter topic made before the broker had several partitions per topic has one.
     */
    void createMissingTopics(Admin admin, Collection<String> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Set<String> missing = new HashSet<>(topics);
        missing.removeAll(existing);
        admin.createTopics(missing.stream()
                        .map(topic -> KafkaAccessList.partnerFeeds().contains(topic)
                                ? new NewTopic(topic, Optional.empty(), Optional.empty()).configs(Map.of(
                                        TopicConfig.RETENTION_MS_CONFIG,
                                        String.valueOf(PARTNER_FEED_RETENTION.toMillis())))
                                : new NewTopic(topic, Optional.empty(), Optional.empty()))
                        .toList())
                .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        growDeadLetterTopics(admin, topics.stream().filter(existing::contains).toList());
    }

    /**
     * Of topics that existed before this start only: one just created has the broker's partitions already, and the
     * broker may not yet describe it (it answered "does not host this topic-partition" to a start that asked).
     */
    private void growDeadLetterTopics(Admin admin, Collection<String> existingTopics)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<String> deadLetterTopicsAndTheirs = existingTopics.stream()
                .filter(topic -> topic.endsWith(DEAD_LETTER_SUFFIX))
                .flatMap(topic -> Stream.of(topic, topic.substring(0, topic.length() - DEAD_LETTER_SUFFIX.length())))
                .filter(existingTopics::contains)
                .toList();
        if (deadLetterTopicsAndTheirs.isEmpty()) {
            return;
        }
        Map<String, Integer> partitions = new HashMap<>();
        admin.describeTopics(deadLetterTopicsAndTheirs).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .forEach((topic, description) -> partitions.put(topic, description.partitions().size()));
        Map<String, NewPartitions> grown = new HashMap<>();
        partitions.forEach((topic, count) -> {
            if (topic.endsWith(DEAD_LETTER_SUFFIX)) {
                int original = partitions.getOrDefault(
                        topic.substring(0, topic.length() - DEAD_LETTER_SUFFIX.length()), count);
                if (original > count) {
                    grown.put(topic, NewPartitions.increaseTo(original));
                }
            }
        });
        if (!grown.isEmpty()) {
            admin.createPartitions(grown).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Adds the list's entries the broker lacks and removes the entries of the list's users that the list no longer
     * has, so that a topic taken from a service in the catalogue is taken from it on the broker too.
     */
    void applyAccessList(Admin admin, KafkaAccessList accessList)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<AclBinding> missing = missingEntries(admin, accessList);
        Set<AclBinding> wanted = Set.copyOf(accessList.bindings());
        Set<String> managedPrincipals = new HashSet<>();
        accessList.users().forEach(user -> managedPrincipals.add(KafkaAccessList.principal(user)));
        Collection<AclBinding> existing = admin.describeAcls(AclBindingFilter.ANY).values()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        List<AclBindingFilter> stale = existing.stream()
                .filter(binding -> managedPrincipals.contains(binding.entry().principal()))
                .filter(binding -> !wanted.contains(binding))
                .map(AclBinding::toFilter)
                .toList();
        if (!missing.isEmpty()) {
            admin.createAcls(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (!stale.isEmpty()) {
            admin.deleteAcls(stale).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The list's entries the broker does not apply yet. The broker answers from its own authorizer, which learns
     * new entries from the controller a moment after they were created: empty means it enforces all of them.
     */
    List<AclBinding> missingEntries(Admin admin, KafkaAccessList accessList)
            throws ExecutionException, InterruptedException, TimeoutException {
        Collection<AclBinding> existing = admin.describeAcls(AclBindingFilter.ANY).values()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return accessList.bindings().stream().filter(binding -> !existing.contains(binding)).toList();
    }

    /** The users among {@code users} the broker cannot sign in yet (it learns credentials like entries). */
    Set<String> usersWithoutCredentials(Admin admin, Collection<String> users)
            throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> without = new HashSet<>(users);
        without.removeAll(admin.describeUserScramCredentials().users().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        return without;
    }

    private static Map<String, Object> timeouts(Duration timeout) {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        return config;
    }
}
