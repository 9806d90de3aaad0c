package vn.tochuc.platform.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Parks an event this service cannot apply on its dead-letter topic, untouched, with headers that say why and
 * where it came from, so an operator can fix and replay it while consumption goes on.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "dlt-reason";
    public static final String ORIGINAL_TOPIC = "dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "dlt-original-offset";
    public static final String FAILED_BY = "dlt-failed-by";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final EventProducer producer;
    private final String topic;
    private final String applicationName;

    DeadLetters(EventProducer producer,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "tochuc.consumer.dead-letter-topic") Optional<String> topic) {
        this.producer = producer;
        this.applicationName = applicationName;
        this.topic = topic.orElse("tochuc.dlt." + applicationName);
    }

    public String topic() {
        return topic;
    }

    /** Blocks until the dead-letter topic has the record: only then may the original offset be committed. */
    public void park(ConsumerRecord<String, String> failed, String reason) {
        ProducerRecord<String, String> parked = new ProducerRecord<>(topic, failed.key(), failed.value());
        failed.headers().forEach(h -> parked.headers().add(h));
        Headers headers = parked.headers();
        headers.add(REASON, utf8(reason));
        headers.add(ORIGINAL_TOPIC, utf8(failed.topic()));
        headers.add(ORIGINAL_PARTITION, utf8(Integer.toString(failed.partition())));
        headers.add(ORIGINAL_OFFSET, utf8(Long.toString(failed.offset())));
        headers.add(FAILED_BY, utf8(applicationName));
        try {
            producer.send(parked).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Dead-letter topic " + topic + " did not take the record", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering", e);
        }
        LOG.warnf("Dead-lettered %s-%d@%d to %s: %s", failed.topic(), failed.partition(), failed.offset(), topic, reason);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
