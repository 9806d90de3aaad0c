package vn.tochuc.org;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.event.OutboxRelay;
import vn.tochuc.platform.testing.Bench;

/**
 * Prints how long an event waits in the outbox, from the commit that wrote it (a unit created over HTTP, its 201
 * received) until Kafka acknowledged it and the relay marked it sent, with the outbox as the tests leave it and again
 * after {@code tochuc.bench.outbox-sent} (1,000,000) sent events were put in it: an outbox is never emptied of sent
 * events, so a statement of the relay that reads them all grows with the service's age. Beside them, the relay's
 * backlog statement in PostgreSQL, as it is and as it was before issue 13's fix. Figures, not assertions; run with
 * {@code mvn -B -pl org-service verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=OutboxRelayBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
// SubtreeReadBenchmark's profile, so that the two share one start of the application: after a start under another
// profile, that benchmark's test broker failed to start (./tochuc bench, 3 December)
@TestProfile(SubtreeReadBenchmark.WrittenAheadEverySecond.class)
@Tag("benchmark")
class OutboxRelayBenchmark {

    private static final int SENT = Integer.getInteger("tochuc.bench.outbox-sent", 1_000_000);
    private static final int RUNS = 60;

    /** The backlog statement before the fix: one filter on {@code sent_at is null}, which no partial index serves. */
    private static final String FORMER_BACKLOG = "select count(*) filter (where parked_at is null),"
            + " coalesce(extract(epoch from now() - min(created_at) filter (where parked_at is null)), 0),"
            + " count(*) filter (where parked_at is not null) from outbox_event where sent_at is null";

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource database;

    @Test
    void printTheTimeFromCommitToSentWithAMillionSentEventsInTheOutbox() throws Exception {
        Bench.Timings few = deliveries();
        String[] fewStatements = statements();
        long before = sentCount();
        long filling = System.nanoTime();
        QuarkusTransaction.requiringNew().timeout(600).run(() -> em.createNativeQuery("insert into outbox_event (id,"
                + " topic, message_key, event_type, payload, created_at, sent_at) select gen_random_uuid(),"
                + " 'bench.filler', g::text, 'bench.filler.v1', jsonb_build_object('id', g, 'name', 'Đơn vị ' || g),"
                + " now(), now() from generate_series(1, " + SENT + ") g").executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze outbox_event").executeUpdate());
        System.out.printf(Locale.ROOT, "BENCHMARK %,d sent events put in the outbox in %.1f s%n", SENT,
                Bench.since(filling) / 1000);
        try {
            // the relay runs every second with nothing to send (tochuc.outbox.poll-interval): what that costs the
            // database, now that the outbox is large
            String name = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                    "select current_database()").getSingleResult());
            long cpu = Bench.backendsCpuMillis(name);
            long idle = System.nanoTime();
            Thread.sleep(10_000);
            System.out.printf(Locale.ROOT, "BENCHMARK   the database's CPU with no event to send, %,d sent events in the"
                    + " outbox: %.1f ms a second%n", sentCount(), (Bench.backendsCpuMillis(name) - cpu)
                    / (Bench.since(idle) / 1000));
            Bench.Timings many = deliveries();
            String[] manyStatements = statements();
            System.out.printf(Locale.ROOT, "BENCHMARK a unit's event from its commit to sent, with %,d sent events in"
                    + " the outbox: %s; with %,d: %s (load average %s)%n", before, few.summary(), before + SENT,
                    many.summary(), Bench.loadAverage());
            System.out.printf(Locale.ROOT, "BENCHMARK   the relay's backlog statement with %,d sent: %s; with %,d: %s%n",
                    before, fewStatements[0], before + SENT, manyStatements[0]);
            System.out.printf(Locale.ROOT, "BENCHMARK   the former backlog statement with %,d sent: %s; with %,d: %s%n",
                    before, fewStatements[1], before + SENT, manyStatements[1]);
            Bench.latencyRow("events", String.format(Locale.ROOT, "an org unit's event from its commit to sent"
                    + " (acknowledged by Kafka), %,d sent events in the outbox, p50", before + SENT), many.p50(),
                    String.format(Locale.ROOT, "the same with %,d sent", before), few.p50(), 0, 0);
            Bench.latencyRow("events", "the same, p95", many.p95(), String.format(Locale.ROOT,
                    "the same with %,d sent", before), few.p95(), 0, 0);
        } finally {
            // the filler is this benchmark's own: the tests after it find the outbox as it was
            QuarkusTransaction.requiringNew().timeout(600).run(() -> em.createNativeQuery(
                    "delete from outbox_event where topic = 'bench.filler'").executeUpdate());
        }
    }

    /** Units created one by one, each timed from its 201 until its event's row is marked sent. */
    private Bench.Timings deliveries() throws Exception {
        // looked up after the latest row before the unit's (by the primary key: no index on the key), so that the
        // probe itself does not read the sent rows
        try (Connection connection = database.getConnection();
                PreparedStatement last = connection.prepareStatement("select max(seq) from outbox_event");
                PreparedStatement sent = connection.prepareStatement("select sent_at is not null from outbox_event"
                        + " where seq > ? and message_key = ? order by seq desc limit 1")) {
            return Bench.time(10, RUNS, () -> {
                long after;
                try (ResultSet row = last.executeQuery()) {
                    row.next();
                    after = row.getLong(1);
                }
                String id = OrgUnits.create("Chi bộ đo hộp thư " + System.nanoTime());
                long start = System.nanoTime();
                sent.setLong(1, after);
                sent.setString(2, id);
                while (true) {
                    try (ResultSet row = sent.executeQuery()) {
                        if (row.next() && row.getBoolean(1)) {
                            return Bench.since(start);
                        }
                    }
                    if (Bench.since(start) > 30_000) {
                        throw new IllegalStateException("the event of unit " + id + " was not sent within 30 s");
                    }
                    Thread.sleep(1);
                }
            });
        }
    }

    /** The backlog statement as it is and as it was, each timed in PostgreSQL 20 times, p50 and p95. */
    @SuppressWarnings("unchecked")
    private String[] statements() {
        List<Double> now = new ArrayList<>();
        List<Double> former = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            now.add(QuarkusTransaction.requiringNew().call(() -> Bench.executionTime(
                    em.createNativeQuery("explain (analyze, buffers off) " + OutboxRelay.BACKLOG).getResultList())));
            former.add(QuarkusTransaction.requiringNew().call(() -> Bench.executionTime(
                    em.createNativeQuery("explain (analyze, buffers off) " + FORMER_BACKLOG).getResultList())));
        }
        return new String[] {Bench.Timings.of(now).summary(), Bench.Timings.of(former).summary()};
    }

    private long sentCount() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where sent_at is not null").getSingleResult()).longValue());
    }
}
