package org.casemgmt.partner.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SubscriptionsTest {

    @Test
    void aTopicEveryStageThatKeepsDocumentsPublishesIsInTheFeedOfAPartnerOfAnyOfThem() {
        Subscriptions subscriptions = Subscriptions.of(Map.of(
                "shelter-north", new PartnerFeedProperties.Partner(List.of("referral"), List.of()),
                "clinic-east", new PartnerFeedProperties.Partner(List.of("closure"), List.of()),
                "food-bank", new PartnerFeedProperties.Partner(List.of("planning"), List.of())));

        assertThat(subscriptions.sees("shelter-north", "document.attached")).isTrue();
        assertThat(subscriptions.sees("clinic-east", "document.attached")).isTrue();
        assertThat(subscriptions.sees("food-bank", "document.attached")).as("planning keeps no documents").isFalse();
        assertThat(subscriptions.sees("shelter-north", "referral.accepted")).isTrue();
        assertThat(subscriptions.sees("shelter-north", "case.closed")).isFalse();
    }

    @Test
    void anUnknownStageOrTopicStopsTheStart() {
        assertThatThrownBy(() -> Subscriptions.of(Map.of("shelter-north",
                new PartnerFeedProperties.Partner(List.of("housing"), List.of("case.retention-expired")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("housing")
                .hasMessageContaining("case.retention-expired");
    }
}
