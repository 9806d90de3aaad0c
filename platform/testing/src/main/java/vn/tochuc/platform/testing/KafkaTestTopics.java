package vn.tochuc.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.tochuc.platform.event.BrokerAccess;

/** What a test does with topics directly: publish a raw record as another service would, read what was sent. */
public final class KafkaTestTopics {

    private final Map<String, Object> settings;

    /** @param settings bootstrap servers and sign-in ({@link KafkaTestBroker#clientSettings}) */
    public KafkaTestTopics(Map<String, Object> settings) {
        this.settings = Map.copyOf(settings);
    }

    /** The shared broker as its administrator, who may write any topic (as the owner services would). */
    public static KafkaTestTopics ofSharedBroker() {
        return as(BrokerAccess.ADMIN);
    }

    /** The shared broker as one of its users, held to that user's ACLs. */
    public static KafkaTestTopics as(String user) {
        return new KafkaTestTopics(KafkaTestBroker.shared().clientSettings(user));
    }

    /** Sends one record and waits for the broker's answer; the broker's refusal is thrown as it came. */
    public void send(String topic, String key, String value) throws InterruptedException, ExecutionException,
            TimeoutException {
        Properties props = new Properties();
        props.putAll(settings);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    public void publish(String topic, String key, String value, Map<String, String> headers) {
        Properties props = new Properties();
        props.putAll(settings);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /**
     * Reads the topic from its beginning until a record matches or the deadline passes.
     *
     * @return every record read, the matching one last; empty when nothing matched in time
     */
    public List<ConsumerRecord<String, String>> readUntil(String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration deadline) {
        List<ConsumerRecord<String, String>> seen = read(topic, match, deadline);
        return !seen.isEmpty() && match.test(seen.get(seen.size() - 1)) ? seen : List.of();
    }

    /** Everything the topic holds, read from its beginning for the given time. */
    public List<ConsumerRecord<String, String>> readAll(String topic, Duration duration) {
        return read(topic, r -> false, duration);
    }

    private List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> stop,
            Duration deadline) {
        Properties props = new Properties();
        props.putAll(settings);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        Instant end = Instant.now().plus(deadline);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            ConsumerRecord<String, String> stopRecord = null;
            while (Instant.now().isBefore(end) && stopRecord == null) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (stopRecord == null && stop.test(record)) {
                        stopRecord = record;
                    } else {
                        seen.add(record);
                    }
                }
            }
            if (stopRecord != null) {
                // The stop record is in one partition; records written before it may sit in the others, unread
                // yet: read every partition up to where it ended when the stop record was seen. The stop record
                // stays last, as callers expect.
                Map<org.apache.kafka.common.TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
                while (Instant.now().isBefore(end) && ends.entrySet().stream()
                        .anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                    consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                }
                seen.add(stopRecord);
            }
        }
        return seen;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
