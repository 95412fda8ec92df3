package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class KafkaAccessListTest {

    private final KafkaAccessList accessList = KafkaAccessList.fromCatalogue();

    @Test
    void intakeWritesTheTopicsItOwnsAndReadsCaseClosedInItsOwnGroup() {
        assertThat(accessList.allows("intake-service", AclOperation.WRITE, "case.opened")).isTrue();
        assertThat(accessList.allows("intake-service", AclOperation.WRITE, "client.registered")).isTrue();
        assertThat(accessList.allows("intake-service", AclOperation.READ, "case.closed")).isTrue();
        assertThat(accessList.allowsGroup("intake-service", "intake-service")).isTrue();
        assertThat(accessList.allowsGroup("intake-service", "planning-service")).isFalse();
    }

    @Test
    void aServiceMayNotWriteATopicAnotherServiceOwns() {
        assertThat(accessList.allows("planning-service", AclOperation.WRITE, "case.opened")).isFalse();
        assertThat(accessList.allows("intake-service", AclOperation.WRITE, "case.closed")).isFalse();
        assertThat(accessList.allows("intake-service", AclOperation.WRITE, "goal.achieved")).isFalse();
        assertThat(accessList.allows("planning-service", AclOperation.WRITE, "progress.recorded")).isFalse();
    }

    @Test
    void aServiceReadsNoTopicItDoesNotConsume() {
        assertThat(accessList.allows("intake-service", AclOperation.READ, "plan.drafted")).isFalse();
        assertThat(accessList.allows("planning-service", AclOperation.READ, "client.registered")).isFalse();
        assertThat(accessList.allows("planning-service", AclOperation.READ, "audit.recorded")).isFalse();
    }

    @Test
    void aConsumerWritesTheDeadLetterTopicsOfWhatItConsumesAndNoOther() {
        assertThat(accessList.allows("planning-service", AclOperation.WRITE, "case.opened.dlq")).isTrue();
        assertThat(accessList.allows("intake-service", AclOperation.WRITE, "case.closed.dlq")).isTrue();
        assertThat(accessList.allows("intake-service", AclOperation.WRITE, "case.opened.dlq")).isFalse();
    }

    @Test
    void everyServiceWritesTheAuditTrail() {
        for (PlatformService service : PlatformService.values()) {
            assertThat(accessList.allows(service.applicationName(), AclOperation.WRITE, "audit.recorded"))
                    .as(service.applicationName()).isTrue();
        }
    }

    @Test
    void eachServiceMayDoExactlyWhatTheCatalogueSays() {
        for (PlatformService service : PlatformService.values()) {
            String user = service.applicationName();
            for (EventType<?> type : EventCatalog.all()) {
                assertThat(accessList.allows(user, AclOperation.WRITE, type.topic())).as(user + " writes " + type.topic())
                        .isEqualTo(type.producers().contains(service));
                boolean feedsPartners = service == PlatformService.PARTNER
                        && EventCatalog.partnerFeedSources().contains(type);
                assertThat(accessList.allows(user, AclOperation.READ, type.topic())).as(user + " reads " + type.topic())
                        .isEqualTo(type.consumers().contains(service) || feedsPartners);
            }
        }
    }

    @Test
    void thePartnerReadsEveryPublishedTopicButNoDeadLetterAndWritesNothing() {
        for (EventType<?> type : EventCatalog.all()) {
            assertThat(accessList.allows("partner-reader", AclOperation.READ, type.topic())).isTrue();
            assertThat(accessList.allows("partner-reader", AclOperation.READ, type.deadLetterTopic())).isFalse();
            assertThat(accessList.allows("partner-reader", AclOperation.WRITE, type.topic())).isFalse();
        }
        assertThat(accessList.allowsGroup("partner-reader", "partner-reader-crm")).isTrue();
        assertThat(accessList.allowsGroup("partner-reader", "planning-service")).isFalse();
    }

    @Test
    void theConsoleReadsTheCaseEventsWithoutAConsumerGroupButNoAuditTrailNoDeadLetterNoFeedAndWritesNothing() {
        for (EventType<?> type : EventCatalog.all()) {
            assertThat(accessList.allows("console", AclOperation.READ, type.topic())).as(type.topic())
                    .isEqualTo(type != EventCatalog.AUDIT_RECORDED);
            assertThat(accessList.allows("console", AclOperation.READ, type.deadLetterTopic())).isFalse();
        }
        assertThat(accessList.allows("console", AclOperation.READ, "audit.recorded")).isFalse();
        assertThat(accessList.allows("console", AclOperation.READ, "partner.shelter-north.feed")).isFalse();
        assertThat(accessList.bindings()).filteredOn(binding -> binding.entry().principal().equals("User:console"))
                .allSatisfy(binding -> {
                    assertThat(binding.pattern().resourceType()).isEqualTo(ResourceType.TOPIC);
                    assertThat(binding.entry().operation()).isEqualTo(AclOperation.READ);
                }).hasSize(EventCatalog.all().size() - 1);
        assertThat(accessList.allowsGroup("console", "console")).isFalse();
    }

    @Test
    void theUsersAreTheAdminTheServicesThePartnersAndTheConsoleSoOnlyMonitoringPublishesProgressAndReviews() {
        assertThat(accessList.users()).containsExactly("admin", "intake-service", "planning-service",
                "referral-service", "monitoring-service", "closure-service", "partner-service",
                "partner-shelter-north", "partner-reader", "console");
        for (String topic : List.of("progress.recorded", "review.completed")) {
            assertThat(accessList.users()).filteredOn(user -> accessList.allows(user, AclOperation.WRITE, topic))
                    .as("who writes " + topic).containsExactly("monitoring-service");
        }
    }

    @Test
    void everyEntryAllowsOnlyReadingOrWritingButKafkaStreamsOwnTopicsAndTransactionsAndTheAdminNeedsNone() {
        assertThat(accessList.bindings()).allSatisfy(binding -> {
            assertThat(binding.entry().permissionType()).isEqualTo(AclPermissionType.ALLOW);
            assertThat(binding.entry().principal()).isNotEqualTo("User:admin");
            if (binding.pattern().patternType() == PatternType.PREFIXED
                    && binding.pattern().resourceType() != ResourceType.GROUP) {
                assertThat(binding.entry().principal()).isEqualTo("User:partner-service");
                assertThat(binding.pattern().name()).startsWith("partner-service-feed");
            } else {
                assertThat(binding.entry().operation()).isIn(AclOperation.READ, AclOperation.WRITE);
            }
        });
        assertThat(accessList.users()).startsWith("admin");
    }

    @Test
    void aPartnerAgencysUserReadsItsOwnFeedAndNothingElse() {
        String user = "partner-shelter-north";
        assertThat(accessList.allows(user, AclOperation.READ, "partner.shelter-north.feed")).isTrue();
        assertThat(accessList.allows(user, AclOperation.WRITE, "partner.shelter-north.feed")).isFalse();
        assertThat(accessList.bindings()).filteredOn(binding -> binding.entry().principal().equals("User:" + user))
                .extracting(binding -> binding.pattern().resourceType() + " " + binding.pattern().name() + " "
                        + binding.pattern().patternType() + " " + binding.entry().operation())
                .containsExactlyInAnyOrder("TOPIC partner.shelter-north.feed LITERAL READ",
                        "GROUP partner-shelter-north PREFIXED READ");
        assertThat(accessList.allowsGroup(user, "partner-shelter-north-crm")).isTrue();
        assertThat(accessList.allowsGroup(user, "partner-reader")).isFalse();
    }

    @Test
    void partnerServiceWritesTheFeedsReadsWhatTheyAreMadeFromAndNoPartnerWritesAFeed() {
        assertThat(accessList.allows("partner-service", AclOperation.WRITE, "partner.shelter-north.feed")).isTrue();
        assertThat(accessList.allowsGroup("partner-service", "partner-service-webhooks"))
                .as("the webhooks read the feeds in their own group").isTrue();
        assertThat(accessList.allows("partner-service", AclOperation.READ, "case.opened")).isTrue();
        assertThat(accessList.allows("partner-service", AclOperation.READ, "audit.recorded")).isFalse();
        assertThat(accessList.allows("partner-service", AclOperation.READ, "client.registered")).isFalse();
        assertThat(accessList.allowsGroup("partner-service", "partner-service-feed")).isTrue();
        assertThat(accessList.users()).filteredOn(user -> accessList.allows(user, AclOperation.WRITE,
                "partner.shelter-north.feed")).containsExactly("partner-service");
    }

    @Test
    void thePartnerAgenciesAreThoseThatPartnerServiceFeeds() throws IOException {
        Path config = RepositoryRoot.find().resolve("partner-service/src/main/resources/application.yml");
        Map<String, Object> yaml;
        try (Reader reader = Files.newBufferedReader(config)) {
            yaml = new Yaml().load(reader);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> partners = (Map<String, Object>) ((Map<String, Object>) yaml.get("partner")).get("partners");

        assertThat(partners.keySet()).containsExactlyInAnyOrderElementsOf(KafkaAccessList.PARTNER_AGENCIES);
    }

    @Test
    void theTableForTheDocsNamesEveryUser() {
        assertThat(accessList.markdownTable()).contains("`User:intake-service` | `client.registered`",
                "`User:monitoring-service` | `progress.recorded`", "`User:partner-reader`", "`partner-reader*`",
                "`User:console` |  | `client.registered`, ");
    }

    @Test
    void theTableInTheSecurityDocsIsTheAccessListAsItIsNow() throws IOException {
        assertThat(Files.readString(RepositoryRoot.find().resolve("docs/security.md")))
                .as("docs/security.md's table: print it again with java -cp 'launcher/target/launcher.jar:"
                        + "launcher/target/lib/*' " + KafkaAccessList.class.getName())
                .contains(accessList.markdownTable());
    }
}
