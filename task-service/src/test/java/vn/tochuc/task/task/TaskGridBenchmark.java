package vn.tochuc.task.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.platform.testing.TestTokens;

/**
 * Prints the latency of the task grid over HTTP on a province-sized tree: 10,011 units (1 province, 10 districts,
 * 1,000 communes, 9,000 cells) and the province's 12 key tasks given to every unit (120,120 tasks). Not part of the
 * normal test run: {@code mvn -B -pl task-service -am verify -Dgroups=benchmark -DexcludedGroups=none
 * -Dtest=TaskGridBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@Tag("benchmark")
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class TaskGridBenchmark {

    private static final String AS_OF = "2024-12-31";

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL url;

    @Test
    void printTheTaskGridLatencyOverOneHundredTwentyThousandTasks() throws Exception {
        QuarkusTransaction.requiringNew().run(this::generate);
        vacuum();
        UUID province = unit(1);
        UUID district = unit(2);

        report("district grid (1,001 units, 12,012 tasks)", district, 200);
        report("province grid (10,011 units, 120,120 tasks)", province, 50);
        System.out.println("BENCHMARK plan of the district grid:");
        QuarkusTransaction.requiringNew().run(() -> explain(district));
        System.out.println("BENCHMARK plan of the province grid:");
        QuarkusTransaction.requiringNew().run(() -> explain(province));
    }

    private void report(String what, UUID unit, int runs) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "api/v1/tasks/grid?orgUnitId=" + unit
                + "&asOf=" + AS_OF)).header("Authorization", TestTokens.bearer(TestTokens.boardOfficer())).build();
        for (int i = 0; i < 10; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        List<Double> millis = new ArrayList<>();
        String body = "";
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - start) / 1e6);
            assertThat(response.statusCode()).isEqualTo(200);
            body = response.body();
        }
        Collections.sort(millis);
        System.out.printf("BENCHMARK task %s over HTTP, %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, runs,
                millis.get(runs / 2), millis.get((int) Math.ceil(runs * 0.95) - 1), millis.get(runs - 1));
        System.out.println("BENCHMARK   total line: " + body.substring(body.lastIndexOf("\"total\":{")));
    }

    private UUID unit(int n) {
        return (UUID) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from org_unit_view where code = 'BENCH-" + n + "'").getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private void explain(UUID unit) {
        em.createNativeQuery("set local jit = off").executeUpdate();
        List<String> plan = em.createNativeQuery("explain (analyze, buffers off) " + TaskQueries.GRID)
                .setParameter("root", unit).setParameter("asOf", LocalDate.parse(AS_OF)).getResultList();
        plan.forEach(line -> System.out.println("BENCHMARK   " + line));
    }

    /** Index-only scans need the visibility map a vacuum writes (autovacuum does it in production). */
    private void vacuum() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            c.setAutoCommit(true);
            sql.execute("vacuum analyze task");
            sql.execute("vacuum analyze org_unit_view");
        }
    }

    /** The tree, then 12 root tasks of the province each given to every other unit, in the four grid cells. */
    private void generate() {
        em.createNativeQuery("create temp table bench (n int primary key, id uuid not null, parent_n int, kind text)")
                .executeUpdate();
        em.createNativeQuery("insert into bench select g, gen_random_uuid(), case when g = 1 then null "
                + "when g <= 11 then 1 when g <= 1011 then 2 + (g - 12) / 100 else 12 + (g - 1012) / 9 end, "
                + "case when g = 1 then 'PROVINCIAL_PARTY_COMMITTEE' when g <= 11 then 'DISTRICT_PARTY_COMMITTEE' "
                + "when g <= 1011 then 'GRASSROOTS_PARTY_COMMITTEE' else 'PARTY_CELL' end "
                + "from generate_series(1, 10011) g").executeUpdate();
        em.createNativeQuery("insert into org_unit_view (id, code, name, kind, parent_id, valid_from, status, "
                + "last_event_id, last_event_at) select b.id, 'BENCH-' || b.n, 'Đơn vị ' || b.n, b.kind, p.id, "
                + "date '2020-01-01', 'ACTIVE', 'bench', now() from bench b left join bench p on p.n = b.parent_n")
                .executeUpdate();
        em.createNativeQuery("create temp table bench_root (k int primary key, id uuid not null)").executeUpdate();
        em.createNativeQuery("insert into bench_root select k, gen_random_uuid() from generate_series(1, 12) k")
                .executeUpdate();
        String columns = "insert into task (id, root_id, parent_id, kind, title, lead_unit_id, assigning_unit_id, "
                + "deadline, weight, roll_up_method, status, progress, rolled_up_progress, assigned_on, completed_on, "
                + "created_by, created_at, updated_at) ";
        em.createNativeQuery(columns + "select r.id, r.id, null, 'KEY_TASK', 'Nhiệm vụ trọng tâm ' || r.k, b.id, b.id, "
                + "date '2025-06-30', 1, 'WEIGHTED', 'IN_PROGRESS', 50, 50, date '2021-01-15', null, 'bench', now(), "
                + "now() from bench_root r, bench b where b.n = 1").executeUpdate();
        // Cell by (unit + task) mod 4: on time, late, in progress within the deadline, overdue as of 2024-12-31.
        em.createNativeQuery(columns + "select gen_random_uuid(), r.id, r.id, 'KEY_TASK', 'Nhiệm vụ trọng tâm ' || r.k, "
                + "b.id, p.id, case (b.n + r.k) % 4 when 0 then date '2024-06-30' when 1 then date '2024-06-30' "
                + "when 2 then date '2025-06-30' else date '2024-09-30' end, 1, 'WEIGHTED', "
                + "case when (b.n + r.k) % 4 < 2 then 'COMPLETED' else 'IN_PROGRESS' end, 50, 50, date '2021-02-01', "
                + "case (b.n + r.k) % 4 when 0 then date '2024-06-20' when 1 then date '2024-08-15' end, 'bench', "
                + "now(), now() from bench_root r, bench b join bench p on p.n = 1 where b.n > 1").executeUpdate();
    }
}
