package vn.tochuc.platform.event;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to Kafka in insertion order and marks each sent only after the broker acknowledged it.
 *
 * <p>Unsent rows are retried for as long as it takes, with exponential backoff while the broker is unreachable.
 * A PostgreSQL advisory lock makes one instance of a scaled-out service the only relay at a time, which keeps the
 * per-key order. A crash between the ack and the commit resends a row: consumers are idempotent by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary but fixed: the advisory lock key that elects the relaying instance of a service. */
    private static final long RELAY_LOCK_KEY = 0x7043_4f55_5442_4f58L;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final long ACK_WAIT_SECONDS = 15;

    private final EntityManager em;
    private final EventProducer producer;
    private final int batchSize;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestUnsentAgeSeconds = new AtomicLong();
    private final ExecutorService executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1), runnable -> new Thread(runnable, "outbox-relay"),
            new ThreadPoolExecutor.DiscardPolicy()); // one queued run is enough: it will see every row
    private volatile Instant nextAttempt = Instant.EPOCH;
    private volatile int consecutiveFailures;

    OutboxRelay(EntityManager em, EventProducer producer, MeterRegistry registry,
            @ConfigProperty(name = "tochuc.outbox.batch-size", defaultValue = "200") int batchSize) {
        this.em = em;
        this.producer = producer;
        this.batchSize = batchSize;
        Gauge.builder("tochuc.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events written but not yet acknowledged by Kafka").register(registry);
        Gauge.builder("tochuc.outbox.oldest.unsent.age.seconds", oldestUnsentAgeSeconds, AtomicLong::get)
                .description("Age of the oldest unsent outbox event: the relay's lag").register(registry);
    }

    /** Runs the relay soon, on its own thread; called after a transaction that wrote events commits. */
    public void wake() {
        if (!executor.isShutdown()) {
            executor.execute(this::relay);
        }
    }

    /** Also polls, for events whose wake-up was lost (a restart, another instance's writes). */
    @Scheduled(every = "${tochuc.outbox.poll-interval:1s}", delayed = "1s")
    void poll() {
        wake();
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** Only ever runs on the relay's single thread, so batches never overlap. */
    void relay() {
        try {
            QuarkusTransaction.requiringNew().run(this::refreshBacklog);
            if (Instant.now().isBefore(nextAttempt)) {
                return;
            }
            BatchResult result;
            do {
                result = QuarkusTransaction.requiringNew().timeout(60).call(this::relayOneBatch);
            } while (result.failure() == null && result.sent() == batchSize);
            if (result.failure() == null) {
                consecutiveFailures = 0;
            } else {
                backOff(result.failure());
            }
        } catch (RuntimeException e) {
            backOff(Failures.rootMessage(e));
        }
    }

    private void backOff(String reason) {
        consecutiveFailures++;
        Duration backoff = backoff(consecutiveFailures);
        nextAttempt = Instant.now().plus(backoff);
        LOG.warnf("Outbox relay could not deliver (attempt %d, next in %d ms): %s", consecutiveFailures,
                backoff.toMillis(), reason);
    }

    /**
     * Sends one batch and marks what Kafka acknowledged. At the first unacknowledged row it stops, so no later
     * row of the same key overtakes it, and records the error on that row; the marks made so far are committed.
     */
    BatchResult relayOneBatch() {
        boolean elected = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK_KEY).getSingleResult();
        if (!elected) {
            return new BatchResult(0, null);
        }
        List<OutboxEvent> batch = OutboxEvent.find("sentAt is null order by seq").page(0, batchSize).list();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        try {
            for (OutboxEvent row : batch) {
                acks.add(producer.send(row.topic, row.messageKey, row.payload));
            }
        } catch (RuntimeException e) {
            // send() itself fails when the broker's metadata cannot be had: the rows already handed over
            // are still awaited below, the rest wait for the next attempt.
            LOG.debugf("Kafka did not take the batch: %s", e.getMessage());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent row = batch.get(i);
            row.attempts++;
            String failure = i < acks.size() ? awaitAck(acks.get(i)) : "not handed to Kafka: broker unreachable";
            if (failure != null) {
                row.lastError = truncate(failure);
                return new BatchResult(i, "event " + row.eventId + ": " + failure);
            }
            row.sentAt = now;
            row.lastError = null;
        }
        return new BatchResult(batch.size(), null);
    }

    /** @return null once acknowledged, else why not */
    private static String awaitAck(Future<RecordMetadata> ack) {
        try {
            ack.get(ACK_WAIT_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return Failures.rootMessage(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while waiting for Kafka";
        }
    }

    record BatchResult(int sent, String failure) {
    }

    void refreshBacklog() {
        Object[] stats = (Object[]) em.createNativeQuery(
                "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) "
                        + "from outbox_event where sent_at is null").getSingleResult();
        backlog.set(((Number) stats[0]).longValue());
        oldestUnsentAgeSeconds.set(((Number) stats[1]).longValue());
    }

    static Duration backoff(int failures) {
        long millis = 250L << Math.min(failures, 10);
        return millis > MAX_BACKOFF.toMillis() ? MAX_BACKOFF : Duration.ofMillis(millis);
    }


    private static String truncate(String message) {
        return message.length() <= 2000 ? message : message.substring(0, 2000);
    }

}
