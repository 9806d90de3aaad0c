package vn.tochuc.platform.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads the configured topics on one thread and hands each event to its {@link EventHandler} through the
 * {@link Inbox}. An offset is committed only after its record was applied, skipped as a duplicate or parked on the
 * dead-letter topic, so a crash redelivers rather than loses. While a record waits for the database, the consumer
 * pauses its partitions and keeps polling, so it stays in its group however long the wait.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    /** Well under the group's session and poll-interval limits, so a long wait still polls often. */
    private static final Duration MAX_POLL_WHILE_WAITING = Duration.ofSeconds(1);

    private final Optional<List<String>> topics;
    private final String bootstrapServers;
    private final String groupId;
    private final ObjectMapper mapper;
    private final Map<String, List<EventHandler>> handlers;
    private final RecordProcessor processor;
    private final KafkaSignIn signIn;
    private final Duration startupGrace;
    private volatile boolean running;
    /**
     * Set once the group admitted this consumer and assigned it partitions: from then on the broker has this service's
     * ACLs (the administrator creates them all at once). Not a poll that returned: a poll may return empty before the
     * broker's refusal arrives, which ended the grace too early (BrokerSetUpLateTest's log showed the ERROR).
     */
    private volatile boolean admitted;
    private volatile long startedNanos;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Thread thread;

    EventConsumer(@ConfigProperty(name = "tochuc.consumer.topics") Optional<List<String>> topics,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "tochuc.consumer.group") Optional<String> groupId,
            ObjectMapper mapper, @Any Instance<EventHandler> handlers, RecordProcessor processor,
            KafkaSignIn signIn,
            @ConfigProperty(name = "tochuc.kafka.startup-grace", defaultValue = "2m") Duration startupGrace) {
        this.signIn = signIn;
        this.startupGrace = startupGrace;
        this.topics = topics;
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId.orElse(applicationName);
        this.mapper = mapper;
        this.handlers = EventHandlers.byType(handlers);
        this.processor = processor;
    }

    void start(@Observes StartupEvent startup) {
        if (topics.isEmpty() || topics.get().isEmpty()) {
            return;
        }
        running = true;
        startedNanos = System.nanoTime();
        thread = new Thread(this::run, groupId + "-event-consumer");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Consuming %s as group %s for event types %s", topics.get(), groupId, handlers.keySet());
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(10_000);
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(KafkaSettings.consumer(bootstrapServers, groupId, signIn))) {
                consumer = kafka;
                Set<TopicPartition> revoked = new HashSet<>();
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                kafka.subscribe(topics.get(), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        // Still a member: hand over what was applied, so the new owner does not apply it again.
                        revoked.addAll(partitions);
                        Map<TopicPartition, OffsetAndMetadata> handedOver = new HashMap<>(done);
                        handedOver.keySet().retainAll(partitions);
                        done.keySet().removeAll(partitions);
                        if (!handedOver.isEmpty()) {
                            try {
                                kafka.commitSync(handedOver);
                            } catch (WakeupException e) {
                                throw e;
                            } catch (KafkaException e) {
                                // The inbox makes the new owner's redelivery of these harmless.
                                LOG.debugf("Offsets of revoked partitions not committed: %s", e.getMessage());
                            }
                        }
                    }

                    @Override
                    public void onPartitionsLost(Collection<TopicPartition> partitions) {
                        // No longer a member: a commit would be refused; the inbox makes the redelivery harmless.
                        revoked.addAll(partitions);
                        done.keySet().removeAll(partitions);
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        admitted = true;
                    }
                });
                while (running) {
                    ConsumerRecords<String, String> records = kafka.poll(Duration.ofMillis(500));
                    revoked.clear(); // what this poll returned belongs to partitions assigned now
                    consume(kafka, records, revoked, done);
                }
            } catch (WakeupException e) {
                // stop() woke the consumer up: the loop condition ends it.
            } catch (RuntimeException e) {
                if (e instanceof AuthorizationException && brokerBeingSetUp()) {
                    // The service starts while the broker does: its ACLs come once the broker answers. Nothing
                    // was consumed yet, so try again soon and quietly.
                    LOG.infof("Event consumer %s not allowed in yet (%s); the broker's ACLs may not be created yet,"
                            + " trying again in 500 ms", groupId, e.getMessage());
                    pause(Duration.ofMillis(500));
                    continue;
                }
                // Nothing since the last commit is lost: a new consumer re-reads from the committed offsets.
                LOG.errorf(e, "Event consumer %s failed; restarting it in 2 s", groupId);
                pause(Duration.ofSeconds(2));
            } finally {
                consumer = null;
            }
        }
    }

    /**
     * Applies a poll's records and commits the offsets of those done. A record left for later (stopping, or its
     * partition revoked while it waited for the database) ends its partition's share of the poll uncommitted, so it
     * and the records behind it are delivered again.
     */
    private void consume(KafkaConsumer<String, String> kafka, ConsumerRecords<String, String> records,
            Set<TopicPartition> revoked, Map<TopicPartition, OffsetAndMetadata> done) {
        Set<TopicPartition> leftBehind = new HashSet<>();
        for (ConsumerRecord<String, String> record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            if (!running) {
                break;
            }
            if (revoked.contains(partition) || leftBehind.contains(partition)) {
                continue;
            }
            RecordProcessor.Outcome outcome = processor.process(record, handlers, mapper,
                    wait -> waitKeepingMembership(kafka, wait, partition, revoked));
            resumeAll(kafka);
            if (outcome == RecordProcessor.Outcome.LEFT) {
                leftBehind.add(partition);
            } else {
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!done.isEmpty()) {
            kafka.commitSync(done);
            done.clear();
        }
    }

    /**
     * Waits between attempts at one record while staying in the consumer group: the assigned partitions are
     * paused and poll() keeps being called, so the group never sees this consumer as stuck
     * ({@code max.poll.interval.ms}) however long the database is away.
     *
     * @return false when the record must be left for a later delivery: stopping, or its partition was revoked
     */
    private boolean waitKeepingMembership(KafkaConsumer<String, String> kafka, Duration wait, TopicPartition partition,
            Set<TopicPartition> revoked) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (running && !revoked.contains(partition) && !Thread.currentThread().isInterrupted()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            kafka.pause(kafka.assignment());
            ConsumerRecords<String, String> unexpected = kafka.poll(Duration.ofNanos(Math.min(left,
                    MAX_POLL_WHILE_WAITING.toNanos())));
            // A rebalance during that poll may have assigned partitions not paused yet: rewind what they gave,
            // it is read again in order after the wait.
            for (TopicPartition given : unexpected.partitions()) {
                kafka.seek(given, unexpected.records(given).get(0).offset());
            }
        }
        return false;
    }

    private static void resumeAll(KafkaConsumer<String, String> kafka) {
        Set<TopicPartition> paused = kafka.paused();
        if (!paused.isEmpty()) {
            kafka.resume(paused);
        }
    }

    /** True while events are being consumed, or when this service consumes none. */
    public boolean isRunning() {
        return topics.isEmpty() || topics.get().isEmpty() || (thread != null && thread.isAlive() && running);
    }

    public String groupId() {
        return groupId;
    }

    /**
     * Until the group first admitted this consumer, and at most {@code tochuc.kafka.startup-grace} after the start, a refusal is
     * taken for a broker whose ACLs are still being created (see {@link StartupGrace}); after that it is an error.
     */
    private boolean brokerBeingSetUp() {
        return !admitted && System.nanoTime() - startedNanos < startupGrace.toNanos();
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
