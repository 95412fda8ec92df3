package org.casemgmt.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;
import org.casemgmt.launcher.KafkaAccessList;
import org.casemgmt.launcher.Platform;

/**
 * How far the platform's consumers of one topic are behind: for each consumer group, the topic's end offsets minus
 * the group's committed offsets, summed over the partitions. Asked of the broker as its admin, who may describe
 * every group.
 */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;
    private final List<TopicPartition> partitions;
    private final Map<TopicPartition, Long> firstOffsets;
    private final List<String> groups;

    ConsumerLag(Platform platform, EventType<?> type) throws ExecutionException, InterruptedException {
        admin = Admin.create(platform.kafkaClientProperties(KafkaAccessList.ADMIN));
        partitions = admin.describeTopics(List.of(type.topic())).allTopicNames().get().get(type.topic())
                .partitions().stream().map(partition -> new TopicPartition(type.topic(), partition.partition()))
                .toList();
        firstOffsets = offsets(OffsetSpec.earliest());
        groups = groupsOf(type);
    }

    /** The groups measured, by name. */
    List<String> groups() {
        return groups;
    }

    /** One look at every group's lag, in messages. */
    Map<String, Long> lagByGroup() throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> ends = offsets(OffsetSpec.latest());
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = committedOffsets(groups);
        Map<String, Long> lag = new LinkedHashMap<>();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> offsets = committed.getOrDefault(group, Map.of());
            long behind = 0;
            for (TopicPartition partition : partitions) {
                // A group that has committed nothing yet starts from the first offset (the services' binder does).
                long position = Optional.ofNullable(offsets.get(partition)).map(OffsetAndMetadata::offset)
                        .orElse(firstOffsets.get(partition));
                behind += Math.max(0, ends.get(partition) - position);
            }
            lag.put(group, behind);
        }
        return lag;
    }

    /**
     * The catalogue's consumers (each service reads in a group named after it), and every other group that has
     * committed offsets on the topic, such as partner-service's Kafka Streams application, but the bench's own.
     */
    private List<String> groupsOf(EventType<?> type) throws ExecutionException, InterruptedException {
        TreeSet<String> found = type.consumers().stream().map(PlatformService::applicationName)
                .collect(Collectors.toCollection(TreeSet::new));
        Collection<GroupListing> listed = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get();
        List<String> others = listed.stream().map(GroupListing::groupId)
                .filter(group -> !group.startsWith(KafkaAccessList.PARTNER_GROUP_PREFIX))
                .filter(group -> !found.contains(group)).toList();
        committedOffsets(others).forEach((group, offsets) -> {
            if (offsets.values().stream().anyMatch(offset -> offset != null)) {
                found.add(group);
            }
        });
        return List.copyOf(found);
    }

    private Map<String, Map<TopicPartition, OffsetAndMetadata>> committedOffsets(List<String> names)
            throws ExecutionException, InterruptedException {
        if (names.isEmpty()) {
            return Map.of();
        }
        Map<String, ListConsumerGroupOffsetsSpec> specs = names.stream().collect(Collectors.toMap(Function.identity(),
                group -> new ListConsumerGroupOffsetsSpec().topicPartitions(partitions)));
        return admin.listConsumerGroupOffsets(specs).all().get();
    }

    private Map<TopicPartition, Long> offsets(OffsetSpec which) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), partition -> which));
        Map<TopicPartition, Long> offsets = new LinkedHashMap<>();
        admin.listOffsets(request).all().get().forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
