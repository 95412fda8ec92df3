package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.junit.jupiter.api.Test;

class KnownTopicsTest {

    @Test
    void theBrokerCreatesEveryCatalogueTopicAndItsDeadLetterTopicAndEveryPartnersFeed() {
        for (EventType<?> type : EventCatalog.all()) {
            assertThat(KafkaBroker.knownTopics()).contains(type.topic(), type.topic() + ".dlq");
        }
        assertThat(KafkaBroker.knownTopics()).contains("partner.shelter-north.feed")
                .hasSize(2 * EventCatalog.all().size() + KafkaAccessList.PARTNER_AGENCIES.size());
    }
}
