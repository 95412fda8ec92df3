package org.casemgmt.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The Kubernetes deployment's Kafka topics and users as Strimzi resources ({@code KafkaTopic}, {@code KafkaUser}),
 * from the same sources as the embedded broker's: {@link KafkaBroker#knownTopics()} and {@link KafkaAccessList}, both
 * derived from the event catalogue. Strimzi's Topic and User Operators then do on the cluster what
 * {@link KafkaAccess} does on the embedded broker and docker compose's: create the topics, give each user its SCRAM
 * credentials and exactly its access list.
 *
 * <p>The output is committed under {@value #BASE_DIRECTORY}; a test fails when the catalogue changed and the files
 * were not generated again ({@link #regenerateCommand(int)}). The admin gets no {@code KafkaUser}: the operators, which
 * sign in with certificates of their own, do its work.
 */
public final class StrimziResources {

    /** The Strimzi {@code Kafka} resource's name: its bootstrap service is {@code casemgmt-kafka-bootstrap}. */
    static final String CLUSTER = "casemgmt";
    /** The partitions of every topic in the committed base: room for that many instances of a consumer. */
    static final int DEFAULT_PARTITIONS = 6;
    /** Every record is on three brokers and acknowledged by two ({@code acks=all}), so one broker can be lost. */
    static final int REPLICAS = 3;
    static final int MIN_IN_SYNC_REPLICAS = 2;
    /**
     * The User Operator's {@code secretPrefix} (kafka.yaml): {@code kafka-user-<user>} is the Secret holding a user's
     * generated password and {@code sasl.jaas.config}, which the Deployments reference.
     */
    static final String USER_SECRET_PREFIX = "kafka-user-";
    static final String BASE_DIRECTORY = "deploy/k8s/base/kafka";
    static final String TOPICS_FILE = "topics.yaml";
    static final String USERS_FILE = "users.yaml";
    private static final String API_VERSION = "kafka.strimzi.io/v1beta2";
    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private final int partitions;

    StrimziResources(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic has at least one partition: " + partitions);
        }
        this.partitions = partitions;
    }

    /**
     * The command, run at the repository's root, that writes the committed base's files with these partitions (with a
     * JDK 21 or newer, which bin/java-home finds).
     */
    static String regenerateCommand(int partitions) {
        return ". bin/java-home && ./mvnw -B -q -pl launcher -am package -DskipTests && java -cp"
                + " 'launcher/target/launcher.jar:launcher/target/lib/*' " + StrimziResources.class.getName()
                + " --partitions " + partitions + " " + BASE_DIRECTORY;
    }

    /** Each file's name and text, as committed under {@value #BASE_DIRECTORY}. */
    Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(TOPICS_FILE, topics());
        files.put(USERS_FILE, users());
        return files;
    }

    /**
     * One {@code KafkaTopic} per known topic. A dead-letter topic is partitioned like its topic, so that a dead letter
     * can keep its record's partition; a partner's feed keeps {@link KafkaAccess#PARTNER_FEED_RETENTION} for replays.
     */
    String topics() {
        StringBuilder yaml = header("topics, their partitions and settings");
        for (String topic : KafkaBroker.knownTopics()) {
            yaml.append("---\n");
            resourceStart(yaml, "KafkaTopic", topic);
            yaml.append("spec:\n")
                    .append("  partitions: ").append(partitions(topic)).append('\n')
                    .append("  replicas: ").append(REPLICAS).append('\n')
                    .append("  config:\n")
                    .append("    min.insync.replicas: ").append(MIN_IN_SYNC_REPLICAS).append('\n');
            if (KafkaAccessList.partnerFeeds().contains(topic)) {
                yaml.append("    retention.ms: ").append(KafkaAccess.PARTNER_FEED_RETENTION.toMillis()).append('\n');
            }
        }
        return yaml.toString();
    }

    private int partitions(String topic) {
        return topic.endsWith(DEAD_LETTER_SUFFIX)
                ? partitions(topic.substring(0, topic.length() - DEAD_LETTER_SUFFIX.length()))
                : partitions;
    }

    /**
     * One {@code KafkaUser} per user of the access list but the admin, signing in with SCRAM-SHA-512 (a password the
     * User Operator generates) and allowed exactly its entries, one rule per resource with all its operations.
     */
    String users() {
        KafkaAccessList accessList = KafkaAccessList.fromCatalogue();
        StringBuilder yaml = header("users and their access lists");
        for (String user : accessList.users()) {
            if (user.equals(KafkaAccessList.ADMIN)) {
                continue;
            }
            yaml.append("---\n");
            resourceStart(yaml, "KafkaUser", user);
            yaml.append("spec:\n")
                    .append("  authentication:\n")
                    .append("    type: scram-sha-512\n")
                    .append("  authorization:\n")
                    .append("    type: simple\n")
                    .append("    acls:\n");
            operationsByResource(accessList, user).forEach((resource, operations) -> {
                yaml.append("      - resource:\n")
                        .append("          type: ").append(resourceType(resource)).append('\n');
                if (!isCluster(resource)) {
                    yaml.append("          name: ").append(resource.name()).append('\n')
                            .append("          patternType: ").append(patternType(resource)).append('\n');
                }
                yaml.append("        type: allow\n")
                        .append("        operations: [")
                        .append(String.join(", ", operations.stream().map(StrimziResources::operation).toList()))
                        .append("]\n");
            });
        }
        return yaml.toString();
    }

    private static Map<ResourcePattern, List<AclOperation>> operationsByResource(KafkaAccessList accessList,
            String user) {
        Map<ResourcePattern, List<AclOperation>> operations = new LinkedHashMap<>();
        for (AclBinding binding : accessList.bindings()) {
            if (binding.entry().principal().equals(KafkaAccessList.principal(user))) {
                operations.computeIfAbsent(binding.pattern(), pattern -> new ArrayList<>())
                        .add(binding.entry().operation());
            }
        }
        return operations;
    }

    private static boolean isCluster(ResourcePattern resource) {
        return resource.resourceType() == ResourceType.CLUSTER;
    }

    private static String resourceType(ResourcePattern resource) {
        return switch (resource.resourceType()) {
            case TOPIC -> "topic";
            case GROUP -> "group";
            case TRANSACTIONAL_ID -> "transactionalId";
            case CLUSTER -> "cluster";
            default -> throw new IllegalArgumentException("Strimzi has no ACL resource type for " + resource);
        };
    }

    private static String patternType(ResourcePattern resource) {
        return switch (resource.patternType()) {
            case LITERAL -> "literal";
            case PREFIXED -> "prefix";
            default -> throw new IllegalArgumentException("Strimzi has no ACL pattern type for " + resource);
        };
    }

    /** Strimzi's spelling of an operation: {@code DESCRIBE_CONFIGS} is {@code DescribeConfigs}. */
    static String operation(AclOperation operation) {
        StringBuilder name = new StringBuilder();
        for (String word : operation.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    private StringBuilder header(String what) {
        return new StringBuilder("# The platform's Kafka ").append(what)
                .append(", generated from the event catalogue by\n# ").append(StrimziResources.class.getName())
                .append(": do not edit. Generate it again after a change of the catalogue or the\n")
                .append("# access list, at the repository's root:\n# ")
                .append(regenerateCommand(partitions)).append('\n');
    }

    private static void resourceStart(StringBuilder yaml, String kind, String name) {
        yaml.append("apiVersion: ").append(API_VERSION).append('\n')
                .append("kind: ").append(kind).append('\n')
                .append("metadata:\n")
                .append("  name: ").append(name).append('\n')
                .append("  labels:\n")
                .append("    strimzi.io/cluster: ").append(CLUSTER).append('\n');
    }

    /**
     * Writes the files into a directory: {@code [--partitions N] DIRECTORY}, e.g. the committed base's
     * ({@link #regenerateCommand(int)}).
     */
    public static void main(String[] args) throws IOException {
        int partitions = DEFAULT_PARTITIONS;
        Path directory = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--partitions") && i + 1 < args.length) {
                partitions = Integer.parseInt(args[++i]);
            } else if (directory == null && !args[i].startsWith("--")) {
                directory = Path.of(args[i]);
            } else {
                directory = null;
                break;
            }
        }
        if (directory == null) {
            System.err.println("usage: " + StrimziResources.class.getName() + " [--partitions N] DIRECTORY   (N: "
                    + DEFAULT_PARTITIONS + " by default), e.g. " + regenerateCommand(DEFAULT_PARTITIONS));
            System.exit(2);
        }
        Files.createDirectories(directory);
        for (Map.Entry<String, String> file : new StrimziResources(partitions).files().entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue());
            System.out.println("wrote " + directory.resolve(file.getKey()));
        }
    }
}
