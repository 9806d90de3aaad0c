package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tochuc.platform.event.BrokerAccess;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, "Nothing lost": the suite under load while its broker stops, a service is killed and a consumer's
 * database goes away, then a count of every change against every consumer. Runs beside a developer's suite and
 * beside {@link RunningSuiteTest}: ports 28080-28083 and 29092/29093, databases tochuc_drill_*, data under
 * deploy/target/drill-run (logs in its logs/ folder).
 *
 * <p>Alone: {@code mvn -B -pl deploy -am verify -Dtest=FaultDrillTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
class FaultDrillTest {

    /** The issue asks for at least this many changes; the load also runs on until the last fault is over. */
    private static final int MIN_CHANGES = 2_000;
    /**
     * Clients that only create org units (org-service alone serves them, so they go on while the broker or
     * cadre-service is away), and clients that take one of those units, a little older so cadre-service has
     * probably heard of it, and create its secretary position, a person in it and the appointment of the one to
     * the other (a step that names what cadre-service has not heard of yet is sent again, on 422).
     */
    private static final int UNIT_CLIENTS = 1;
    /** Many, since each mostly waits for cadre-service's read model, which an outage leaves behind by a backlog. */
    private static final int CHAIN_CLIENTS = 8;
    private static final Duration BROKER_OUTAGE = Duration.ofSeconds(10);
    private static final Duration DATABASE_OUTAGE = Duration.ofSeconds(15);
    private static final String KILLED = "cadre-service";
    private static final String STARVED = "task-service";
    private static final Duration SETTLE_DEADLINE = Duration.ofSeconds(120);
    private static final String VALID_FROM = "2025-01-03";
    private static final Pattern UUID_IN_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final List<String> GIVEN_NAMES = List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Minh",
            "Nam", "Phúc", "Quang", "Sơn", "Tùng");

    private static SuiteConfig config;
    private static Suite suite;

    private final AtomicInteger units = new AtomicInteger();
    private final AtomicInteger positions = new AtomicInteger();
    private final AtomicInteger persons = new AtomicInteger();
    private final AtomicInteger appointments = new AtomicInteger();
    private final List<String> faults = new ArrayList<>();

    @BeforeAll
    static void startTheSuite() {
        config = E2e.config(20_000, "tochuc_drill_", "drill-run");
        suite = E2e.startFromNothing(config, "[drill]");
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            try {
                allowConnections(STARVED);
            } finally {
                suite.stop();
            }
        }
    }

    @Test
    void shouldDeliverEveryChangeToEveryConsumerExactlyOnceThroughABrokerOutageACrashAndADatabaseOutage()
            throws Exception {
        String token = new DevKeys(config.runDir()).token("fault-drill", List.of("board-officer"), List.of(),
                Duration.ofHours(1));
        DrillClient client = new DrillClient(config.gateway().orElseThrow().baseUrl(config.host()), token,
                Duration.ofSeconds(150));
        double loadSeconds = makeChangesWhileTheFaultsHappen(client);

        String org = database("org-service");
        String cadre = database("cadre-service");
        String task = database("task-service");
        long settleBy = System.nanoTime() + SETTLE_DEADLINE.toNanos();
        for (String producer : List.of(org, cadre)) {
            settle(producer + " outbox sent", settleBy,
                    () -> count(producer, "select count(*) from outbox_event where sent_at is null") == 0);
        }
        List<String> unitEvents = ids(org, "select id::text from outbox_event where topic = 'tochuc.org.unit'");
        List<String> positionEvents = ids(org, "select id::text from outbox_event where topic = 'tochuc.org.position'");
        List<String> appointmentEvents =
                ids(cadre, "select id::text from outbox_event where topic = 'tochuc.cadre.appointment'");
        List<String> toCadre = new ArrayList<>(unitEvents);
        toCadre.addAll(positionEvents);
        Map<String, List<String>> expectedInbox = new LinkedHashMap<>();
        expectedInbox.put(cadre, toCadre);
        expectedInbox.put(task, unitEvents);
        expectedInbox.put(org, appointmentEvents);
        Map<String, String> sourceOf = Map.of(cadre, "/tochuc/org-service", task, "/tochuc/org-service",
                org, "/tochuc/cadre-service");
        for (var consumer : expectedInbox.entrySet()) {
            settle(consumer.getKey() + " inbox", settleBy, () -> inbox(consumer.getKey(),
                    sourceOf.get(consumer.getKey())).size() >= consumer.getValue().size());
        }
        Map<String, List<String>> inboxes = new LinkedHashMap<>();
        expectedInbox.keySet().forEach(db -> inboxes.put(db, inbox(db, sourceOf.get(db))));
        List<String> deadLetters = deadLetters();

        System.out.printf("[drill] changes made: %d in %.1f s with %d clients (org units %d, positions %d,"
                        + " persons %d, appointments %d)%n", changes(), loadSeconds, UNIT_CLIENTS + CHAIN_CLIENTS,
                units.get(), positions.get(), persons.get(), appointments.get());
        faults.forEach(f -> System.out.println("[drill] fault: " + f));
        System.out.println("[drill] answers by HTTP status (0 = no answer): " + client.statuses());
        System.out.printf("[drill] clean 503s: %d; calls without an answer: %d; other 5xx: %d; create attempts"
                        + " refused or unanswered: %d; retried creates an earlier attempt had made: %d%n",
                client.count(503), client.count(0), client.unclean().size(), client.retriedCreates(),
                client.foundOnRetry());
        String unsent = "select count(*) from outbox_event where sent_at is null";
        System.out.printf("[drill] outbox: org-service tochuc.org.unit %d, tochuc.org.position %d (unsent %d);"
                + " cadre-service tochuc.cadre.appointment %d (unsent %d)%n", unitEvents.size(), positionEvents.size(),
                count(org, unsent), appointmentEvents.size(), count(cadre, unsent));
        inboxes.forEach((db, events) -> System.out.printf("[drill] inbox of %s: %d rows from %s (expected %d)%n",
                db, events.size(), sourceOf.get(db), expectedInbox.get(db).size()));
        System.out.printf("[drill] read models: org_unit_view cadre %d, task %d; position_view cadre %d;"
                        + " position_occupancy org %d%n", count(cadre, "select count(*) from org_unit_view"),
                count(task, "select count(*) from org_unit_view"), count(cadre, "select count(*) from position_view"),
                count(org, "select count(*) from position_occupancy"));
        System.out.println("[drill] dead letters: " + deadLetters.size());
        deadLetters.stream().limit(5).forEach(d -> System.out.println("[drill]   " + d));

        assertThat(changes()).isGreaterThanOrEqualTo(MIN_CHANGES);
        assertThat(client.unclean()).as("5xx answers other than a 503 problem+json with Retry-After").isEmpty();
        assertThat(deadLetters).as("records on the dead-letter topics").isEmpty();
        // the source of truth holds each change once, however often its create was sent
        assertThat(count(org, "select count(*) from org_unit")).isEqualTo(units.get());
        assertThat(count(org, "select count(*) from position")).isEqualTo(positions.get());
        assertThat(count(cadre, "select count(*) from person")).isEqualTo(persons.get());
        assertThat(count(cadre, "select count(*) from appointment")).isEqualTo(appointments.get());
        // one event per change, every one sent
        assertThat(count(org, unsent) + count(cadre, unsent)).as("outbox rows not sent").isZero();
        assertThat(unitEvents).hasSize(units.get());
        assertThat(positionEvents).hasSize(positions.get());
        assertThat(appointmentEvents).hasSize(appointments.get());
        // each event applied exactly once by each consumer
        for (var consumer : expectedInbox.entrySet()) {
            assertThat(inboxes.get(consumer.getKey())).as("inbox of " + consumer.getKey())
                    .containsExactlyInAnyOrderElementsOf(consumer.getValue());
        }
        assertThat(count(cadre, "select count(*) from org_unit_view")).isEqualTo(units.get());
        assertThat(count(task, "select count(*) from org_unit_view")).isEqualTo(units.get());
        assertThat(count(cadre, "select count(*) from position_view")).isEqualTo(positions.get());
        assertThat(count(org, "select count(*) from position_occupancy")).isEqualTo(appointments.get());
    }

    /** @return how long the clients ran, in seconds */
    private double makeChangesWhileTheFaultsHappen(DrillClient client) throws Exception {
        AtomicBoolean faultsOver = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        BlockingQueue<Map.Entry<Integer, String>> newUnits = new LinkedBlockingQueue<>();
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
        long started = System.nanoTime();

        ExecutorService pool = Executors.newFixedThreadPool(UNIT_CLIENTS + CHAIN_CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        try {
            for (int c = 0; c < UNIT_CLIENTS + CHAIN_CLIENTS; c++) {
                boolean chains = c >= UNIT_CLIENTS;
                clients.add(pool.submit(() -> {
                    while (!faultsOver.get() || changes() < MIN_CHANGES) {
                        if (!chains) {
                            int n = next.getAndIncrement();
                            newUnits.add(Map.entry(n, createUnit(client, run, n)));
                            continue;
                        }
                        Map.Entry<Integer, String> unit = newUnits.poll(1, TimeUnit.SECONDS);
                        if (unit != null) {
                            appointToANewPosition(client, unit.getKey(), unit.getValue());
                        }
                    }
                    return null;
                }));
            }
            try {
                injectFaults(clients);
            } finally {
                faultsOver.set(true);
            }
            for (Future<?> c : clients) {
                c.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private String createUnit(DrillClient client, String run, int n) {
        String code = "DRILL-" + run + "-" + n;
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", code);
        unit.put("name", "Đảng bộ Diễn tập " + run + " số " + n);
        unit.put("shortName", "DT " + n);
        unit.put("kind", "PROVINCIAL_PARTY_COMMITTEE");
        unit.put("parentId", null);
        unit.put("validFrom", VALID_FROM);
        String unitId = client.create("/api/v1/org-units", unit, conflict -> conflict == null ? Optional.empty()
                : firstId(client.get("/api/v1/org-units?code=" + code + "&asOf=" + VALID_FROM)));
        units.incrementAndGet();
        return unitId;
    }

    /** The unit's secretary position, a new person, and the appointment of the one to the other. */
    private void appointToANewPosition(DrillClient client, int n, String unitId) {
        String positionsOfUnit = "/api/v1/positions?orgUnitId=" + unitId + "&asOf=" + VALID_FROM;
        String positionId = client.create("/api/v1/positions", Map.of("orgUnitId", unitId, "titleCode", "SECRETARY",
                        "seats", 1, "managingBody", "Ban Thường vụ Tỉnh ủy", "validFrom", VALID_FROM),
                conflict -> conflict == null ? Optional.empty() : firstId(client.get(positionsOfUnit)));
        positions.incrementAndGet();

        Map<String, Object> person = new LinkedHashMap<>();
        // 026: Vĩnh Phúc; 0: a man born in the 1900s; 75: born 1975; then a serial unique in this run
        person.put("nationalId", String.format("026075%06d", n));
        person.put("birthName", Map.of("surname", "Nguyễn", "middleName", "Văn",
                "givenName", GIVEN_NAMES.get(n % GIVEN_NAMES.size())));
        person.put("sex", "MALE");
        person.put("dateOfBirth", "1975-03-01");
        person.put("currentOrgUnitId", unitId);
        String personId = client.create("/api/v1/persons", person, conflict -> {
            if (conflict == null || !conflict.problem("duplicate-national-id")) {
                return Optional.empty();
            }
            Matcher id = UUID_IN_TEXT.matcher(conflict.body().path("detail").asText());
            return id.find() ? Optional.of(id.group()) : Optional.empty();
        });
        persons.incrementAndGet();

        Map<String, Object> appointment = Map.of("personId", personId, "positionId", positionId, "orgUnitId", unitId,
                "kind", "APPOINTED", "startDate", "2025-02-01",
                "decision", Map.of("number", n + "-QĐ/TU", "date", "2025-01-28", "issuer", "Ban Thường vụ Tỉnh ủy"));
        // no natural key: whether a lost attempt made it is asked before each retry
        client.create("/api/v1/appointments", appointment,
                ignored -> firstId(client.get("/api/v1/appointments?personId=" + personId)));
        appointments.incrementAndGet();
    }

    /** The three faults of the issue, one after the other, each while the clients keep changing things. */
    private void injectFaults(List<Future<?>> clients) throws Exception {
        awaitChanges(clients, 150);
        fault(clients, "broker stopped (SIGTERM) for " + BROKER_OUTAGE.toSeconds() + " s, then started again", () -> {
            System.out.println("[drill] " + suite.kafka().stop());
            DrillClient.pause(BROKER_OUTAGE);
            suite.kafka().start();
        });
        awaitChanges(clients, changes() + 150);
        fault(clients, KILLED + " killed (SIGKILL), then started again", () -> {
            System.out.println("[drill] " + suite.kill(KILLED));
            DrillClient.pause(Duration.ofSeconds(2));
            suite.startAgain(KILLED);
        });
        awaitChanges(clients, changes() + 150);
        fault(clients, STARVED + "'s database refused every connection for " + DATABASE_OUTAGE.toSeconds() + " s",
                () -> {
                    refuseConnections(STARVED);
                    try {
                        DrillClient.pause(DATABASE_OUTAGE);
                    } finally {
                        allowConnections(STARVED);
                    }
                });
    }

    /**
     * Waits, within one deadline shared by all the waits, until the suite has caught up; what is still missing then
     * is for the counts and assertions that follow to show, so a timeout here is only printed.
     */
    private static void settle(String what, long deadlineNanos, Callable<Boolean> caughtUp) {
        // at least one look, however little time the waits before this one left
        Duration left = Duration.ofNanos(Math.max(deadlineNanos - System.nanoTime(), Duration.ofSeconds(1).toNanos()));
        try {
            await(what).atMost(left).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(caughtUp);
        } catch (ConditionTimeoutException e) {
            System.out.println("[drill] not caught up within " + SETTLE_DEADLINE.toSeconds() + " s: " + what);
        }
    }

    private interface Fault {
        void run() throws Exception;
    }

    private void fault(List<Future<?>> clients, String what, Fault fault) throws Exception {
        int before = changes();
        long started = System.nanoTime();
        System.out.println("[drill] fault begins: " + what);
        fault.run();
        String line = String.format("%s: over after %.1f s, %d changes made meanwhile", what,
                (System.nanoTime() - started) / 1e9, changes() - before);
        System.out.println("[drill] " + line);
        faults.add(line);
        failIfAClientFailed(clients);
    }

    private void awaitChanges(List<Future<?>> clients, int atLeast) throws Exception {
        while (changes() < atLeast) {
            failIfAClientFailed(clients);
            DrillClient.pause(Duration.ofMillis(200));
        }
    }

    /** A client that gave up ends the drill at once, with its reason. */
    private static void failIfAClientFailed(List<Future<?>> clients) throws Exception {
        for (Future<?> c : clients) {
            if (c.isDone()) {
                c.get();
            }
        }
    }

    private int changes() {
        return units.get() + positions.get() + persons.get() + appointments.get();
    }

    /**
     * New connections are refused (SQLState 55000) and the open ones cut (57P01), as when the database server
     * restarts or fails over.
     */
    private static void refuseConnections(String service) throws SQLException {
        String db = database(service);
        try (Connection c = suite.databases().connect("postgres"); Statement st = c.createStatement()) {
            st.execute("alter database \"" + db + "\" allow_connections false");
            st.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + db + "'");
        }
    }

    private static void allowConnections(String service) {
        try (Connection c = suite.databases().connect("postgres"); Statement st = c.createStatement()) {
            st.execute("alter database \"" + database(service) + "\" allow_connections true");
        } catch (SQLException e) {
            throw new IllegalStateException("could not let connections into " + database(service) + " again", e);
        }
    }

    /** Every record on the dead-letter topics, read from the beginning, as "topic: reason". */
    private static List<String> deadLetters() {
        Properties props = new Properties();
        props.putAll(new KafkaUsers(config.kafkaDir()).signIn(BrokerAccess.ADMIN));
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = config.topics().stream().filter(t -> t.name().startsWith("tochuc.dlt."))
                    .flatMap(t -> consumer.partitionsFor(t.name(), Duration.ofSeconds(10)).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    var reason = r.headers().lastHeader("dlt-reason");
                    letters.add(r.topic() + ": " + (reason == null ? r.value() : new String(reason.value())));
                }
            }
        }
        return letters;
    }

    private static Optional<String> firstId(JsonNode page) {
        for (JsonNode item : page.path("items")) {
            return Optional.of(item.path("id").asText());
        }
        return Optional.empty();
    }

    private static List<String> inbox(String db, String source) {
        return ids(db, "select event_id from inbox_event where source = '" + source + "'");
    }

    private static List<String> ids(String db, String sql) {
        return E2e.strings(suite.databases(), db, sql);
    }

    private static long count(String db, String sql) {
        return E2e.count(suite.databases(), db, sql);
    }

    private static String database(String service) {
        return config.service(service).database();
    }
}
