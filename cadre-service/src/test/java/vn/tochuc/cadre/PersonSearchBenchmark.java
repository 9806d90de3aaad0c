package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import javax.sql.DataSource;
import vn.tochuc.cadre.domain.VietnameseSortKey;
import vn.tochuc.platform.testing.Bench;
import vn.tochuc.platform.testing.TestTokens;
import vn.tochuc.platform.text.VietnameseText;

/**
 * Prints the latency of name searches over 200,000 party members and the throughput of a 20,000-row import. Figures,
 * not assertions; not part of the normal run: {@code mvn -B -pl cadre-service verify -Dgroups=benchmark
 * -DexcludedGroups=none}.
 */
@QuarkusTest
@Tag("benchmark")
class PersonSearchBenchmark {

    /** Surnames roughly as common as in Vietnam (Nguyễn about 38%), middle and given names of both sexes. */
    private static final List<String> SURNAMES = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm",
            "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc",
            "Quang", "Xuân", "Thu", "Hồng", "Mạnh", "Thị Thu", "Văn Quốc");
    private static final List<String> GIVEN = List.of("Hùng", "Hoa", "Lan", "Minh", "Tuấn", "Hương", "Hải", "Dũng",
            "Hà", "Linh", "Nam", "Trang", "Thảo", "Long", "Anh", "Phương", "Sơn", "Hiếu", "Thuỷ", "Cường", "Huyền",
            "Quân", "Ngọc", "Yến", "Tùng", "Nhung", "Đông", "Khoa", "Vinh", "Thắng", "Hạnh", "Bình", "Giang",
            "Phúc", "Trung", "Nga", "Duy", "Loan", "Thành", "Việt");
    /** 200,000 by default; {@code -Dtochuc.bench.people=2000000} for the ten-times figure. */
    private static final int PEOPLE = Integer.getInteger("tochuc.bench.people", 200_000);

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL url;

    @Test
    void printNameSearchLatencyOverTwoHundredThousandMembersAndImportThroughput() throws Exception {
        long start = System.nanoTime();
        UUID cell = OrgUnits.unit(null, "Chi bộ benchmark");
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> generate(cell));
        vacuum();
        System.out.printf("BENCHMARK generated %,d persons with party memberships in %.1f s (load average %s)%n",
                PEOPLE, (System.nanoTime() - start) / 1e9, Bench.loadAverage());

        for (String q : List.of("nguyen van", "tran thi hoa", "hoang minh", "le", "khuc thua du", "đặng thu thuỷ")) {
            int found = given().queryParam("q", q).when().get(Persons.PATH).then().statusCode(200).extract()
                    .jsonPath().getList("items").size();
            report("search q=\"" + q + "\" (first page: " + found + ")", q, 200);
        }
        restrictedReadCost("nguyen van", 200, cell);
        System.out.println("BENCHMARK plan of q=\"nguyen van\" and of q=\"khuc thua du\":");
        QuarkusTransaction.requiringNew().run(() -> explain("nguyen van").forEach(l -> System.out.println("BENCHMARK   " + l)));
        QuarkusTransaction.requiringNew().run(() -> explain("khuc thua du").forEach(l -> System.out.println("BENCHMARK   " + l)));
        importThroughput(20_000);
    }

    /**
     * The search over HTTP (JDK client, body read as bytes) and, interleaved with it so both see the same load, the
     * execution time PostgreSQL reports for the same query ({@code EXPLAIN ANALYZE} of the statement the service
     * sends: the person columns, filtered on the folded name, in name order, one page and one row).
     */
    private void report(String what, String q, int runs) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + Persons.PATH.substring(1) + "?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Authorization", TestTokens.bearer(TestTokens.boardOfficer())).build();
        List<Double> http95 = new ArrayList<>();
        List<Double> database = new ArrayList<>();
        for (int i = 0; i < 20 + runs; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double millis = Bench.since(t);
            assertThat(response.statusCode()).isEqualTo(200);
            double executed = QuarkusTransaction.requiringNew().call(() -> Bench.executionTime(explain(q)));
            if (i >= 20) {
                http95.add(millis);
                database.add(executed);
            }
        }
        Bench.Timings service = Bench.Timings.of(http95);
        Bench.Timings query = Bench.Timings.of(database);
        System.out.printf("BENCHMARK %s over HTTP: %s, p99 %.1f ms; the query in PostgreSQL: %s%n", what,
                service.summary(), service.p(0.99), query.summary());
        Bench.latencyRow("name search, " + String.format("%,d", PEOPLE) + " members", "q=\"" + q + "\" p95",
                service.p95(), "EXPLAIN ANALYZE p95", query.p95(), 1.5, 20);
    }

    /**
     * The same search as a Board officer (who sees the sensitive fields, so each page writes its restricted-read rows
     * and commits them) and as a viewer of the benchmark cell (who does not: a read-only transaction), alternated.
     */
    private void restrictedReadCost(String q, int runs, UUID cell) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(url + Persons.PATH.substring(1) + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpRequest officer = HttpRequest.newBuilder(uri)
                .header("Authorization", TestTokens.bearer(TestTokens.boardOfficer())).build();
        HttpRequest viewer = HttpRequest.newBuilder(uri)
                .header("Authorization", TestTokens.bearer(TestTokens.token("viewer@test", List.of(cell), "viewer"))).build();
        List<Double> asOfficer = new ArrayList<>();
        List<Double> asViewer = new ArrayList<>();
        for (int i = 0; i < 20 + runs; i++) {
            for (HttpRequest request : List.of(officer, viewer)) {
                long t = System.nanoTime();
                assertThat(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(200);
                if (i >= 20) {
                    (request == officer ? asOfficer : asViewer).add(Bench.since(t));
                }
            }
        }
        Bench.Timings withWrites = Bench.Timings.of(asOfficer);
        Bench.Timings readOnly = Bench.Timings.of(asViewer);
        System.out.printf("BENCHMARK q=\"%s\" as a Board officer (restricted reads recorded): %s; as a viewer: %s%n", q,
                withWrites.summary(), readOnly.summary());
        Bench.latencyRow("name search, " + String.format("%,d", PEOPLE) + " members",
                "q=\"" + q + "\" p95 as a Board officer (a page of restricted reads recorded)", withWrites.p95(),
                "as a viewer: nothing recorded", readOnly.p95(), 0, 0);
    }

    private void importThroughput(int rows) throws Exception {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            boolean male = i % 2 == 0;
            int year = 1960 + i % 45;
            // Registered in Hà Giang (002), unlike the generated members (001): new people, all created.
            lines.add(List.of("002" + ((year / 100 - 19) * 2 + (male ? 0 : 1)) + String.format("%02d", year % 100)
                    + String.format("%06d", i),
                    SURNAMES.get(i % SURNAMES.size()), MIDDLE.get(i / 7 % MIDDLE.size()),
                    GIVEN.get(i / 3 % GIVEN.size()), male ? "MALE" : "FEMALE", year + "-0" + (1 + i % 9) + "-1"
                    + (i % 9), "01", "00"));
        }
        byte[] file = Imports.csv(List.of("nationalId", "surname", "middleName", "givenName", "sex", "dateOfBirth",
                "ethnicityCode", "religionCode"), lines);
        double copied = copyRowsPerSecond(lines);
        long t = System.nanoTime();
        String id = Imports.post(Imports.CSV, file).statusCode(202).extract().path("id");
        Map<String, Object> job = org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> Imports.job(id),
                        j -> !List.of("QUEUED", "RUNNING").contains(j.get("status")));
        double wall = (System.nanoTime() - t) / 1e9;
        double worked = Duration.between(OffsetDateTime.parse((String) job.get("startedAt")),
                OffsetDateTime.parse((String) job.get("finishedAt"))).toMillis() / 1e3;
        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", rows);
        System.out.printf("BENCHMARK import of a %,d-row CSV (%,d bytes): %.1f s from POST to SUCCEEDED, %.0f rows/s; "
                + "worker %.1f s, %.0f rows/s; COPY of the same rows %.0f rows/s%n", rows, file.length, wall,
                rows / wall, worked, rows / worked, copied);
        Bench.throughputRow("import", String.format("%,d-row CSV, POST to SUCCEEDED", rows), rows / wall,
                "COPY into a copy of person", copied, 0.25);
    }

    /**
     * The anchor of the import: PostgreSQL's own COPY of the same rows, with every column the import writes, into a
     * table with the columns, constraints and indexes of {@code person} (trigram index included).
     */
    private double copyRowsPerSecond(List<List<String>> lines) throws Exception {
        StringBuilder text = new StringBuilder();
        for (List<String> l : lines) {
            String sortKey = VietnameseSortKey.of(l.get(3), l.get(2), l.get(1));
            String key = VietnameseText.searchKey(l.get(1) + " " + l.get(2) + " " + l.get(3));
            text.append(UUID.randomUUID()).append('\t').append(l.get(0)).append('\t').append(l.get(1)).append('\t')
                    .append(l.get(2)).append('\t').append(l.get(3)).append('\t').append(l.get(4)).append('\t')
                    .append(l.get(5), 0, 4).append("\tDAY\t").append(l.get(5)).append('\t').append(l.get(6))
                    .append('\t').append(l.get(7)).append("\t{}\t").append(key).append('\t').append(key)
                    .append('\t').append(sortKey).append("\t0\tnow\tnow\n");
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("drop table if exists bench_person_copy");
            st.execute("create table bench_person_copy (like person including all)");
            long t = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_person_copy (id, national_id, surname, "
                    + "middle_name, given_name, sex, birth_year, birth_precision, birth_date_floor, ethnicity_code, "
                    + "religion_code, cv_sections, search_key, birth_name_key, sort_key, version, created_at, updated_at)"
                    + " from stdin", new StringReader(text.toString()));
            double seconds = (System.nanoTime() - t) / 1e9;
            st.execute("drop table bench_person_copy");
            return lines.size() / seconds;
        }
    }

    /**
     * The plans and execution times of the statements the service sends for a search: the page's ids in name order
     * (over the index that carries the folded name), then those rows by primary key.
     */
    @SuppressWarnings("unchecked")
    private List<String> explain(String q) {
        String folded = "%" + VietnameseText.searchKey(VietnameseText.nfc(q)) + "%";
        String page = "select p.id from person p where p.search_key like ?1 escape '!' order by p.sort_key, p.id limit 51";
        List<String> plan = new ArrayList<>(em.createNativeQuery("explain (analyze, buffers off) " + page)
                .setParameter(1, folded).getResultList());
        List<UUID> ids = em.createNativeQuery(page, UUID.class).setParameter(1, folded).getResultList();
        plan.addAll(em.createNativeQuery("explain (analyze, buffers off) select p.* from person p where p.id = any(?1)")
                .setParameter(1, ids.toArray(UUID[]::new)).getResultList());
        return plan;
    }

    /** Names with their Java-computed keys into a small table, then 200,000 persons and memberships by SQL. */
    private void generate(UUID cell) {
        em.createNativeQuery("create temp table bench_name (n int primary key, surname text, middle text, given "
                + "text, search_key text, sort_key text collate \"C\")").executeUpdate();
        int n = 0;
        StringBuilder values = new StringBuilder();
        for (String s : SURNAMES) {
            for (String m : MIDDLE) {
                for (String g : GIVEN) {
                    values.append(n == 0 ? "" : ",").append("(").append(n++).append(",'").append(s).append("','")
                            .append(m).append("','").append(g).append("','")
                            .append(VietnameseText.searchKey(s + " " + m + " " + g)).append("','")
                            .append(VietnameseSortKey.of(g, m, s)).append("')");
                }
            }
        }
        em.createNativeQuery("insert into bench_name values " + values).executeUpdate();
        // Nguyễn four times in the list: one person in five, near its share of the population.
        em.createNativeQuery("insert into person (id, national_id, surname, middle_name, given_name, sex, birth_year, "
                + "birth_precision, birth_date_floor, ethnicity_code, religion_code, cv_sections, search_key, "
                + "birth_name_key, sort_key, version, created_at, updated_at) "
                + "select gen_random_uuid(), '001' || (g % 2) || lpad((50 + g % 40)::text, 2, '0') "
                + "|| lpad(g::text, 6, '0'), b.surname, b.middle, b.given, case when g % 2 = 0 then 'MALE' else "
                + "'FEMALE' end, 1950 + g % 40, 'YEAR', make_date(1950 + g % 40, 1, 1), '01', '00', '{}', "
                + "b.search_key, b.search_key, b.sort_key, 0, now(), now() from generate_series(1, " + (PEOPLE - 1)
                + ") g join bench_name b on b.n = (g * 7919) % " + n).executeUpdate();
        em.createNativeQuery("insert into person (id, national_id, surname, middle_name, given_name, sex, birth_year, "
                + "birth_precision, birth_date_floor, cv_sections, search_key, birth_name_key, sort_key, version, "
                + "created_at, updated_at) values (gen_random_uuid(), '001045000000', 'Khúc', 'Thừa', 'Dụ', 'MALE', "
                + "1945, 'YEAR', date '1945-01-01', '{}', 'khuc thua du', 'khuc thua du', '" + VietnameseSortKey.of(
                "Dụ", "Thừa", "Khúc") + "', 0, now(), now())").executeUpdate();
        em.createNativeQuery("insert into party_membership (id, person_id, admitted_on, admission_cell_id, sponsors, "
                + "full_membership_due_on, full_membership_on, stage, activity, cell_id, version, created_at, "
                + "updated_at) select gen_random_uuid(), p.id, date '2010-05-19', ?1, '[]', date '2011-05-19', "
                + "date '2011-05-19', 'FULL', 'ACTIVE', ?1, 0, now(), now() from person p where p.national_id like "
                + "'001%'").setParameter(1, cell).executeUpdate();
    }

    /**
     * What autovacuum does within a minute of a bulk load in production: statistics, and the visibility map an
     * index-only scan needs to skip the table. Outside a transaction, as VACUUM wants.
     */
    private void vacuum() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("vacuum analyze person");
            st.execute("vacuum analyze party_membership");
        }
    }
}
