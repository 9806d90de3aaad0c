package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code ./tochuc replay-dead-letters --consumer NAME}: sends the events one consumer parked on its dead-letter
 * topic ({@code tochuc.dlt.NAME}) back to the topics they came from, once the cause is fixed.
 *
 * <p>Each event keeps its CloudEvents id, so a consumer that applied it meanwhile skips it (inbox). What was
 * replayed is remembered as the committed offsets of the group {@code tochuc-replay-NAME}: a second run starts
 * where the first ended and sends nothing twice. With a filter, the group's offset stops at the first parked event
 * the filter leaves out, so it is still there for a later run; events after it that this run replayed are then seen
 * again by that run and sent again, which the consumers' inbox makes harmless.
 */
final class DeadLetterReplay {

    static final String USAGE = """
            Usage: ./tochuc replay-dead-letters --consumer NAME [--dry-run] [--type EVENT_TYPE] [--reason TEXT]
                                               [--bootstrap HOST:PORT]
              --consumer   the service whose dead letters to replay: org-service, cadre-service or task-service
                           (reads tochuc.dlt.NAME)
              --dry-run    list what would be replayed (event id, type, original topic and offset, reason), send nothing
              --type       only events of this CloudEvents type, e.g. vn.tochuc.org.unit.created.v1
              --reason     only events whose dead-letter reason contains this text (case ignored)
              --bootstrap  the Kafka broker (default 127.0.0.1:9092, the local suite's)
            """;

    /** The headers platform-core's DeadLetters writes on a parked record. */
    static final String REASON = "dlt-reason";
    static final String ORIGINAL_TOPIC = "dlt-original-topic";
    static final String ORIGINAL_PARTITION = "dlt-original-partition";
    static final String ORIGINAL_OFFSET = "dlt-original-offset";
    /** Added on a replayed record: where on the dead-letter topic it was parked. */
    static final String REPLAYED_FROM = "dlt-replayed-from";

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration READ_DEADLINE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to replay; {@code null} filters match everything. */
    record Options(String consumer, boolean dryRun, String type, String reasonContains, String bootstrap,
            Map<String, Object> signIn) {

        /** @param signIn the Kafka administrator's sign-in: it reads any dead-letter topic and writes any topic */
        static Options parse(List<String> args, String defaultBootstrap, Map<String, Object> signIn) {
            String consumer = null;
            boolean dryRun = false;
            String type = null;
            String reason = null;
            String bootstrap = defaultBootstrap;
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                if (option.equals("--dry-run")) {
                    dryRun = true;
                    continue;
                }
                String value = i + 1 < args.size() ? args.get(++i) : null;
                if (value == null || value.isBlank()) {
                    throw new IllegalArgumentException(option + " is missing its value");
                }
                switch (option) {
                    case "--consumer" -> consumer = value;
                    case "--type" -> type = value;
                    case "--reason" -> reason = value;
                    case "--bootstrap" -> bootstrap = value;
                    default -> throw new IllegalArgumentException("unknown argument '" + option + "'");
                }
            }
            if (consumer == null) {
                throw new IllegalArgumentException("--consumer is required: name the service whose dead letters to "
                        + "replay, e.g. --consumer cadre-service");
            }
            if (!consumer.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("--consumer must be a service name like cadre-service, not '"
                        + consumer + "'");
            }
            return new Options(consumer, dryRun, type, reason, bootstrap, signIn);
        }

        String deadLetterTopic() {
            return "tochuc.dlt." + consumer;
        }

        String replayGroup() {
            return "tochuc-replay-" + consumer;
        }

        boolean matches(Parked parked) {
            return (type == null || type.equals(parked.type()))
                    && (reasonContains == null || parked.reason().toLowerCase().contains(reasonContains.toLowerCase()));
        }
    }

    /** One record of the dead-letter topic, as the listing shows it. */
    record Parked(int partition, long offset, String eventId, String type, String originalTopic,
            String originalPosition, String reason) {

        String describe(String deadLetterTopic) {
            return deadLetterTopic + "-" + partition + "@" + offset + "  event " + eventId + "  " + type + "  from "
                    + (originalTopic == null ? "(unknown topic)" : originalTopic + "-" + originalPosition)
                    + "  reason: " + reason;
        }
    }

    /** What a run did: the events it replayed (or would, in a dry run) and those it left on the topic. */
    record Result(List<Parked> replayed, List<Parked> leftOut, List<Parked> notReplayable) {
    }

    private DeadLetterReplay() {
    }

    static Result run(Options options, PrintStream out) {
        String dlt = options.deadLetterTopic();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerSettings(options));
                KafkaProducer<String, String> producer = new KafkaProducer<>(producerSettings(options))) {
            List<TopicPartition> partitions = partitions(consumer, dlt);
            if (partitions.isEmpty()) {
                out.println("Nothing parked: topic " + dlt + " does not exist.");
                return new Result(List.of(), List.of(), List.of());
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata from = committed.get(partition);
                if (from == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, from.offset());
                }
            }
            List<Parked> replayed = new ArrayList<>();
            List<Parked> leftOut = new ArrayList<>();
            List<Parked> notReplayable = new ArrayList<>();
            Map<TopicPartition, Long> commitUpTo = new HashMap<>();
            Map<TopicPartition, Boolean> gap = new HashMap<>();
            Map<Parked, Future<RecordMetadata>> sends = new LinkedHashMap<>();
            long deadline = System.nanoTime() + READ_DEADLINE.toNanos();
            while (!caughtUp(consumer, partitions, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + dlt + " to its end within "
                            + READ_DEADLINE.toSeconds() + " s; is the broker at " + options.bootstrap() + " up?");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue; // parked after this run began: the next run's
                    }
                    Parked parked = describe(record);
                    boolean handled;
                    if (parked.originalTopic() == null) {
                        notReplayable.add(parked);
                        out.println("NOT REPLAYABLE (no " + ORIGINAL_TOPIC + " header)  " + parked.describe(dlt));
                        handled = true;
                    } else if (options.matches(parked)) {
                        replayed.add(parked);
                        out.println((options.dryRun() ? "WOULD REPLAY  " : "REPLAY  ") + parked.describe(dlt));
                        if (!options.dryRun()) {
                            sends.put(parked, producer.send(replay(record, parked, dlt)));
                        }
                        handled = true;
                    } else {
                        leftOut.add(parked);
                        handled = false;
                    }
                    if (!handled) {
                        gap.put(partition, true);
                    } else if (!gap.getOrDefault(partition, false)) {
                        commitUpTo.put(partition, record.offset() + 1);
                    }
                }
            }
            if (!options.dryRun()) {
                awaitAll(sends, dlt);
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                commitUpTo.forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset)));
                if (!offsets.isEmpty()) {
                    consumer.commitSync(offsets);
                }
            }
            out.println((options.dryRun() ? "Dry run: would replay " : "Replayed ") + replayed.size()
                    + " event(s) from " + dlt + "; " + leftOut.size() + " left out by the filter, "
                    + notReplayable.size() + " not replayable.");
            return new Result(List.copyOf(replayed), List.copyOf(leftOut), List.copyOf(notReplayable));
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        Map<String, List<PartitionInfo>> topics = consumer.listTopics(Duration.ofSeconds(30));
        return Optional.ofNullable(topics.get(topic)).orElse(List.of()).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
    }

    private static Parked describe(ConsumerRecord<String, String> record) {
        String eventId = "(not a CloudEvent)";
        String type = "(unknown type)";
        try {
            JsonNode event = JSON.readTree(record.value());
            if (event != null && event.isObject()) {
                eventId = event.path("id").asText(eventId);
                type = event.path("type").asText(type);
            }
        } catch (Exception e) {
            // not JSON: listed with what the headers say
        }
        return new Parked(record.partition(), record.offset(), eventId, type, header(record, ORIGINAL_TOPIC),
                header(record, ORIGINAL_PARTITION) + "@" + header(record, ORIGINAL_OFFSET),
                Optional.ofNullable(header(record, REASON)).orElse("(no reason given)"));
    }

    /** The parked record as it was first sent: same key, value and headers, without the dead-letter ones. */
    private static ProducerRecord<String, String> replay(ConsumerRecord<String, String> record, Parked parked,
            String dlt) {
        ProducerRecord<String, String> replay = new ProducerRecord<>(parked.originalTopic(), record.key(),
                record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dlt-")) {
                replay.headers().add(header);
            }
        }
        replay.headers().add(REPLAYED_FROM, (dlt + "-" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        return replay;
    }

    private static void awaitAll(Map<Parked, Future<RecordMetadata>> sends, String dlt) {
        for (Map.Entry<Parked, Future<RecordMetadata>> send : sends.entrySet()) {
            try {
                send.getValue().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Kafka did not take the replay of " + send.getKey().describe(dlt)
                        + " (" + e.getMessage() + "); nothing was marked replayed, run again once it is reachable", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted; nothing was marked replayed", e);
            }
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> consumerSettings(Options options) {
        Map<String, Object> props = new HashMap<>(options.signIn());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, options.replayGroup());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    private static Map<String, Object> producerSettings(Options options) {
        Map<String, Object> props = new HashMap<>(options.signIn());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrap());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, options.replayGroup());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }
}
