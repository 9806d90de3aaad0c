package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import java.io.OutputStream;
import java.time.LocalDate;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.repository.OrgTreeRepository;
import vn.tochuc.org.repository.TreeOutline;
import vn.tochuc.org.rest.TreeAnswers;
import vn.tochuc.org.rest.TreeNodes;
import vn.tochuc.org.service.OrgUnitService;
import vn.tochuc.org.service.TreeOutlines;
import vn.tochuc.platform.testing.Bench;
import vn.tochuc.platform.testing.TestTokens;

/**
 * Prints the latency of subtree reads as of a past date on a province-sized tree (10,011 units, restructured on
 * 1 July 2025). Not part of the normal test run; run it with
 * {@code mvn -B -pl org-service verify -Dgroups=benchmark -DexcludedGroups=none}.
 */
@QuarkusTest
@TestProfile(SubtreeReadBenchmark.WrittenAheadEverySecond.class)
@Tag("benchmark")
class SubtreeReadBenchmark {

    /** A look at the structure every second instead of every 5, so that the runs after a change take seconds. */
    public static class WrittenAheadEverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tochuc.org.tree-answers.ahead-interval", "1s");
        }
    }

    private static final String PAST = "2024-06-01";

    @Inject
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    OrgTreeRepository tree;

    @Inject
    ObjectMapper mapper;

    @Inject
    TreeAnswers answers;

    @Inject
    TreeNodes nodes;

    @Inject
    TreeOutlines outlines;

    @TestHTTPResource("/")
    URL url;

    @Test
    void printSubtreeReadLatencyOnATenThousandUnitTree() throws Exception {
        QuarkusTransaction.requiringNew().run(this::generateTree);
        UUID root = (UUID) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select u.id from org_unit u where u.code = 'BENCH-1'").getSingleResult());
        UUID district = (UUID) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select u.id from org_unit u where u.code = 'BENCH-2'").getSingleResult());

        int wholePast = given().queryParam("asOf", PAST).when().get("/api/v1/org-units/" + root + "/subtree")
                .then().statusCode(200).extract().jsonPath().getList("id").size();
        int wholeNow = given().when().get("/api/v1/org-units/" + root + "/subtree")
                .then().statusCode(200).extract().jsonPath().getList("id").size();
        assertThat(wholePast).isEqualTo(10_011);
        assertThat(wholeNow).isEqualTo(10_001);

        report("district subtree (1,001 units) as of " + PAST, "/api/v1/org-units/" + district + "/subtree", 200,
                district, 20);
        report("province subtree (10,011 units) as of " + PAST, "/api/v1/org-units/" + root + "/subtree", 60,
                root, 60);
        report("ancestors of a cell as of " + PAST, "/api/v1/org-units/" + cell() + "/ancestors", 200, null, 0);
        afterAChange("district (1,001 units)", "/api/v1/org-units/" + district + "/subtree", 20, 20);
        afterAChange("province (10,011 units)", "/api/v1/org-units/" + root + "/subtree", 20, 60);
        rightAfterAChange("district (1,001 units)", district, 30, 20);
        rightAfterAChange("province (10,011 units)", root, 30, 60);
        afterAMissedChange("district (1,001 units)", district, 10);
        compare("district (1,001 units)", district, 200);
        compare("province (10,011 units)", root, 60);
        System.out.println("BENCHMARK plan of the district subtree query:");
        QuarkusTransaction.requiringNew().run(() -> explain(district));
    }

    /**
     * Times whole HTTP exchanges with the JDK client, reading the body as bytes: a test client that parses the JSON
     * (RestAssured) would add its own cost to the figure.
     */
    private void report(String what, String path, int runs, UUID subtreeOf, double goalMs) throws Exception {
        System.out.println("BENCHMARK load average: " + Bench.loadAverage() + "; quarkus.rest.output-buffer-size "
                + org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getOptionalValue("quarkus.rest.output-buffer-size", String.class).orElse("(default)"));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path.substring(1) + "?asOf=" + PAST))
                .header("Authorization", TestTokens.bearer(TestTokens.boardOfficer())).build();
        for (int i = 0; i < 10; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        List<Double> millis = new ArrayList<>();
        List<Double> database = new ArrayList<>();
        List<Double> former = new ArrayList<>();
        List<Double> everything = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            millis.add(Bench.since(start));
            assertThat(response.statusCode()).isEqualTo(200);
            bytes = response.body().length;
            if (subtreeOf != null) {
                // interleaved, so that the service and its query are timed under the same load
                database.add(QuarkusTransaction.requiringNew().call(() -> Bench.executionTime(explainSubtree(subtreeOf))));
                former.add(QuarkusTransaction.requiringNew().call(() -> Bench.executionTime(explainFormer(subtreeOf))));
                if (goalMs == 60) {
                    everything.add(QuarkusTransaction.requiringNew().call(() -> Bench.executionTime(readEverything())));
                }
            }
        }
        Bench.Timings service = Bench.Timings.of(millis);
        System.out.printf("BENCHMARK %s over HTTP (%,d bytes of JSON): %s, max %.1f ms%n", what, bytes,
                service.summary(), service.sorted().get(runs - 1));
        // The loop above reads one date again and again: after its first read the answer is kept (TreeAnswers).
        // Each of the days before PAST is a period of its own (generateTree), with a cell of the district renamed, so
        // its first read is walked (the first 20 not timed: the walk's code had run once only): in memory, from the
        // outline of the structure (TreeOutlines), once the look at the structure has read it (every second here),
        // else in PostgreSQL. Its units were read before (the loop above), so they are copied from their nodes
        // (TreeNodes); the renamed cell's row is read by id.
        long copied = nodes.copied();
        long written = nodes.written();
        long outlined = outlines.walked();
        Bench.Timings firstReads = firstReads(http, path, runs, bytes, i -> LocalDate.parse(PAST).minusDays(1 + i));
        System.out.printf("BENCHMARK %s over HTTP, each the first read of its date, in a period not read before"
                + " (walked, then kept): %s; units copied from their nodes %,d, written from their rows %,d; reads put"
                + " in order from the outline of the structure (%,d versions) %d of %d%n", what, firstReads.summary(),
                nodes.copied() - copied, nodes.written() - written, outlineSize(), outlines.walked() - outlined,
                20 + runs);
        Bench.Timings periodReads = null;
        Bench.Timings unchangedReads = null;
        long served = 0;
        if (subtreeOf != null) {
            periodReads = firstReadsInAPeriodReadBefore(http, path, runs, bytes);
            System.out.printf("BENCHMARK %s over HTTP, each the first read of its date, in the period of a date"
                    + " read before (its kept answer, the date written in): %s%n", what, periodReads.summary());
            // the days on which only a unit outside the tree ceased: the first walks (renames since the nearest
            // kept answer), each later one is answered from the answer kept for the day after
            long fromAnother = answers.answeredFromAnotherPeriod();
            unchangedReads = firstReads(http, path, runs, bytes, i -> LocalDate.parse(PAST).minusDays(481 + i));
            served = answers.answeredFromAnotherPeriod() - fromAnother;
            System.out.printf("BENCHMARK %s over HTTP, each the first read of its date, in a period not read before"
                    + " in which nothing of the subtree changed (the answer kept for another period, the date written"
                    + " in): %s; %d of %d reads answered so%n", what, unchangedReads.summary(), served, 20 + runs);
        }
        // After the reads above, whose count of answers from a kept one is asserted (Caffeine's admission and eviction
        // of kept answers shift with every read). The first reads on other dates than the JDK client's, each a period
        // of its own too (generateTree).
        Bench.Timings againByCurl = curl(path, bytes, IntStream.range(0, 20 + runs).mapToObj(i -> LocalDate.parse(PAST)));
        Bench.Timings firstReadsByCurl = curl(path, bytes,
                IntStream.range(0, 20 + runs).mapToObj(i -> LocalDate.parse(PAST).minusDays(221 + i)));
        if (againByCurl != null) {
            System.out.printf("BENCHMARK %s timed by curl (one process, its connection kept): read again %s; the"
                    + " first read of its date, in a period not read before %s%n", what, againByCurl.summary(),
                    firstReadsByCurl.summary());
        }
        if (subtreeOf != null) {
            Bench.Timings query = Bench.Timings.of(database);
            System.out.printf("BENCHMARK   the walk's query in PostgreSQL: %s%n", query.summary());
            if (!everything.isEmpty()) {
                System.out.printf("BENCHMARK   the read of every unit in effect (what the service now runs for the"
                        + " only root), interleaved: %s%n", Bench.Timings.of(everything).summary());
            }
            Bench.Timings before = Bench.Timings.of(former);
            System.out.printf("BENCHMARK   the former query (arrays of texts, joined back), interleaved: %s;"
                    + " p50 ratio now/former %.2f%n", before.summary(), query.p50() / before.p50());
            Bench.latencyRow("org tree, 10,011 units", what + String.format(" (%,d bytes) p95, read again", bytes),
                    service.p95(), "its query, EXPLAIN ANALYZE p95", query.p95(), 0, goalMs);
            Bench.latencyRow("org tree, 10,011 units", what + " p95, the first read of its date, a period not read"
                    + " before", firstReads.p95(), "its query, EXPLAIN ANALYZE p95", query.p95(), 0, goalMs);
            Bench.latencyRow("org tree, 10,011 units", what + " p95, the first read of its date, in a period read"
                    + " before", periodReads.p95(), "its query, EXPLAIN ANALYZE p95", query.p95(), 0, goalMs);
            // Only a figure of such answers is reported. A district's answer (0.4 MB) walked once is kept beside the
            // ones read often; a province's (4.3 MB, a third of the budget) read once is not kept at all
            // (TreeAnswers.worthKeeping), so the next day finds no answer to compare with and walks.
            if (served >= runs) {
                Bench.latencyRow("org tree, 10,011 units", what + " p95, the first read of its date, a period not"
                        + " read before, the subtree unchanged since another", unchangedReads.p95(),
                        "its query, EXPLAIN ANALYZE p95", query.p95(), 0, goalMs);
            }
            if (againByCurl != null) {
                Bench.latencyRow("org tree, 10,011 units", what + " p95, read again, timed by curl",
                        againByCurl.p95(), "its query, EXPLAIN ANALYZE p95", query.p95(), 0, goalMs);
                Bench.latencyRow("org tree, 10,011 units", what + " p95, the first read of its date, a period not"
                        + " read before, timed by curl", firstReadsByCurl.p95(), "its query, EXPLAIN ANALYZE p95",
                        query.p95(), 0, goalMs);
            }
        }
    }

    /**
     * The first read after a change of a subtree read before it, once the change was seen and the read written ahead
     * (TreeAnswers.writeAhead): each run changes a cell's row (its version, as every change of the structure does),
     * waits until the answers asked lately were written again for the new structure, then reads.
     */
    private void afterAChange(String what, String path, int runs, double goalMs) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path.substring(1) + "?asOf=" + PAST))
                .header("Authorization", TestTokens.bearer(TestTokens.boardOfficer())).build();
        List<Double> millis = new ArrayList<>();
        List<Double> waits = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            changeACell();
            long changed = System.nanoTime();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .until(answers::writtenAheadOfTheStructure);
            waits.add(Bench.since(changed));
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            millis.add(Bench.since(start));
            assertThat(response.statusCode()).isEqualTo(200);
        }
        Bench.Timings read = Bench.Timings.of(millis);
        System.out.printf("BENCHMARK %s subtree, the first read after a change, written ahead: %s (the change seen"
                + " and written ahead %s after its commit)%n", what, read.summary(), Bench.Timings.of(waits).summary());
        Bench.latencyRow("org tree, 10,011 units", what + " subtree p95, the first read after a change (read"
                + " lately, so written ahead)", read.p95(), "its kept answer read again is the same path", read.p95(),
                0, goalMs);
    }

    /**
     * The first read right after a change, before the look at the structure has seen it: each run changes a cell's row
     * (outside the district, inside the province), then at once reads a date of a period not read before (the 30 days
     * from 441 days before PAST, a cell of the district renamed on each), so neither a kept answer nor one written
     * ahead can answer it. The look runs every second here; a run it falls between is counted apart.
     */
    private void rightAfterAChange(String what, UUID unit, int runs, double goalMs) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Double> millis = new ArrayList<>();
        List<Double> database = new ArrayList<>();
        long outlined = outlines.walked();
        long caughtUp = outlines.caughtUp();
        long whole = outlines.readWhole();
        for (int i = 0; i < runs; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "api/v1/org-units/" + unit + "/subtree?asOf="
                    + LocalDate.parse(PAST).minusDays(441 + i)))
                    .header("Authorization", TestTokens.bearer(TestTokens.boardOfficer())).build();
            changeACell();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            millis.add(Bench.since(start));
            assertThat(response.statusCode()).isEqualTo(200);
            database.add(QuarkusTransaction.requiringNew().call(() -> Bench.executionTime(explainSubtree(unit))));
        }
        Bench.Timings read = Bench.Timings.of(millis);
        System.out.printf("BENCHMARK %s subtree, the first read of a new period right after a change (before the"
                + " look): %s; reads put in order from the outline %d (the look's included) for %d; the outline caught"
                + " up with the changes %d times, read whole %d times%n", what, read.summary(),
                outlines.walked() - outlined, runs, outlines.caughtUp() - caughtUp, outlines.readWhole() - whole);
        // the catch-up alone, in this JVM: from an outline read before a change, with the service's margin
        TreeOutline held = QuarkusTransaction.requiringNew().call(tree::outline);
        changeACell();
        List<Double> catchUps = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            assertThat(QuarkusTransaction.requiringNew().call(() -> tree.outlineSince(held,
                    held.latest().minus(Duration.ofMinutes(1)), 2_000))).isPresent();
            catchUps.add(Bench.since(start));
        }
        System.out.printf("BENCHMARK   the outline caught up with one change, in this JVM: %s%n",
                Bench.Timings.of(catchUps).summary());
        Bench.latencyRow("org tree, 10,011 units", what + " subtree p95, the first read of a new period right after"
                + " a change", read.p95(), "its query, EXPLAIN ANALYZE p95", Bench.Timings.of(database).p95(), 0, goalMs);
    }

    /**
     * After a change the outline cannot catch up with (its time set two minutes back: a transaction committed that
     * late, or a replica's clock behind), as after a replica's first tree read, reads walk in PostgreSQL until the
     * outline is read whole again. Each run makes such a change, reads a period not read before (the dates of
     * rightAfterAChange, under a new stamp), and times from that read until the whole outline has been read: by the
     * look within its interval (a second here, 5 s as deployed), or at once for the reader.
     */
    private void afterAMissedChange(String what, UUID unit, int runs) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Double> untilWhole = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update org_unit set version = version"
                    + " + 1, updated_at = clock_timestamp() - interval '2 minutes' where code = 'BENCH-5000'")
                    .executeUpdate());
            long whole = outlines.readWhole();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "api/v1/org-units/" + unit + "/subtree?asOf="
                    + LocalDate.parse(PAST).minusDays(441 + i % 30)))
                    .header("Authorization", TestTokens.bearer(TestTokens.boardOfficer())).build();
            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            long start = System.nanoTime();
            while (outlines.readWhole() == whole) {
                if (Bench.since(start) > 30_000) {
                    throw new IllegalStateException("the outline was not read whole within 30 s of the read");
                }
                Thread.sleep(1);
            }
            untilWhole.add(Bench.since(start));
            Thread.sleep(1_100); // a look in between: the next run starts from an outline as it stands
        }
        System.out.printf("BENCHMARK %s subtree after a change the outline could not catch up with: the whole outline"
                + " read again %s after the read that walked (reads walk in PostgreSQL until then)%n", what,
                Bench.Timings.of(untilWhole).summary());
    }

    /** A change of the structure as every change makes it: a cell's version raised and its time set (BENCH-5000). */
    private void changeACell() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update org_unit set version = version"
                + " + 1, updated_at = clock_timestamp() where code = 'BENCH-5000'").executeUpdate());
    }

    /**
     * The read as it is (one statement for the check and the stamp, then the walk, or for the only root one read of
     * every unit in effect) against the read as it was (the check, the stamp, then the walk), in this JVM without
     * HTTP, alternated, the JSON written to a stream that only counts: before and after under the same load.
     */
    private void compare(String what, UUID unit, int runs) {
        LocalDate date = LocalDate.parse(PAST);
        List<Double> now = new ArrayList<>();
        List<Double> was = new ArrayList<>();
        long[] bytes = new long[2];
        for (int i = 0; i < runs + 10; i++) {
            long start = System.nanoTime();
            bytes[0] = inRequest(() -> {
                OrgUnitService.TreeRead read = units.treeRead(unit, date);
                return json(walk -> units.walkDown(read, 50, walk));
            });
            double after = Bench.since(start);
            start = System.nanoTime();
            bytes[1] = inRequest(() -> {
                units.get(unit, date);
                em.createNativeQuery("select count(*), coalesce(sum(version), 0), max(updated_at) from org_unit")
                        .getSingleResult();
                return json(walk -> tree.walkDown(unit, date, 50, walk));
            });
            double before = Bench.since(start);
            if (i >= 10) {
                now.add(after);
                was.add(before);
            }
        }
        assertThat(bytes[0]).isEqualTo(bytes[1]);
        Bench.Timings after = Bench.Timings.of(now);
        Bench.Timings before = Bench.Timings.of(was);
        System.out.printf("BENCHMARK %s read and written in the service, no HTTP (%,d bytes), alternated:%n"
                + "BENCHMARK   now:    %s%nBENCHMARK   before: %s; p50 ratio now/before %.2f%n", what, bytes[0],
                after.summary(), before.summary(), after.p50() / before.p50());
    }

    private long inRequest(java.util.function.Supplier<Long> read) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            return read.get();
        } finally {
            request.terminate();
        }
    }

    /** As JsonArrayStream writes the body: an array, the items inside a read transaction of their own. */
    private long json(java.util.function.Consumer<OrgTreeRepository.RowHandler> walk) {
        long[] count = new long[1];
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
            }
        };
        TreeJson.write(mapper, counting, PAST, walk);
        return count[0];
    }

    @SuppressWarnings("unchecked")
    private List<String> readEverything() {
        return em.createNativeQuery("explain (analyze, buffers off) " + OrgTreeRepository.IN_EFFECT_SORTED)
                .setParameter("asOf", java.sql.Date.valueOf(PAST)).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<String> explainSubtree(UUID unit) {
        return em.createNativeQuery("explain (analyze, buffers off) "
                + OrgTreeRepository.walkDownSql("v.unit_id = :id")).setParameter("id", unit)
                .setParameter("asOf", java.sql.Date.valueOf(PAST)).setParameter("maxDepth", 50).getResultList();
    }

    /** The walk down as it was before issue 13's work, timed beside today's under the same load. */
    @SuppressWarnings("unchecked")
    private List<String> explainFormer(UUID unit) {
        String inEffect = "v.valid_from <= :asOf and (v.valid_to is null or v.valid_to > :asOf)";
        return em.createNativeQuery("explain (analyze, buffers off) with recursive down (unit_id, depth, path) as ("
                + " select v.unit_id, 0, array[v.name_search_key || '/' || v.unit_id]"
                + " from org_unit_version v where v.unit_id = :id and " + inEffect
                + " union all"
                + " select v.unit_id, down.depth + 1, down.path || (v.name_search_key || '/' || v.unit_id)"
                + " from org_unit_version v join down on v.parent_id = down.unit_id"
                + " where " + inEffect + " and down.depth < 50)"
                + " select u.id, u.code, v.name, v.short_name, v.kind, v.parent_id, v.valid_from, v.valid_to,"
                + " case when u.ceased_on is null or u.ceased_on > :asOf then 'ACTIVE' else 'CEASED' end,"
                + " u.established_on, u.ceased_on, u.founding_decision_number, u.founding_decision_date,"
                + " u.founding_decision_issuer, u.version, u.created_at, u.updated_at, down.depth from down"
                + " join org_unit_version v on v.unit_id = down.unit_id and " + inEffect
                + " join org_unit u on u.id = down.unit_id order by down.path").setParameter("id", unit)
                .setParameter("asOf", java.sql.Date.valueOf(PAST)).getResultList();
    }

    /** How many versions the outline holds, after timing 10 reads of it (what the look pays after a change). */
    private int outlineSize() {
        List<Double> millis = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            size = QuarkusTransaction.requiringNew().call(() -> tree.outline().size());
            millis.add(Bench.since(start));
        }
        System.out.printf("BENCHMARK the outline of the structure (%,d versions) read in %s%n", size,
                Bench.Timings.of(millis).summary());
        return size;
    }

    private UUID cell() {
        return (UUID) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select u.id from org_unit u where u.code = 'BENCH-5000'").getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private void explain(UUID district) {
        List<String> plan = em.createNativeQuery("explain (analyze, buffers off) with recursive down (unit_id, depth) as ("
                + " select v.unit_id, 0 from org_unit_version v where v.unit_id = ?1 and v.valid_from <= date '" + PAST
                + "' and (v.valid_to is null or v.valid_to > date '" + PAST + "')"
                + " union all select v.unit_id, down.depth + 1 from org_unit_version v join down on v.parent_id = down.unit_id"
                + " where v.valid_from <= date '" + PAST + "' and (v.valid_to is null or v.valid_to > date '" + PAST
                + "')) select count(*) from down").setParameter(1, district).getResultList();
        plan.forEach(line -> System.out.println("BENCHMARK   " + line));
    }

    /** The reads of {@code dates} timed by curl (Bench.curl), the first 20 not timed; null without curl. */
    private Bench.Timings curl(String path, int bytes, java.util.stream.Stream<LocalDate> dates) throws Exception {
        List<Bench.Exchange> exchanges = Bench.curl(
                dates.map(date -> url + path.substring(1) + "?asOf=" + date).toList(),
                TestTokens.bearer(TestTokens.boardOfficer()));
        if (exchanges == null) {
            return null;
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < exchanges.size(); i++) {
            assertThat(exchanges.get(i).status()).isEqualTo(200);
            assertWhole(exchanges.get(i).bytes(), bytes);
            if (i >= 20) {
                millis.add(exchanges.get(i).millis());
            }
        }
        return Bench.Timings.of(millis);
    }

    /**
     * An answer as long as the one read as of PAST, give or take a cell renamed later (its version then ends on a
     * date: 8 bytes more each, 3.8 kB at most): the whole subtree, not a problem or a part of it.
     */
    private static void assertWhole(long length, long bytes) {
        assertThat(length).isBetween(bytes - bytes / 100, bytes + bytes / 100);
    }

    /**
     * The days after PAST up to 1 July 2025 are one period with PAST (generateTree): the first read of each is
     * answered from PAST's kept answer, its date written in (TreeAnswers keeps a tree answer per period). After the
     * 220 new periods read before, Caffeine may have evicted that answer, hot as it is: 2 of 220 reads then walked and
     * kept it again in both runs since a province's first read is no longer kept (TreeAnswers.worthKeeping), which
     * leaves the cache another mix. The count is printed, and at least the timed reads must be so answered.
     */
    private Bench.Timings firstReadsInAPeriodReadBefore(HttpClient http, String path, int runs, int bytes)
            throws Exception {
        long answeredAgain = answers.answeredAgain();
        Bench.Timings timings = firstReads(http, path, runs, bytes, i -> LocalDate.parse(PAST).plusDays(1 + i));
        long kept = answers.answeredAgain() - answeredAgain;
        System.out.printf("BENCHMARK   %d of %d answered from the period's kept answer%n", kept, 20 + runs);
        assertThat(kept).isGreaterThanOrEqualTo(runs);
        return timings;
    }

    /** One read of each of 20 + {@code runs} dates, the first 20 not timed; every answer {@code bytes} long. */
    private Bench.Timings firstReads(HttpClient http, String path, int runs, int bytes, IntFunction<LocalDate> date)
            throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 20 + runs; i++) {
            HttpRequest first = HttpRequest.newBuilder(URI.create(url + path.substring(1) + "?asOf=" + date.apply(i)))
                    .header("Authorization", TestTokens.bearer(TestTokens.boardOfficer())).build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(first, HttpResponse.BodyHandlers.ofByteArray());
            if (i >= 20) {
                millis.add(Bench.since(start));
            }
            assertThat(response.statusCode()).isEqualTo(200);
            assertWhole(response.body().length, bytes);
        }
        return Bench.Timings.of(millis);
    }

    /**
     * 1 province, 10 districts, 1,000 communes, 9,000 cells; on 1 July 2025 the districts cease. On each of the 480
     * days before {@link #PAST} a cell of the first district is renamed, and on each of the 240 days before those a
     * unit outside the tree ceases: each of those days is a period of its own (a tree answer is kept per period,
     * TreeAnswers). The first read of a renaming day walks; that of a day when only a unit outside ceased is answered
     * from the answer kept for the day before, nothing in the subtree having changed.
     */
    private void generateTree() {
        em.createNativeQuery("create temp table bench (n int primary key, id uuid not null, parent_n int, kind text)")
                .executeUpdate();
        em.createNativeQuery("insert into bench select g, gen_random_uuid(), case when g = 1 then null "
                + "when g <= 11 then 1 when g <= 1011 then 2 + (g - 12) / 100 else 12 + (g - 1012) / 9 end, "
                + "case when g = 1 then 'PROVINCIAL_PARTY_COMMITTEE' when g <= 11 then 'DISTRICT_PARTY_COMMITTEE' "
                + "when g <= 1011 then 'GRASSROOTS_PARTY_COMMITTEE' else 'PARTY_CELL' end "
                + "from generate_series(1, 10011) g").executeUpdate();
        em.createNativeQuery("insert into org_unit (id, code, status, established_on, version, created_at, updated_at) "
                + "select id, 'BENCH-' || n, 'ACTIVE', date '2020-01-01', 0, now(), now() from bench").executeUpdate();
        em.createNativeQuery("insert into org_unit_version (id, unit_id, valid_from, valid_to, name, kind, parent_id, "
                + "name_search_key, change, created_at) select gen_random_uuid(), b.id, date '2020-01-01', "
                + "case when b.kind in ('DISTRICT_PARTY_COMMITTEE', 'GRASSROOTS_PARTY_COMMITTEE') then date '2025-07-01' end, "
                + "'Đơn vị ' || b.n, b.kind, p.id, 'don vi ' || b.n, 'ESTABLISHED', now() "
                + "from bench b left join bench p on p.n = b.parent_n").executeUpdate();
        em.createNativeQuery("insert into org_unit_version (id, unit_id, valid_from, name, kind, parent_id, "
                + "name_search_key, change, created_at) select gen_random_uuid(), b.id, date '2025-07-01', "
                + "'Đơn vị ' || b.n, b.kind, (select id from bench where n = 1), 'don vi ' || b.n, 'MOVED', now() "
                + "from bench b where b.kind = 'GRASSROOTS_PARTY_COMMITTEE'").executeUpdate();
        em.createNativeQuery("update org_unit set status = 'CEASED', ceased_on = date '2025-07-01' "
                + "where id in (select id from bench where kind = 'DISTRICT_PARTY_COMMITTEE')").executeUpdate();
        // 480 cells of the district BENCH-2 renamed, one a day on the 480 days before PAST: a change inside both
        // subtrees read, so the first read of each of those days walks (the new name as long as the old)
        em.createNativeQuery("update org_unit_version v set valid_to = date '" + PAST + "' - (b.n - 1011) from bench b"
                + " where v.unit_id = b.id and b.n between 1012 and 1491").executeUpdate();
        em.createNativeQuery("insert into org_unit_version (id, unit_id, valid_from, name, kind, parent_id,"
                + " name_search_key, change, created_at) select gen_random_uuid(), b.id, date '" + PAST + "' - (b.n"
                + " - 1011), 'Đơn Vị ' || b.n, b.kind, p.id, 'don vi ' || b.n, 'RENAMED', now() from bench b"
                + " join bench p on p.n = b.parent_n where b.n between 1012 and 1491").executeUpdate();
        em.createNativeQuery("update org_unit set version = version + 1 where id in (select id from bench"
                + " where n between 1012 and 1491)").executeUpdate();
        // and on the 240 days before those, a unit outside the tree ceased each day: a change of the structure that
        // neither subtree shows
        em.createNativeQuery("insert into org_unit (id, code, status, established_on, ceased_on, version, created_at,"
                + " updated_at) select gen_random_uuid(), 'BENCH-GONE-' || g, 'CEASED', date '2019-01-01', date '" + PAST
                + "' - 480 - g, 0, now(), now() from generate_series(1, 240) g").executeUpdate();
        em.createNativeQuery("insert into org_unit_version (id, unit_id, valid_from, valid_to, name, kind, parent_id, "
                + "name_search_key, change, created_at) select gen_random_uuid(), u.id, date '2019-01-01', "
                + "date '2019-06-01', 'Chi bộ đã giải thể ' || u.code, 'PARTY_CELL', null, 'chi bo da giai the', "
                + "'ESTABLISHED', now() from org_unit u where u.code like 'BENCH-GONE-%'").executeUpdate();
        // both tables the queries join: without statistics of org_unit's 10,011 new rows the planner guesses their size
        em.createNativeQuery("analyze org_unit, org_unit_version").executeUpdate();
    }
}
