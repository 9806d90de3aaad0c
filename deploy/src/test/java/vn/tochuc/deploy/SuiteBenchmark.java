package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.event.BrokerAccess;
import vn.tochuc.platform.testing.Bench;

/**
 * The figures only the running suite gives, each beside its anchor in the same run: the suite's start, an event's
 * latency from org-service's commit to cadre-service's read model against a bare Kafka produce-to-consume round trip
 * on the same broker, and the resident memory of every process after the demo and a mixed read load (the soak).
 * Figures, not assertions; run by {@code ./tochuc bench}, or alone with
 * {@code mvn -B -pl deploy -am verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=SuiteBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. {@code -Dtochuc.bench.soak-seconds=N} sets the load's length (60),
 * {@code -Dtochuc.bench.port-offset=N} moves its ports (30000).
 */
@Tag("benchmark")
class SuiteBenchmark {

    private static final int SOAK_SECONDS = Integer.getInteger("tochuc.bench.soak-seconds", 60);
    private static final int EVENTS = 60;
    /** Ports 30,000 above the usual (plus the slot's); another offset lets two checkouts measure at once. */
    private static final int PORT_OFFSET = Integer.getInteger("tochuc.bench.port-offset", 30_000);

    private static SuiteConfig config;
    private static Suite suite;

    @BeforeAll
    static void startTheSuite() {
        config = E2e.config(PORT_OFFSET, "tochuc_bench" + PORT_OFFSET / 1000 + "_", "bench-run");
        suite = E2e.startFromNothing(config, "[bench]");
        E2e.signIn(new DevKeys(config.runDir()));
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.stop();
        }
    }

    @Test
    void printStartEventLatencyAndResidentMemoryOfTheRunningSuite() throws Exception {
        double started = suite.startupTime().toMillis() / 1000.0;
        System.out.printf(Locale.ROOT, "BENCHMARK suite healthy %.1f s after launch (load average %s)%n", started,
                Bench.loadAverage());
        Bench.row("start", "launch to every /q/health/ready UP (empty databases)",
                String.format(Locale.ROOT, "%.1f s", started), "-", "-", "≤ 10 s", started <= 10 ? "yes" : "NO");

        Bench.Timings kafka = kafkaRoundTrip(200);
        Bench.Timings event = eventLatency(EVENTS);
        System.out.printf("BENCHMARK raw Kafka produce-to-consume round trip: %s; org-service commit to cadre-service's "
                + "read model: %s%n", kafka.summary(), event.summary());
        Bench.latencyRow("events", "org unit created: org-service's commit to cadre-service's read model, p50",
                event.p50(), "raw Kafka round trip p50", kafka.p50(), 0, 0);
        Bench.latencyRow("events", "the same, p95", event.p95(), "raw Kafka round trip p95", kafka.p95(), 0, 0);

        DemoData.of(config, System.out).loadAll();
        // -Dtochuc.bench.soak-rounds=2: a second window of the same length shows the JIT's steady state (the first
        // includes its compilations) in CPU per read, which depends less on the machine's other load than reads
        for (int window = 1; window <= Integer.getInteger("tochuc.bench.soak-rounds", 1); window++) {
            long cpuBefore = serviceCpuTicks();
            long requests = soak(Duration.ofSeconds(SOAK_SECONDS));
            double cpuSeconds = (serviceCpuTicks() - cpuBefore) / 100.0;
            System.out.printf(Locale.ROOT, "BENCHMARK soak, window %d: %,d reads in %d s through the gateway (load "
                    + "average %s); the services and the gateway spent %.1f CPU s, %.2f CPU ms a read%n", window,
                    requests, SOAK_SECONDS, Bench.loadAverage(), cpuSeconds, cpuSeconds * 1000 / requests);
        }
        for (ServiceSpec service : config.services()) {
            long pid = suite.service(service.name()).process().pid();
            double mb = residentMegabytes(pid);
            double goal = service.name().equals(SuiteConfig.GATEWAY) ? 150 : 250;
            Bench.row("memory", service.name() + " resident set after the demo and a " + SOAK_SECONDS
                    + " s mixed read load", String.format(Locale.ROOT, "%.0f MB", mb), "-", "-",
                    String.format(Locale.ROOT, "≤ %.0f MB", goal), mb <= goal ? "yes" : "NO");
        }
        if (System.getProperty("tochuc.bench.service-jvm-options", "").contains("NativeMemoryTracking")) {
            // where each service's resident memory goes, by the JVM's own account
            for (ServiceSpec service : config.services()) {
                long pid = suite.service(service.name()).process().pid();
                Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(pid), "VM.native_memory", "summary").redirectErrorStream(true).start();
                String summary = new String(jcmd.getInputStream().readAllBytes());
                jcmd.waitFor();
                System.out.println("BENCHMARK native memory of " + service.name() + ":\n" + summary);
            }
        }
        double broker = residentMegabytes(suite.kafka().process().pid());
        Bench.row("memory", "Kafka broker resident set", String.format(Locale.ROOT, "%.0f MB", broker), "-", "-", "-",
                "-");
    }

    /** One record at a time, produced and awaited by a consumer on the same broker: the floor under any event. */
    private static Bench.Timings kafkaRoundTrip(int runs) throws Exception {
        String topic = "bench.roundtrip." + UUID.randomUUID().toString().substring(0, 8);
        Properties common = new Properties();
        // the launcher's broker authenticates every client (SCRAM); the benchmark signs in as its administrator
        common.putAll(new KafkaUsers(config.kafkaDir()).signIn(BrokerAccess.ADMIN));
        common.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap());
        try (Admin admin = Admin.create(common)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Properties p = new Properties();
        p.putAll(common);
        // as the outbox relay sends: acknowledged by the broker, idempotent
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        Properties c = new Properties();
        c.putAll(common);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(),
                        new StringDeserializer())) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            return Bench.time(20, runs, () -> {
                String key = UUID.randomUUID().toString();
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, key, "{}"));
                while (true) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(1))) {
                        if (r.key().equals(key)) {
                            return Bench.since(start);
                        }
                    }
                    if (Bench.since(start) > 30_000) {
                        throw new IllegalStateException("the record did not come back within 30 s");
                    }
                }
            });
        }
    }

    /**
     * Creates units in org-service one by one; from the moment its 201 arrives (committed, outbox row written) until
     * cadre-service's {@code org_unit_view} holds the unit: outbox relay, broker, consumer, inbox and read model.
     */
    private static Bench.Timings eventLatency(int runs) throws Exception {
        String orgUnits = config.service("org-service").baseUrl(config.host()) + "/api/v1/org-units";
        try (Connection cadre = suite.databases().connect(config.service("cadre-service").database());
                PreparedStatement seen = cadre.prepareStatement("select 1 from org_unit_view where id = ?")) {
            return Bench.time(5, runs, () -> {
                HttpResponse<String> created = E2e.postJson(orgUnits, E2e.newOrgUnit("bench"));
                long start = System.nanoTime();
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                seen.setObject(1, UUID.fromString(E2e.json(created).path("id").asText()));
                while (true) {
                    try (ResultSet rs = seen.executeQuery()) {
                        if (rs.next()) {
                            return Bench.since(start);
                        }
                    }
                    if (Bench.since(start) > 30_000) {
                        throw new IllegalStateException("cadre-service did not see the unit within 30 s");
                    }
                    Thread.sleep(1);
                }
            });
        }
    }

    /** The id of the first root of the demo's tree on 30 June 2025: Tỉnh ủy Vĩnh Phúc. */
    private static String firstRoot(HttpClient http, String gateway, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(gateway + "/api/v1/org-units/tree?asOf=2025-06-30&depth=0"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
        String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"")
                .matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("The demo's tree on 2025-06-30 has no root: " + body);
        }
        return id.group(1);
    }

    /** Four clients reading through the gateway as the Board's officers would: the tree, people, tasks, reports. */
    private static long soak(Duration length) throws Exception {
        String gateway = config.gateway().orElseThrow().baseUrl(config.host());
        String token = new DevKeys(config.runDir()).token("bench-board-officer", List.of("board-officer"), List.of(),
                Duration.ofHours(2));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // The vacancy report needs its top unit (it answered 400 to an eighth of the soak's reads without one)
        String province = firstRoot(http, gateway, token);
        List<String> paths = List.of("/api/v1/org-units/tree?asOf=2025-06-30", "/api/v1/org-units?q=huyen",
                "/api/v1/persons?q=nguyen", "/api/v1/persons?q=tran%20thi", "/api/v1/party-members?limit=50",
                "/api/v1/source-documents", "/api/v1/tasks?limit=50",
                "/api/v1/vacancy-reports?orgUnitId=" + province + "&asOf=2025-06-30");
        AtomicLong done = new AtomicLong();
        java.util.concurrent.ConcurrentHashMap<String, Integer> refused = new java.util.concurrent.ConcurrentHashMap<>();
        long end = System.nanoTime() + length.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int first = t;
            running.add(clients.submit(() -> {
                int i = first;
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + paths.get(i++ % paths.size())))
                            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    done.incrementAndGet();
                    if (status >= 300) {
                        refused.merge(request.uri().getPath() + " " + status, 1, Integer::sum);
                    }
                }
                return null;
            }));
        }
        for (var f : running) {
            f.get();
        }
        clients.shutdown();
        if (!refused.isEmpty()) {
            System.out.println("BENCHMARK soak: answers other than 2xx: " + refused);
        }
        return done.get();
    }

    /** User and system time of the services and the gateway, in clock ticks (Linux: 100 a second). */
    private static long serviceCpuTicks() throws Exception {
        long ticks = 0;
        for (ServiceSpec service : config.services()) {
            String stat = Files.readString(Path.of("/proc", Long.toString(suite.service(service.name()).process().pid()),
                    "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        return ticks;
    }

    /** VmRSS of the process and of any children it has, from /proc. */
    private static double residentMegabytes(long pid) throws Exception {
        double kb = 0;
        List<Long> pids = new ArrayList<>(List.of(pid));
        ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> pids.add(d.pid())));
        for (long p : pids) {
            Path status = Path.of("/proc/" + p + "/status");
            if (Files.exists(status)) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        kb += Double.parseDouble(line.replaceAll("[^0-9]", ""));
                    }
                }
            }
        }
        return kb / 1024;
    }
}
