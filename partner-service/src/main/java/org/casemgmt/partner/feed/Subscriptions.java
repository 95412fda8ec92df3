package org.casemgmt.partner.feed;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;

/**
 * Which topics each partner agency's feed carries: those of the stages configured for it, and the single topics
 * named, all among {@link EventCatalog#partnerFeedSources()}. A partner sees nothing else, whatever its consent.
 */
final class Subscriptions {

    private static final String SERVICE_SUFFIX = "-service";

    private final Map<String, Set<String>> topicsByAgency;

    private Subscriptions(Map<String, Set<String>> topicsByAgency) {
        this.topicsByAgency = topicsByAgency;
    }

    static Subscriptions of(Map<String, PartnerFeedProperties.Partner> partners) {
        Map<String, Set<String>> topics = new TreeMap<>();
        Set<String> sources = EventCatalog.partnerFeedSources().stream().map(EventType::topic)
                .collect(Collectors.toSet());
        partners.forEach((agencyId, partner) -> {
            EventCatalog.partnerFeed(agencyId); // refuses an id that cannot name a topic, at start-up
            Set<String> unknownStages = new HashSet<>(partner.stages());
            unknownStages.removeAll(stages());
            Set<String> unknownTopics = new HashSet<>(partner.topics());
            unknownTopics.removeAll(sources);
            if (!unknownStages.isEmpty() || !unknownTopics.isEmpty()) {
                throw new IllegalArgumentException("partner " + agencyId + ": no stage " + unknownStages
                        + " and no case topic " + unknownTopics + " to feed from; stages are " + stages());
            }
            topics.put(agencyId, EventCatalog.partnerFeedSources().stream()
                    .filter(type -> stagesOf(type).stream().anyMatch(partner.stages()::contains)
                            || partner.topics().contains(type.topic()))
                    .map(EventType::topic)
                    .collect(Collectors.toUnmodifiableSet()));
        });
        return new Subscriptions(topics);
    }

    /** The source topics: the feeds are made from all of them, whichever partners are configured. */
    static List<String> sourceTopics() {
        return EventCatalog.partnerFeedSources().stream().map(EventType::topic).toList();
    }

    Set<String> agencies() {
        return topicsByAgency.keySet();
    }

    boolean sees(String agencyId, String topic) {
        return topicsByAgency.getOrDefault(agencyId, Set.of()).contains(topic);
    }

    boolean isPartner(String agencyId) {
        return topicsByAgency.containsKey(agencyId);
    }

    private static Set<String> stages() {
        return EventCatalog.partnerFeedSources().stream().flatMap(type -> stagesOf(type).stream())
                .collect(Collectors.toSet());
    }

    /**
     * The stages that publish the topic: one for most, several for document.attached, which each stage that keeps
     * documents publishes. A stage's name is its service's without {@code -service}, as in the gateway's
     * {@code /api/<stage>}.
     */
    private static Set<String> stagesOf(EventType<?> type) {
        return type.producers().stream().map(PlatformService::applicationName)
                .map(service -> service.substring(0, service.length() - SERVICE_SUFFIX.length()))
                .collect(Collectors.toSet());
    }

}
