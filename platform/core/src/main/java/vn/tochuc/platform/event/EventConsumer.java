package vn.tochuc.platform.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads the configured topics on one thread and hands each event to its {@link EventHandler} through the
 * {@link Inbox}. Offsets are committed only after every record of a poll was applied, skipped as a duplicate or
 * parked on the dead-letter topic, so a crash redelivers rather than loses.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final Optional<List<String>> topics;
    private final String bootstrapServers;
    private final String groupId;
    private final ObjectMapper mapper;
    private final Map<String, List<EventHandler>> handlers;
    private final RecordProcessor processor;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Thread thread;

    EventConsumer(@ConfigProperty(name = "tochuc.consumer.topics") Optional<List<String>> topics,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "tochuc.consumer.group") Optional<String> groupId,
            ObjectMapper mapper, @Any Instance<EventHandler> handlers, RecordProcessor processor) {
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
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(KafkaSettings.consumer(bootstrapServers, groupId))) {
                consumer = kafka;
                kafka.subscribe(topics.get());
                while (running) {
                    ConsumerRecords<String, String> records = kafka.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, String> record : records) {
                        processor.process(record, handlers, mapper);
                    }
                    if (!records.isEmpty()) {
                        kafka.commitSync();
                    }
                }
            } catch (WakeupException e) {
                // stop() woke the consumer up: the loop condition ends it.
            } catch (RuntimeException e) {
                // Nothing since the last commit is lost: a new consumer re-reads from the committed offsets.
                LOG.errorf(e, "Event consumer %s failed; restarting it in 2 s", groupId);
                pause(Duration.ofSeconds(2));
            } finally {
                consumer = null;
            }
        }
    }

    /** True while events are being consumed, or when this service consumes none. */
    public boolean isRunning() {
        return topics.isEmpty() || topics.get().isEmpty() || (thread != null && thread.isAlive() && running);
    }

    public String groupId() {
        return groupId;
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
