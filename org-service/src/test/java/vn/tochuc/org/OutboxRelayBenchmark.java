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
import java.sql.Statement;
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

    /**
     * The backlog statement of 3 December: each figure on its own partial index, but the age as
     * {@code min(created_at)}, which reads every unsent row.
     */
    private static final String AGE_BY_MIN = "select (select count(*) from outbox_event where sent_at is null and"
            + " parked_at is null), (select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox_event"
            + " where sent_at is null and parked_at is null), (select count(*) from outbox_event where sent_at is null"
            + " and parked_at is not null)";
    /** Events left unsent by a broker outage, for the backlog statement. */
    private static final int UNSENT = Integer.getInteger("tochuc.bench.outbox-unsent", 100_000);

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
            String[] outage = statementsWithUnsent();
            System.out.printf(Locale.ROOT, "BENCHMARK   the relay's backlog statement with %,d events unsent besides"
                    + " (a broker outage): %s; with the age as min(created_at), as on 3 December: %s%n", UNSENT,
                    outage[0], outage[1]);
            Bench.latencyRow("events", String.format(Locale.ROOT, "the relay's backlog statement (its gauges) with"
                    + " %,d events unsent (a broker outage), p50", UNSENT), Double.parseDouble(outage[2]),
                    "the age as min(created_at), 3 December", Double.parseDouble(outage[3]), 0, 0);
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

    /**
     * The backlog statement and the one of 3 December, each timed in PostgreSQL 20 times in the transaction that
     * wrote {@link #UNSENT} unsent events and is then rolled back, so the relay never sees them: their summaries,
     * then their p50s.
     */
    private String[] statementsWithUnsent() throws Exception {
        List<Double> now = new ArrayList<>();
        List<Double> byMin = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.executeUpdate("insert into outbox_event (id, topic, message_key, event_type, payload,"
                        + " created_at) select gen_random_uuid(), 'bench.unsent', g::text, 'bench.unsent.v1',"
                        + " jsonb_build_object('id', g, 'name', 'Đơn vị ' || g), now() - interval '1 hour' + g *"
                        + " interval '1 ms' from generate_series(1, " + UNSENT + ") g");
                statement.execute("analyze outbox_event");
                for (int i = 0; i < 20; i++) {
                    now.add(executionTime(statement, OutboxRelay.BACKLOG));
                    byMin.add(executionTime(statement, AGE_BY_MIN));
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
        Bench.Timings timedNow = Bench.Timings.of(now);
        Bench.Timings timedByMin = Bench.Timings.of(byMin);
        return new String[] {timedNow.summary(), timedByMin.summary(), Double.toString(timedNow.p50()),
                Double.toString(timedByMin.p50())};
    }

    private static double executionTime(Statement statement, String query) throws Exception {
        List<String> plan = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("explain (analyze, buffers off) " + query)) {
            while (rows.next()) {
                plan.add(rows.getString(1));
            }
        }
        return Bench.executionTime(plan);
    }

    private long sentCount() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where sent_at is not null").getSingleResult()).longValue());
    }
}
