package org.casemgmt.partner.feed;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The partner agencies that get a feed, and what each may see.
 *
 * @param partners           by agency id: the stages whose events the agency's feed carries ({@code intake},
 *                           {@code planning}, {@code referral}, {@code monitoring}, {@code closure}) and further single
 *                           topics
 * @param expiryScanInterval how often the consents are checked for expiry, on the wall clock: a consent's end reaches
 *                           its partner's feed at most this long after its {@code expiresAt}
 */
@ConfigurationProperties("partner")
record PartnerFeedProperties(Map<String, Partner> partners, @DefaultValue("1m") Duration expiryScanInterval) {

    PartnerFeedProperties {
        partners = partners == null ? Map.of() : Map.copyOf(partners);
    }

    /**
     * @param stages the stages whose every case event the agency sees
     * @param topics single topics besides, e.g. {@code referral.requested} for a partner that sees no more of referral
     */
    record Partner(List<String> stages, List<String> topics) {

        Partner {
            stages = stages == null ? List.of() : List.copyOf(stages);
            topics = topics == null ? List.of() : List.copyOf(topics);
        }
    }
}
