package vn.tochuc.task.target;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
 * Prints the latency of the target table over HTTP on a province-sized tree: 1 province, 10 districts, 1,000
 * communes, 9,000 cells (10,011 units); 3 targets of one resolution, each measured by every cell for the 20
 * quarters of 2021-2025 (540,000 figures). Only the cells enter figures, the worst case for the walk down the tree
 * (it must reach every unit). Run it with
 * {@code mvn -B -pl task-service -am verify -Dtest=TargetTableBenchmark -Dgroups=benchmark -DexcludedGroups=none}.
 */
@QuarkusTest
@Tag("benchmark")
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class TargetTableBenchmark {

    @Inject
    EntityManager em;

    @Inject
    javax.sql.DataSource dataSource;

    @TestHTTPResource("/")
    URL url;

    @Test
    void printTargetTableLatencyOnATenThousandUnitTree() throws Exception {
        QuarkusTransaction.requiringNew().run(this::generate);
        // As autovacuum would have done on a live database: index-only scans need the visibility map.
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum analyze target_measurement");
            statement.execute("vacuum analyze org_unit_view");
        }
        UUID province = id("select id from org_unit_view where code = 'BT-1'");
        UUID district = id("select id from org_unit_view where code = 'BT-2'");

        List<Object> rows = given().queryParam("orgUnitId", province.toString()).queryParam("period", "2024-Q2")
                .get("/api/v1/targets/table").then().statusCode(200).extract().jsonPath().getList("rows");
        assertThat(rows).hasSize(3 * 11);
        double provinceCells = given().queryParam("orgUnitId", province.toString()).queryParam("period", "2024-Q2")
                .get("/api/v1/targets/table").then().extract().jsonPath().getDouble("rows[0].unitsCounted");
        assertThat(provinceCells).isEqualTo(9000.0);

        QuarkusTransaction.requiringNew().run(() -> explain(TargetFigures.OWNED_BY_ROOT, province, "2024-Q2", true));
        QuarkusTransaction.requiringNew().run(() -> explain(TargetFigures.OWNED_BY_ROOT, province, "2024-Q3", true));
        QuarkusTransaction.requiringNew().run(() -> explain(TargetFigures.OWNED_ABOVE_ROOT, district, "2024-Q2", true));
        System.out.printf("BENCHMARK load average while measuring: %s%n", java.nio.file.Files.readString(
                java.nio.file.Path.of("/proc/loadavg")).strip());
        UUID target = id("select id from target where code = 'BT-1'");
        time("baseline: reading one target (GET /api/v1/targets/{id})", "api/v1/targets/" + target, 200);
        report("district table (1,001 units), only cells entered figures,", district, "2024-Q2", 200);
        report("province table (10,011 units), only cells entered figures,", province, "2024-Q2", 60);
        report("province table (10,011 units), districts entered their own figures,", province, "2024-Q3", 60);
    }

    private void report(String what, UUID unit, String period, int runs) throws Exception {
        time("target " + what + " for " + period, "api/v1/targets/table?orgUnitId=" + unit + "&period=" + period,
                runs);
    }

    private void time(String what, String path, int runs) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", TestTokens.bearer(TestTokens.boardOfficer())).build();
        for (int i = 0; i < 10; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            millis.add((System.nanoTime() - start) / 1e6);
            assertThat(response.statusCode()).isEqualTo(200);
            bytes = response.body().length;
        }
        Collections.sort(millis);
        System.out.printf("BENCHMARK %s over HTTP (%,d bytes of JSON), %d runs: p50 %.1f ms, "
                + "p95 %.1f ms, max %.1f ms%n", what, bytes, runs, millis.get(runs / 2),
                millis.get((int) Math.ceil(runs * 0.95) - 1), millis.get(runs - 1));
    }

    @SuppressWarnings("unchecked")
    private void explain(String query, UUID root, String period, boolean timeOnly) {
        String targets = (String) em.createNativeQuery("select cast(array_agg(id) as text) from target "
                + "where code like 'BT-%'").getSingleResult();
        List<String> plan = em.createNativeQuery("explain (analyze, buffers off) " + query)
                .setParameter(1, targets).setParameter(2, root).setParameter(3, period).setParameter(4, 50)
                .getResultList();
        plan.stream().filter(line -> !timeOnly || line.contains("Execution Time"))
                .forEach(line -> System.out.println("BENCHMARK   " + period + " " + line));
    }

    private UUID id(String sql) {
        return (UUID) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getSingleResult());
    }

    private void generate() {
        em.createNativeQuery("create temp table bt (n int primary key, id uuid not null, parent_n int, kind text)")
                .executeUpdate();
        em.createNativeQuery("insert into bt select g, gen_random_uuid(), case when g = 1 then null "
                + "when g <= 11 then 1 when g <= 1011 then 2 + (g - 12) / 100 else 12 + (g - 1012) / 9 end, "
                + "case when g = 1 then 'PROVINCIAL_PARTY_COMMITTEE' when g <= 11 then 'DISTRICT_PARTY_COMMITTEE' "
                + "when g <= 1011 then 'GRASSROOTS_PARTY_COMMITTEE' else 'PARTY_CELL' end "
                + "from generate_series(1, 10011) g").executeUpdate();
        em.createNativeQuery("insert into org_unit_view (id, code, name, kind, parent_id, valid_from, status, "
                + "last_event_id, last_event_at) select b.id, 'BT-' || b.n, 'Đơn vị ' || b.n, b.kind, p.id, "
                + "date '2020-01-01', 'ACTIVE', 'bench', now() from bt b left join bt p on p.n = b.parent_n")
                .executeUpdate();
        em.createNativeQuery("insert into source_document (id, number_symbol, kind, title, search_key, issuer_unit_id, "
                + "issuer_name, issued_on, term, status, version, created_at, updated_at) select gen_random_uuid(), "
                + "'01-NQ/ĐH-BT', 'RESOLUTION', 'Nghị quyết', 'nghi quyet', id, 'Đơn vị 1', date '2020-10-15', "
                + "'2020-2025', 'IN_FORCE', 0, now(), now() from bt where n = 1").executeUpdate();
        em.createNativeQuery("insert into target (id, document_id, code, name, unit_of_measure, direction, "
                + "aggregation, term, term_first_year, term_last_year, term_target, owner_unit_id, created_at, "
                + "updated_at) select gen_random_uuid(), d.id, 'BT-' || g, 'Chỉ tiêu ' || g, 'đảng viên', "
                + "'HIGHER_IS_BETTER', case g when 3 then 'RATIO' when 2 then 'AVERAGE' else 'SUM' end, '2020-2025', "
                + "2020, 2025, 1000, d.issuer_unit_id, now(), now() from source_document d, generate_series(1, 3) g "
                + "where d.number_symbol = '01-NQ/ĐH-BT'").executeUpdate();
        em.createNativeQuery("insert into target_measurement (id, target_id, unit_id, period, period_start, "
                + "period_end, value, numerator, denominator, recorded_by, recorded_at, revision, created_at, "
                + "updated_at) select gen_random_uuid(), t.id, b.id, y || '-Q' || q, make_date(y, 3 * q - 2, 1), "
                + "(make_date(y, 3 * q - 2, 1) + interval '3 months' - interval '1 day')::date, "
                + "case when t.aggregation = 'RATIO' then 50 else (b.n % 7) + 1 end, "
                + "case when t.aggregation = 'RATIO' then 5 end, case when t.aggregation = 'RATIO' then 10 end, "
                + "'bench', now(), 1, now(), now() "
                + "from target t join source_document d on d.id = t.document_id and d.number_symbol = '01-NQ/ĐH-BT' "
                + "cross join bt b cross join generate_series(2021, 2025) y cross join generate_series(1, 4) q "
                + "where b.kind = 'PARTY_CELL'").executeUpdate();
        // In 2024-Q3 the districts also entered their own figures, which win over their cells' (the demo's shape).
        em.createNativeQuery("insert into target_measurement (id, target_id, unit_id, period, period_start, "
                + "period_end, value, numerator, denominator, recorded_by, recorded_at, revision, created_at, "
                + "updated_at) select gen_random_uuid(), t.id, b.id, '2024-Q3', date '2024-07-01', date '2024-09-30', "
                + "case when t.aggregation = 'RATIO' then 60 else 500 end, case when t.aggregation = 'RATIO' then 6 end, "
                + "case when t.aggregation = 'RATIO' then 10 end, 'bench', now(), 1, now(), now() "
                + "from target t join source_document d on d.id = t.document_id and d.number_symbol = '01-NQ/ĐH-BT' "
                + "cross join bt b where b.kind = 'DISTRICT_PARTY_COMMITTEE'").executeUpdate();
    }
}
