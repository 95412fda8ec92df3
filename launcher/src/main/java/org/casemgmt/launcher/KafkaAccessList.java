package org.casemgmt.launcher;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;

/**
 * Who may do what on the broker, derived from {@link EventCatalog}: the broker refuses everything these entries do not
 * allow ({@code allow.everyone.if.no.acl.found=false}), so a topic's owner is the only one who can write it.
 *
 * <ul>
 *   <li>Each service ({@code User:intake-service}, ...) writes the topics it owns, reads the topics it consumes in its
 *       consumer group (its application name, the Spring Cloud Stream group every binding gets) and writes their
 *       dead-letter topics, where its binder puts what it could not process.</li>
 *   <li>{@code User:partner-service} besides reads every case topic the partner feeds are made from
 *       ({@link EventCatalog#partnerFeedSources()}) and writes and reads every partner's feed; its Kafka Streams
 *       application ({@value #PARTNER_FEED_APPLICATION}) also creates, reads and writes its own internal topics and
 *       uses transactional ids, all named with that prefix, in its group of that name; its webhooks read the feeds
 *       in the group {@value #PARTNER_WEBHOOK_GROUP}.</li>
 *   <li>Each partner agency's {@code User:partner-<agencyId>} reads its own feed, {@code partner.<agencyId>.feed}, and
 *       nothing else, in groups whose name starts with {@code partner-<agencyId>}.</li>
 *   <li>{@code User:partner-reader} is the platform team's: it reads every published topic, never a dead-letter topic
 *       (which holds whatever a consumer could not process, unchecked), in groups whose name starts with
 *       {@code partner-reader}. It is never given to a partner agency, which gets its own user.</li>
 *   <li>{@code User:console}, the web console, reads the case events, every published topic but the audit trail, and
 *       never a dead-letter topic or a partner's feed, to show open pages what changes: each instance reads every
 *       partition itself from the latest offset ({@code assign()}), so it needs no consumer group. It writes
 *       nothing.</li>
 *   <li>{@code User:admin} is the super user: it creates the topics, the users and these entries, and needs none.</li>
 * </ul>
 * The embedded default and a deployment (docker compose, your own cluster) apply the same list: nobody publishes by
 * hand. WRITE and READ imply DESCRIBE; an idempotent producer needs no IDEMPOTENT_WRITE on the cluster when it may
 * WRITE a topic (KIP-679). Nobody but the admin may create topics: they all exist before the services start.
 */
public final class KafkaAccessList {

    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner-reader";
    /** The web console's user: its module's name, as each service's user is its application's. */
    public static final String CONSOLE = ServiceModule.CONSOLE.name();
    /** A partner's consumer group names start with this, so partners' groups never meet the services'. */
    public static final String PARTNER_GROUP_PREFIX = PARTNER;
    /**
     * The partner agencies partner-service feeds ({@code partner.partners} in its application.yml, which a test checks
     * against this): each gets its feed topic and its own user.
     */
    public static final List<String> PARTNER_AGENCIES = List.of("shelter-north");
    /**
     * partner-service's Kafka Streams application id ({@code spring.kafka.streams.application-id}): its group, and
     * the prefix of its internal topics and transactional ids.
     */
    static final String PARTNER_FEED_APPLICATION = "partner-service-feed";
    /** The consumer group in which partner-service's webhooks read the feeds ({@code webhooks.consumer-group}). */
    static final String PARTNER_WEBHOOK_GROUP = "partner-service-webhooks";
    private static final String PARTNER_USER_PREFIX = "partner-";

    private KafkaAccessList() {
    }

    /** The services' and the partner's entries, as the event catalogue says. */
    public static KafkaAccessList fromCatalogue() {
        return new KafkaAccessList();
    }

    /** Every user the broker needs credentials for, the admin first. */
    public List<String> users() {
        Set<String> users = new LinkedHashSet<>();
        users.add(ADMIN);
        for (PlatformService service : PlatformService.values()) {
            users.add(service.applicationName());
        }
        PARTNER_AGENCIES.forEach(agency -> users.add(partnerUser(agency)));
        users.add(PARTNER);
        users.add(CONSOLE);
        return List.copyOf(users);
    }

    /** A partner agency's own user, {@code partner-<agencyId>}: it reads its feed and nothing else. */
    public static String partnerUser(String agencyId) {
        return PARTNER_USER_PREFIX + agencyId;
    }

    /** Every partner agency's feed topic: created, with a retention long enough to replay, before anyone starts. */
    public static List<String> partnerFeeds() {
        return PARTNER_AGENCIES.stream().map(EventCatalog::partnerFeed).toList();
    }

    /** Every access list entry, all of them ALLOW: what is not here is refused. */
    public List<AclBinding> bindings() {
        List<AclBinding> bindings = new ArrayList<>();
        for (PlatformService service : PlatformService.values()) {
            String user = service.applicationName();
            EventCatalog.producedBy(service).forEach(type -> bindings.add(allow(user, topic(type.topic()),
                    AclOperation.WRITE)));
            List<EventType<?>> consumed = EventCatalog.consumedBy(service);
            for (EventType<?> type : consumed) {
                bindings.add(allow(user, topic(type.topic()), AclOperation.READ));
                bindings.add(allow(user, topic(type.deadLetterTopic()), AclOperation.WRITE));
            }
            if (!consumed.isEmpty()) {
                bindings.add(allow(user, new ResourcePattern(ResourceType.GROUP, user, PatternType.LITERAL),
                        AclOperation.READ));
            }
        }
        bindings.addAll(partnerFeedBindings());
        EventCatalog.all().forEach(type -> bindings.add(allow(PARTNER, topic(type.topic()), AclOperation.READ)));
        bindings.add(allow(PARTNER, new ResourcePattern(ResourceType.GROUP, PARTNER_GROUP_PREFIX, PatternType.PREFIXED),
                AclOperation.READ));
        consoleTopics().forEach(topic -> bindings.add(allow(CONSOLE, topic(topic), AclOperation.READ)));
        return List.copyOf(bindings);
    }

    /** What the console's pages show as it happens: the case events, not who did what (the audit trail). */
    private static List<String> consoleTopics() {
        return EventCatalog.all().stream().filter(type -> type != EventCatalog.AUDIT_RECORDED).map(EventType::topic)
                .distinct().toList();
    }

    /**
     * partner-service's part beyond the catalogue's, and each partner agency's. The feeds' sources are not the
     * service's consumers in the catalogue (it reads them with Kafka Streams, not the binder, and dead-letters
     * nothing), and the feed topics are named by the agencies, not the catalogue.
     */
    private static List<AclBinding> partnerFeedBindings() {
        String service = PlatformService.PARTNER.applicationName();
        List<AclBinding> bindings = new ArrayList<>();
        EventCatalog.partnerFeedSources().forEach(type -> bindings.add(allow(service, topic(type.topic()),
                AclOperation.READ)));
        for (String feed : partnerFeeds()) {
            bindings.add(allow(service, topic(feed), AclOperation.WRITE));
            // the webhooks deliver what the feeds hold
            bindings.add(allow(service, topic(feed), AclOperation.READ));
        }
        ResourcePattern internalTopics = new ResourcePattern(ResourceType.TOPIC, PARTNER_FEED_APPLICATION + "-",
                PatternType.PREFIXED);
        for (AclOperation operation : List.of(AclOperation.CREATE, AclOperation.READ, AclOperation.WRITE,
                AclOperation.DESCRIBE_CONFIGS)) {
            bindings.add(allow(service, internalTopics, operation));
        }
        ResourcePattern transactionalIds = new ResourcePattern(ResourceType.TRANSACTIONAL_ID, PARTNER_FEED_APPLICATION,
                PatternType.PREFIXED);
        bindings.add(allow(service, transactionalIds, AclOperation.WRITE));
        bindings.add(allow(service, transactionalIds, AclOperation.DESCRIBE));
        for (String group : List.of(PARTNER_FEED_APPLICATION, PARTNER_WEBHOOK_GROUP, service)) {
            bindings.add(allow(service, new ResourcePattern(ResourceType.GROUP, group, PatternType.LITERAL),
                    AclOperation.READ));
        }
        for (String agency : PARTNER_AGENCIES) {
            String user = partnerUser(agency);
            bindings.add(allow(user, topic(EventCatalog.partnerFeed(agency)), AclOperation.READ));
            bindings.add(allow(user, new ResourcePattern(ResourceType.GROUP, user, PatternType.PREFIXED),
                    AclOperation.READ));
        }
        return bindings;
    }

    /** Whether {@code user} may do {@code operation} on the topic, as the broker will decide it. */
    public boolean allows(String user, AclOperation operation, String topic) {
        return bindings().stream().anyMatch(binding -> binding.pattern().resourceType() == ResourceType.TOPIC
                && binding.pattern().name().equals(topic)
                && binding.entry().principal().equals(principal(user))
                && binding.entry().operation() == operation);
    }

    /** Whether {@code user} may join or commit in the consumer group {@code group}. */
    public boolean allowsGroup(String user, String group) {
        return bindings().stream().anyMatch(binding -> binding.pattern().resourceType() == ResourceType.GROUP
                && binding.entry().principal().equals(principal(user))
                && (binding.pattern().patternType() == PatternType.PREFIXED
                        ? group.startsWith(binding.pattern().name())
                        : group.equals(binding.pattern().name())));
    }

    /** The list as a Markdown table, one row per user: docs/security.md shows it. */
    public String markdownTable() {
        StringBuilder table = new StringBuilder("| principal | writes | reads | consumer groups |\n| --- | --- | --- | --- |\n");
        for (String user : users()) {
            if (user.equals(ADMIN)) {
                table.append("| `User:admin` | (super user: creates topics, users and these entries) | | |\n");
                continue;
            }
            table.append("| `User:").append(user).append("` | ")
                    .append(names(user, ResourceType.TOPIC, AclOperation.WRITE)).append(" | ")
                    .append(names(user, ResourceType.TOPIC, AclOperation.READ)).append(" | ")
                    .append(names(user, ResourceType.GROUP, AclOperation.READ)).append(" |\n");
        }
        return table.toString();
    }

    private String names(String user, ResourceType type, AclOperation operation) {
        return bindings().stream()
                .filter(binding -> binding.entry().principal().equals(principal(user))
                        && binding.pattern().resourceType() == type && binding.entry().operation() == operation)
                .map(binding -> "`" + binding.pattern().name()
                        + (binding.pattern().patternType() == PatternType.PREFIXED ? "*" : "") + "`")
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    static String principal(String user) {
        return "User:" + user;
    }

    private static ResourcePattern topic(String name) {
        return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
    }

    private static AclBinding allow(String user, ResourcePattern pattern, AclOperation operation) {
        return new AclBinding(pattern, new AccessControlEntry(principal(user), "*", operation,
                AclPermissionType.ALLOW));
    }

    /** Prints {@link #markdownTable()}, for docs/security.md. */
    public static void main(String[] args) {
        System.out.print(fromCatalogue().markdownTable());
    }
}
