package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.apache.kafka.common.acl.AclOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrimziResourcesTest {

    @Test
    void everyTopicAndItsDeadLetterTopicGetThePartitionsAsked() {
        String topics = new StrimziResources(3).topics();

        assertThat(KubernetesManifests.parse(topics)).hasSize(KafkaBroker.knownTopics().size())
                .allSatisfy(topic -> assertThat(((KafkaTopic) topic).getSpec().getPartitions()).isEqualTo(3));
        assertThat(topics).contains(StrimziResources.regenerateCommand(3));
    }

    @Test
    void aTopicHasAPartitionAtLeast() {
        assertThatThrownBy(() -> new StrimziResources(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void operationsAreSpelledAsStrimziSpellsThem() {
        assertThat(StrimziResources.operation(AclOperation.READ)).isEqualTo("Read");
        assertThat(StrimziResources.operation(AclOperation.DESCRIBE_CONFIGS)).isEqualTo("DescribeConfigs");
        assertThat(StrimziResources.operation(AclOperation.IDEMPOTENT_WRITE)).isEqualTo("IdempotentWrite");
    }

    @Test
    void mainWritesTheTopicsAndUsersIntoTheDirectoryGiven(@TempDir Path directory) throws IOException {
        StrimziResources.main(new String[] {"--partitions", "4", directory.toString()});

        new StrimziResources(4).files().forEach((file, text) -> {
            try {
                assertThat(Files.readString(directory.resolve(file))).isEqualTo(text);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }
}
