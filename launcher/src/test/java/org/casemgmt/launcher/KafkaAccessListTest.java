package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;
import org.junit.jupiter.api.Test;

class KafkaAccessListTest {

    private final KafkaAccessList embedded = KafkaAccessList.embeddedDefault();
    private final KafkaAccessList deployed = KafkaAccessList.deployed();

    @Test
    void intakeWritesTheTopicsItOwnsAndReadsCaseClosedInItsOwnGroup() {
        assertThat(embedded.allows("intake-service", AclOperation.WRITE, "case.opened")).isTrue();
        assertThat(embedded.allows("intake-service", AclOperation.WRITE, "client.registered")).isTrue();
        assertThat(embedded.allows("intake-service", AclOperation.READ, "case.closed")).isTrue();
        assertThat(embedded.allowsGroup("intake-service", "intake-service")).isTrue();
        assertThat(embedded.allowsGroup("intake-service", "planning-service")).isFalse();
    }

    @Test
    void aServiceMayNotWriteATopicAnotherServiceOwns() {
        assertThat(embedded.allows("planning-service", AclOperation.WRITE, "case.opened")).isFalse();
        assertThat(embedded.allows("intake-service", AclOperation.WRITE, "case.closed")).isFalse();
        assertThat(embedded.allows("intake-service", AclOperation.WRITE, "goal.achieved")).isFalse();
        assertThat(embedded.allows("planning-service", AclOperation.WRITE, "progress.recorded")).isFalse();
    }

    @Test
    void aServiceReadsNoTopicItDoesNotConsume() {
        assertThat(embedded.allows("intake-service", AclOperation.READ, "plan.drafted")).isFalse();
        assertThat(embedded.allows("planning-service", AclOperation.READ, "client.registered")).isFalse();
        assertThat(embedded.allows("planning-service", AclOperation.READ, "audit.recorded")).isFalse();
    }

    @Test
    void aConsumerWritesTheDeadLetterTopicsOfWhatItConsumesAndNoOther() {
        assertThat(embedded.allows("planning-service", AclOperation.WRITE, "case.opened.dlq")).isTrue();
        assertThat(embedded.allows("intake-service", AclOperation.WRITE, "case.closed.dlq")).isTrue();
        assertThat(embedded.allows("intake-service", AclOperation.WRITE, "case.opened.dlq")).isFalse();
    }

    @Test
    void everyServiceWritesTheAuditTrail() {
        for (PlatformService service : PlatformService.values()) {
            assertThat(embedded.allows(service.applicationName(), AclOperation.WRITE, "audit.recorded"))
                    .as(service.applicationName()).isTrue();
        }
    }

    @Test
    void eachServiceMayDoExactlyWhatTheCatalogueSays() {
        for (PlatformService service : PlatformService.values()) {
            String user = service.applicationName();
            for (EventType<?> type : EventCatalog.all()) {
                assertThat(embedded.allows(user, AclOperation.WRITE, type.topic())).as(user + " writes " + type.topic())
                        .isEqualTo(type.producers().contains(service));
                assertThat(embedded.allows(user, AclOperation.READ, type.topic())).as(user + " reads " + type.topic())
                        .isEqualTo(type.consumers().contains(service));
            }
        }
    }

    @Test
    void thePartnerReadsEveryPublishedTopicButNoDeadLetterAndWritesNothing() {
        for (EventType<?> type : EventCatalog.all()) {
            assertThat(embedded.allows("partner-reader", AclOperation.READ, type.topic())).isTrue();
            assertThat(embedded.allows("partner-reader", AclOperation.READ, type.deadLetterTopic())).isFalse();
            assertThat(embedded.allows("partner-reader", AclOperation.WRITE, type.topic())).isFalse();
        }
        assertThat(embedded.allowsGroup("partner-reader", "partner-reader-crm")).isTrue();
        assertThat(embedded.allowsGroup("partner-reader", "planning-service")).isFalse();
    }

    @Test
    void theOperatorExistsInTheEmbeddedDefaultOnlyAndPublishesWhatMonitoringAloneOwns() {
        assertThat(embedded.users()).contains("operator");
        assertThat(embedded.allows("operator", AclOperation.WRITE, "progress.recorded")).isTrue();
        assertThat(embedded.allows("operator", AclOperation.WRITE, "review.completed")).isTrue();
        assertThat(embedded.allows("operator", AclOperation.WRITE, "audit.recorded")).isFalse();
        assertThat(embedded.allows("operator", AclOperation.WRITE, "goal.achieved")).isFalse();
        assertThat(embedded.allows("operator", AclOperation.READ, "progress.recorded")).isFalse();

        assertThat(deployed.users()).doesNotContain("operator");
        assertThat(deployed.bindings()).noneMatch(binding -> binding.entry().principal().equals("User:operator"));
    }

    @Test
    void everyEntryAllowsOnlyReadingOrWritingAndTheAdminNeedsNone() {
        assertThat(embedded.bindings()).allSatisfy(binding -> {
            assertThat(binding.entry().permissionType()).isEqualTo(AclPermissionType.ALLOW);
            assertThat(binding.entry().operation()).isIn(AclOperation.READ, AclOperation.WRITE);
            assertThat(binding.entry().principal()).isNotEqualTo("User:admin");
        });
        assertThat(embedded.users()).startsWith("admin");
    }

    @Test
    void theTableForTheDocsNamesEveryUser() {
        assertThat(embedded.markdownTable()).contains("`User:intake-service` | `client.registered`", "`User:partner-reader`",
                "`partner-reader*`", "`User:operator` | `progress.recorded`, `review.completed`");
    }
}
