package org.casemgmt.partner.webhook;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partner agency's feed topic, {@code partner.<agencyId>.feed}: the case events that agency's consent covers, and
 * nothing else. A webhook of an agency is fed from that agency's topic alone.
 */
record PartnerFeedTopic(String agencyId) {

    private static final Pattern NAME = Pattern.compile("partner\\.(.+)\\.feed");

    static PartnerFeedTopic of(String agencyId) {
        return new PartnerFeedTopic(agencyId);
    }

    static Optional<PartnerFeedTopic> parse(String topic) {
        Matcher matcher = NAME.matcher(topic);
        return matcher.matches() ? Optional.of(new PartnerFeedTopic(matcher.group(1))) : Optional.empty();
    }

    String name() {
        return "partner." + agencyId + ".feed";
    }
}
