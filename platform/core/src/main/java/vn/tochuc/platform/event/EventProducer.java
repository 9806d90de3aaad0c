package vn.tochuc.platform.event;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's one Kafka producer, shared by the outbox relay and the dead-letter writer, and its admin client. */
@ApplicationScoped
public class EventProducer {

    static final String CONTENT_TYPE_HEADER = "content-type";

    private final String bootstrapServers;
    private final String clientId;
    private final KafkaSignIn signIn;
    private volatile Producer<String, String> producer;
    private volatile Admin admin;

    /** What the broker says of a topic. */
    enum TopicState { EXISTS, MISSING, BROKER_UNREACHABLE }

    EventProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName, KafkaSignIn signIn) {
        this.bootstrapServers = bootstrapServers;
        this.signIn = signIn;
        this.clientId = applicationName + "-producer";
    }

    /** Sends a structured CloudEvent; the future completes once every in-sync replica has it. */
    public Future<RecordMetadata> send(String topic, String key, String cloudEventJson) {
        return send(record(topic, key, cloudEventJson));
    }

    public Future<RecordMetadata> send(ProducerRecord<String, String> record) {
        return producer().send(record);
    }

    static ProducerRecord<String, String> record(String topic, String key, String cloudEventJson) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, cloudEventJson);
        record.headers().add(CONTENT_TYPE_HEADER, EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /**
     * Asks the broker about a topic whose metadata the producer waited for in vain: to the producer a missing
     * topic and an unreachable broker look the same.
     */
    TopicState describe(String topic) {
        try {
            admin().describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS);
            return TopicState.EXISTS;
        } catch (ExecutionException e) {
            return e.getCause() instanceof UnknownTopicOrPartitionException || e.getCause() instanceof InvalidTopicException
                    ? TopicState.MISSING : TopicState.BROKER_UNREACHABLE;
        } catch (TimeoutException e) {
            return TopicState.BROKER_UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TopicState.BROKER_UNREACHABLE;
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(KafkaSettings.admin(bootstrapServers, clientId + "-admin", signIn));
        }
        return admin;
    }

    private Producer<String, String> producer() {
        Producer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(KafkaSettings.producer(bootstrapServers, clientId, signIn));
                }
                current = producer;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
