package org.casemgmt.partner.feed;

/**
 * A record on its way to one topic: a partner agency's feed, or, with no agency, the platform's own
 * {@code consent.ended} topic. Only the body is written; the agency chooses the topic and goes no further.
 */
record FeedRecord(String agencyId, byte[] body) {

    static FeedRecord toFeedOf(String agencyId, byte[] body) {
        return new FeedRecord(agencyId, body);
    }

    static FeedRecord toConsentEndedTopic(byte[] body) {
        return new FeedRecord(null, body);
    }
}
