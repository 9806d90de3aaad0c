package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The consumer docs/integrators.md describes, step for step: sign in as the read-only integrator user, start every
 * partition at the first record written at or after a date (offsetsForTimes), and apply each event once by its
 * CloudEvents (source, id) although Kafka may deliver it again. An integrator keeps the seen ids in its own
 * database, in the transaction that applies the event; this example keeps them in memory.
 */
final class IntegratorConsumer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final Set<String> applied = new HashSet<>();

    /** Step 1: the connection settings of the guide. */
    IntegratorConsumer(String bootstrapServers, String user, String password, String group) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put("security.protocol", "SASL_PLAINTEXT"); // SASL_SSL against a TLS listener
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group); // must start with integrator-
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
    }

    /** Step 2: every partition of the topics, each at its first record written at or after {@code from}. */
    void startFrom(List<String> topics, Instant from) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> at = new HashMap<>();
        partitions.forEach(p -> at.put(p, from.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(at, Duration.ofSeconds(30));
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp found = offsets.get(partition);
            // nothing written since then: start at the end, so only what comes next is read
            consumer.seek(partition, found == null ? ends.get(partition) : found.offset());
        }
    }

    /**
     * Step 3: reads for a while and applies each event not applied before.
     *
     * @return the records read, duplicates included
     */
    List<ConsumerRecord<String, String>> poll(Duration duration, Consumer<JsonNode> apply) {
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                read.add(record);
                JsonNode event = parse(record.value());
                if (event != null && applied.add(event.path("source").asText() + " " + event.path("id").asText())) {
                    apply.accept(event);
                }
            }
            // An integrator with a group commits here, after its own transaction committed (consumer.commitSync()).
        }
        return read;
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            return null; // an integrator logs and skips what is not a CloudEvent
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
