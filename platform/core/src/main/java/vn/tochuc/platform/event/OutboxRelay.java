package vn.tochuc.platform.event;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.tochuc.platform.work.OneWaiting;

/**
 * Sends outbox rows to Kafka in insertion order and marks each sent only after the broker acknowledged it.
 *
 * <p>While the broker is unreachable every row waits, for as long as it takes, with exponential backoff. A row the
 * broker refuses for a reason of its own (too large, an invalid, missing or forbidden topic) holds only the rows of
 * its key behind it; after {@code tochuc.outbox.max-attempts} refusals it is parked with its reason, out of the
 * stream, and the later rows of its key go on (a parked event is the operator's to look at: metric
 * {@code tochuc_outbox_parked}, {@code GET /api/v1/admin/outbox/parked}). Within a batch a key never has more
 * than one row in flight, so no row overtakes an earlier one of its key that failed.
 *
 * <p>A forbidden or missing topic before the first acknowledged send, within {@code tochuc.kafka.startup-grace}
 * of the start, is a broker whose topics and ACLs are still being created ({@link StartupGrace}): the row waits
 * like one whose topic has no leader, without counting towards parking.
 *
 * <p>A PostgreSQL advisory lock makes one instance of a scaled-out service the only relay at a time, which keeps the
 * per-key order. A crash between the ack and the commit resends a row: consumers are idempotent by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary but fixed: the advisory lock key that elects the relaying instance of a service. */
    private static final long RELAY_LOCK_KEY = 0x7043_4f55_5442_4f58L;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final long ACK_WAIT_SECONDS = 15;
    /**
     * The backlog, the age of its first row and the parked rows, each in a subquery of its own, so that each reads
     * only its partial index (outbox_event_unsent, outbox_event_parked): one statement filtering {@code sent_at is
     * null} matched neither index's predicate and read the whole table, sent rows included, 240-270 ms at 1,000,000
     * sent events. The age is the first row's in the relay's order (by seq), one index entry: {@code min(created_at)}
     * read every unsent row, 50 ms at 100,000 unsent (a broker outage's backlog) in OutboxRelayBenchmark, 290-310 ms
     * where PostgreSQL chose to read the whole table for it. Public so that OutboxRelayBenchmark times it in
     * PostgreSQL.
     */
    public static final String BACKLOG = "select (select count(*) from outbox_event where sent_at is null and"
            + " parked_at is null), coalesce((select extract(epoch from now() - created_at) from outbox_event"
            + " where sent_at is null and parked_at is null order by seq limit 1), 0), (select count(*) from"
            + " outbox_event where sent_at is null and parked_at is not null)";
    /**
     * How often the gauges are counted at most. The count reads every unsent row's index entry, and the relay wakes
     * after every transaction that wrote events (each chunk of an import, every write while the broker is down): a
     * scrape every few seconds needs no fresher figure.
     */
    static final Duration GAUGES_EVERY = Duration.ofSeconds(1);

    private final EntityManager em;
    private final EventProducer producer;
    private final int batchSize;
    private final int maxAttempts;
    private final StartupGrace grace;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestUnsentAgeSeconds = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    /** One queued run is enough: it will see every row. */
    private final ExecutorService executor = OneWaiting.executor("outbox-relay", false);
    private volatile Instant nextAttempt = Instant.EPOCH;
    private Instant gaugesCounted = Instant.EPOCH;
    private volatile int consecutiveFailures;

    OutboxRelay(EntityManager em, EventProducer producer, MeterRegistry registry,
            @ConfigProperty(name = "tochuc.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "tochuc.outbox.max-attempts", defaultValue = "10") int maxAttempts,
            @ConfigProperty(name = "tochuc.kafka.startup-grace", defaultValue = "2m") Duration startupGrace) {
        this.em = em;
        this.producer = producer;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.grace = new StartupGrace(startupGrace, Clock.systemUTC());
        // A meter of the same name left by an earlier start in the same JVM (Quarkus tests restart the application
        // between test profiles) would be returned instead of these, reading a dead relay's values: replace it.
        for (String name : List.of("tochuc.outbox.backlog", "tochuc.outbox.oldest.unsent.age.seconds",
                "tochuc.outbox.parked")) {
            registry.find(name).meters().forEach(registry::remove);
        }
        Gauge.builder("tochuc.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events written but not yet acknowledged by Kafka (parked ones aside)")
                .register(registry);
        Gauge.builder("tochuc.outbox.oldest.unsent.age.seconds", oldestUnsentAgeSeconds, AtomicLong::get)
                .description("Age of the oldest unsent outbox event: the relay's lag").register(registry);
        Gauge.builder("tochuc.outbox.parked", parked, AtomicLong::get)
                .description("Outbox events Kafka kept refusing, parked unsent for an operator to look at")
                .register(registry);
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
            Instant now = Instant.now();
            if (gaugesDue(gaugesCounted, now)) {
                QuarkusTransaction.requiringNew().run(this::refreshBacklog);
                gaugesCounted = now;
            }
            if (now.isBefore(nextAttempt)) {
                return;
            }
            BatchResult result;
            do {
                result = QuarkusTransaction.requiringNew().timeout(120).call(this::relayOneBatch);
            } while (result.brokerFailure() == null && result.full() && result.sent() > 0);
            if (result.brokerFailure() == null) {
                consecutiveFailures = 0;
            } else {
                backOff(result.brokerFailure());
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
     * Sends one batch in waves: each wave hands Kafka the oldest waiting row of every key, then waits for their
     * acks, so a key has at most one row in flight and a failed row holds the rows of its key behind it. Rows of
     * other keys go on. Every acked row is marked sent, whatever failed beside it, so nothing acked is sent again:
     * in one statement for the batch, as a row at a time made the relay the import's second-largest database cost.
     */
    BatchResult relayOneBatch() {
        boolean elected = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK_KEY).getSingleResult();
        if (!elected) {
            return new BatchResult(0, false, null);
        }
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("sentAt is null and parkedAt is null order by seq")
                .page(0, batchSize).list();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Set<String> heldKeys = new HashSet<>();
        Set<String> heldTopics = new HashSet<>();
        List<OutboxEvent> waiting = new ArrayList<>();
        for (OutboxEvent row : batch) {
            if (!row.isDue(now)) {
                heldKeys.add(row.messageKey); // refused lately: it and its key's later rows wait
            } else {
                waiting.add(row);
            }
        }
        List<Long> acked = new ArrayList<>();
        String brokerFailure = null;
        while (!waiting.isEmpty() && brokerFailure == null) {
            List<OutboxEvent> wave = new ArrayList<>();
            List<OutboxEvent> later = new ArrayList<>();
            Set<String> keysInWave = new HashSet<>();
            for (OutboxEvent row : waiting) {
                if (heldTopics.contains(row.topic)) {
                    heldKeys.add(row.messageKey);
                } else if (!heldKeys.contains(row.messageKey)) {
                    (keysInWave.add(row.messageKey) ? wave : later).add(row);
                }
            }
            List<Future<RecordMetadata>> acks = handOver(wave);
            for (int i = 0; i < wave.size(); i++) {
                OutboxEvent row = wave.get(i);
                Throwable failure = acks.get(i) == null ? new BrokerUnreachable() : awaitAck(acks.get(i));
                if (failure == null) {
                    acked.add(row.seq);
                    grace.delivered();
                    continue;
                }
                heldKeys.add(row.messageKey);
                String reason = Failures.rootMessage(failure);
                switch (classify(row, failure)) {
                    case REFUSED -> refuse(row, reason, now);
                    case TOPIC_UNAVAILABLE -> {
                        row.notDelivered(reason);
                        heldTopics.add(row.topic);
                    }
                    case BROKER_UNAVAILABLE -> {
                        row.notDelivered(reason);
                        if (brokerFailure == null) {
                            brokerFailure = "event " + row.eventId + ": " + reason;
                        }
                    }
                }
            }
            waiting = later;
        }
        OutboxEvent.acknowledged(acked, now);
        return new BatchResult(acked.size(), batch.size() == batchSize, brokerFailure);
    }

    /** @return one future per row, null for a row Kafka did not take because an earlier one found it unreachable */
    private List<Future<RecordMetadata>> handOver(List<OutboxEvent> wave) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(wave.size());
        Set<String> stalledTopics = new HashSet<>();
        boolean reachable = true;
        for (OutboxEvent row : wave) {
            if (!reachable) {
                acks.add(null);
                continue;
            }
            if (stalledTopics.contains(row.topic)) {
                // Each send would block for the metadata again: the first row of the topic speaks for all.
                acks.add(CompletableFuture.failedFuture(new TopicStalled(row.topic)));
                continue;
            }
            try {
                Future<RecordMetadata> ack = producer.send(row.topic, row.messageKey, row.payload);
                if (ack.isDone() && classify(failureOf(ack)) == Fault.TOPIC_UNAVAILABLE) {
                    stalledTopics.add(row.topic);
                }
                acks.add(ack);
            } catch (SerializationException e) {
                acks.add(CompletableFuture.failedFuture(e));
            } catch (RuntimeException e) {
                // send() itself fails when the producer cannot work at all: the rest of the wave waits.
                LOG.debugf("Kafka did not take event %s: %s", row.eventId, e.getMessage());
                acks.add(CompletableFuture.failedFuture(e));
                reachable = false;
            }
        }
        return acks;
    }

    private void refuse(OutboxEvent row, String reason, OffsetDateTime now) {
        boolean nowParked = row.refused(reason, maxAttempts, now, backoff(row.refusals + 1));
        if (nowParked) {
            LOG.errorf("Parked outbox event %s (%s, key %s, topic %s) after %d refusals: %s. Later events of its key "
                    + "are sent without it; see GET /api/v1/admin/outbox/parked", row.eventId, row.eventType,
                    row.messageKey, row.topic, row.refusals, reason);
        } else {
            LOG.warnf("Kafka refused outbox event %s (%d of %d before it is parked): %s", row.eventId, row.refusals,
                    maxAttempts, reason);
        }
    }

    enum Fault {
        /** The row itself: too large, an invalid, missing or forbidden topic. Counts towards parking. */
        REFUSED,
        /**
         * The row's topic has no leader just now, though the broker answers, or it is forbidden or missing during
         * the start-up grace: its rows wait for the next run.
         */
        TOPIC_UNAVAILABLE,
        /** The broker: every row waits, the relay backs off. Never counts towards parking. */
        BROKER_UNAVAILABLE
    }

    private Fault classify(OutboxEvent row, Throwable failure) {
        if (failure instanceof TopicStalled) {
            return Fault.TOPIC_UNAVAILABLE;
        }
        Fault fault = classify(failure);
        if (fault == Fault.REFUSED && grace.excuses(failure, false)) {
            return notSetUpYet(row, failure);
        }
        if (fault != Fault.TOPIC_UNAVAILABLE) {
            return fault;
        }
        // The producer waited in vain for the topic's metadata: a missing topic or an unreachable broker look
        // the same to it, so ask the broker.
        return switch (producer.describe(row.topic)) {
            case MISSING -> grace.excuses(failure, true) ? notSetUpYet(row, failure) : Fault.REFUSED;
            case EXISTS -> Fault.TOPIC_UNAVAILABLE;
            case BROKER_UNREACHABLE -> Fault.BROKER_UNAVAILABLE;
        };
    }

    private static Fault notSetUpYet(OutboxEvent row, Throwable failure) {
        LOG.debugf("Kafka refused event %s on %s during the start-up grace, not counted (its topics or ACLs may not "
                + "be created yet): %s", row.eventId, row.topic, Failures.rootMessage(failure));
        return Fault.TOPIC_UNAVAILABLE;
    }

    /** What the error alone tells; {@link Fault#TOPIC_UNAVAILABLE} when the broker must be asked. */
    static Fault classify(Throwable failure) {
        Throwable cause = failure instanceof ExecutionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidTopicException || cause instanceof TopicAuthorizationException
                || cause instanceof InvalidRecordException || cause instanceof UnknownTopicOrPartitionException
                || cause instanceof SerializationException) {
            return Fault.REFUSED;
        }
        if (cause instanceof TimeoutException && cause.getMessage() != null
                && cause.getMessage().contains("not present in metadata")) {
            return Fault.TOPIC_UNAVAILABLE;
        }
        return Fault.BROKER_UNAVAILABLE;
    }

    private static Throwable failureOf(Future<RecordMetadata> done) {
        Throwable failure = awaitAck(done);
        return failure == null ? new IllegalStateException("acknowledged") : failure;
    }

    /** @return null once acknowledged, else the failure */
    private static Throwable awaitAck(Future<RecordMetadata> ack) {
        try {
            ack.get(ACK_WAIT_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    record BatchResult(int sent, boolean full, String brokerFailure) {
    }

    void refreshBacklog() {
        Object[] stats = (Object[]) em.createNativeQuery(BACKLOG).getSingleResult();
        backlog.set(((Number) stats[0]).longValue());
        oldestUnsentAgeSeconds.set(((Number) stats[1]).longValue());
        parked.set(((Number) stats[2]).longValue());
    }

    /** Whether the gauges counted at {@code counted} are due again at {@code now} (the clock may step back). */
    static boolean gaugesDue(Instant counted, Instant now) {
        return !now.isBefore(counted.plus(GAUGES_EVERY)) || now.isBefore(counted);
    }

    static Duration backoff(int failures) {
        long millis = 250L << Math.min(failures, 10);
        return millis > MAX_BACKOFF.toMillis() ? MAX_BACKOFF : Duration.ofMillis(millis);
    }

    /** Stands for a row not handed over because an earlier row of its topic waited in vain for the metadata. */
    private static final class TopicStalled extends Exception {
        TopicStalled(String topic) {
            super("not handed to Kafka: no metadata for topic " + topic + " yet", null, false, false);
        }
    }

    /** Stands for a row not handed over because the broker was found unreachable earlier in its wave. */
    private static final class BrokerUnreachable extends Exception {
        BrokerUnreachable() {
            super("not handed to Kafka: broker unreachable", null, false, false);
        }
    }
}
