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
 *   <li>{@code User:partner-reader} reads every published topic, never a dead-letter topic (which holds whatever a
 *       consumer could not process, unchecked), in groups whose name starts with {@code partner-reader}.</li>
 *   <li>{@code User:admin} is the super user: it creates the topics, the users and these entries, and needs none.</li>
 * </ul>
 * The embedded default and a deployment (docker compose, your own cluster) apply the same list: nobody publishes by
 * hand. WRITE and READ imply DESCRIBE; an idempotent producer needs no IDEMPOTENT_WRITE on the cluster when it may
 * WRITE a topic (KIP-679). Nobody but the admin may create topics: they all exist before the services start.
 */
public final class KafkaAccessList {

    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner-reader";
    /** A partner's consumer group names start with this, so partners' groups never meet the services'. */
    public static final String PARTNER_GROUP_PREFIX = PARTNER;

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
        users.add(PARTNER);
        return List.copyOf(users);
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
        EventCatalog.all().forEach(type -> bindings.add(allow(PARTNER, topic(type.topic()), AclOperation.READ)));
        bindings.add(allow(PARTNER, new ResourcePattern(ResourceType.GROUP, PARTNER_GROUP_PREFIX, PatternType.PREFIXED),
                AclOperation.READ));
        return List.copyOf(bindings);
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
