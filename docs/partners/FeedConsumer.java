import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a partner's feed: java FeedConsumer.java <bootstrap> <agencyId> <password> [<replay from, e.g. 2026-12-01T00:00:00Z>] */
public class FeedConsumer {

    public static void main(String[] args) {
        String user = "partner-" + args[1];
        Properties config = new Properties();
        config.putAll(Map.of("bootstrap.servers", args[0], "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", "org.apache.kafka.common.security.scram."
                        + "ScramLoginModule required username=\"" + user + "\" password=\"" + args[2] + "\";",
                "group.id", user + "-feed", "auto.offset.reset", "earliest", "isolation.level", "read_committed",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            var partitions = consumer.partitionsFor("partner." + args[1] + ".feed").stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            if (args.length > 3) { // replay: each partition from its first record at or after that moment
                long from = Instant.parse(args[3]).toEpochMilli();
                consumer.offsetsForTimes(partitions.stream().collect(Collectors.toMap(p -> p, p -> from)))
                        .forEach((partition, found) -> {
                            if (found != null) {
                                consumer.seek(partition, found.offset());
                            }
                        });
            }
            while (true) {
                for (var record : consumer.poll(Duration.ofSeconds(1))) {
                    String type = new String(record.headers().lastHeader("ce_type").value());
                    System.out.printf("%s case %s: %s%n", type, record.key(), record.value());
                }
                consumer.commitSync();
            }
        }
    }
}
