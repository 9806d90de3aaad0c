package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import javax.sql.DataSource;
import vn.tochuc.cadre.repository.NameShares;
import vn.tochuc.cadre.repository.PersonQueries;
import vn.tochuc.platform.testing.Bench;
import vn.tochuc.platform.testing.TestTokens;
import vn.tochuc.platform.text.VietnameseText;

/**
 * Prints the latency of name searches over 200,000 party members ({@link ImportBenchmark} times the import). Figures,
 * not assertions; not part of the normal run: {@code mvn -B -pl cadre-service verify -Dgroups=benchmark
 * -DexcludedGroups=none}.
 */
@QuarkusTest
@Tag("benchmark")
class PersonSearchBenchmark {

    private static final int PEOPLE = BenchMembers.PEOPLE;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    NameShares shares;

    @Inject
    PersonQueries queries;

    @TestHTTPResource("/")
    URL url;

    @Test
    void printNameSearchLatencyOverTwoHundredThousandMembers() throws Exception {
        UUID cell = BenchMembers.generate(em, dataSource, OrgUnits.unit(null, "Chi bộ benchmark"));

        List<String> names = List.of("nguyen van", "tran thi hoa", "hoang minh", "le", "khuc thua du", "đặng thu thuỷ");
        warmUp(names, 50);
        for (String q : names) {
            int found = given().queryParam("q", q).when().get(Persons.PATH).then().statusCode(200).extract()
                    .jsonPath().getList("items").size();
            report("search q=\"" + q + "\" (first page: " + found + ")", q, 200);
        }
        restrictedReadCost("nguyen van", 200, cell);
        System.out.println("BENCHMARK plan of q=\"nguyen van\", of q=\"tran thi hoa\" and of q=\"khuc thua du\":");
        QuarkusTransaction.requiringNew().run(() -> explain("nguyen van").forEach(l -> System.out.println("BENCHMARK   " + l)));
        QuarkusTransaction.requiringNew().run(() -> explain("tran thi hoa").forEach(l -> System.out.println("BENCHMARK   " + l)));
        QuarkusTransaction.requiringNew().run(() -> explain("khuc thua du").forEach(l -> System.out.println("BENCHMARK   " + l)));
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
        List<Double> formerly = new ArrayList<>();
        List<String> page = QuarkusTransaction.requiringNew().call(() -> formerPageIds(q));
        for (int i = 0; i < 20 + runs; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double millis = Bench.since(t);
            assertThat(response.statusCode()).isEqualTo(200);
            double executed = QuarkusTransaction.requiringNew().call(() -> Bench.executionTime(explain(q)));
            double former = QuarkusTransaction.requiringNew().call(() -> Bench.executionTime(explainFormerPage(q))
                    + Bench.executionTime(explainFormerMemberships(page)));
            if (i >= 20) {
                http95.add(millis);
                database.add(executed);
                formerly.add(former);
            }
        }
        Bench.Timings service = Bench.Timings.of(http95);
        Bench.Timings query = Bench.Timings.of(database);
        Bench.Timings former = Bench.Timings.of(formerly);
        System.out.printf("BENCHMARK %s over HTTP: %s, p99 %.1f ms; the page's statement in PostgreSQL: %s;"
                + " the former two (the page, then its memberships and cells): %s%n", what, service.summary(),
                service.p(0.99), query.summary(), former.summary());
        String section = "name search, " + String.format("%,d", PEOPLE) + " members";
        Bench.latencyRow(section, "q=\"" + q + "\" p95", service.p95(), "EXPLAIN ANALYZE p95", query.p95(), 1.5, 20);
        List<Bench.Exchange> byCurl = Bench.curl(java.util.Collections.nCopies(20 + runs, request.uri().toString()),
                TestTokens.bearer(TestTokens.boardOfficer()));
        if (byCurl != null) {
            assertThat(byCurl).allSatisfy(exchange -> assertThat(exchange.status()).isEqualTo(200));
            Bench.Timings curl = Bench.Timings.of(byCurl.subList(20, byCurl.size()).stream()
                    .map(Bench.Exchange::millis).toList());
            System.out.printf("BENCHMARK %s timed by curl (one process, its connection kept): %s%n", what,
                    curl.summary());
            Bench.latencyRow(section, "q=\"" + q + "\" p95, timed by curl", curl.p95(), "EXPLAIN ANALYZE p95",
                    query.p95(), 1.5, 20);
        }
        Bench.latencyRow(section, "q=\"" + q + "\" the page's one statement, EXPLAIN ANALYZE p95", query.p95(),
                "the former two statements (page, memberships), summed", former.p95(), 0, 0);
    }

    /**
     * Every search of the benchmark, {@code rounds} times in turn, not timed: the figures are the service's steady
     * state. Without it the first name measured also measured the JIT compiling the search path (its p50 twice the
     * same search's timed last, 2 December).
     */
    private void warmUp(List<String> names, int rounds) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String bearer = TestTokens.bearer(TestTokens.boardOfficer());
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (String q : names) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url + Persons.PATH.substring(1) + "?q="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Authorization", bearer).build();
                assertThat(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(200);
            }
        }
        System.out.printf("BENCHMARK warm-up: %d searches in %.1f s, not timed%n", rounds * names.size(),
                Bench.since(start) / 1000);
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

    /**
     * The plan and execution time of the statement the service sends for a search (PersonQueries.statement, as
     * PersonQueries.find sends it): the page's ids by the way the service chose (the name-order walk or the suffix
     * index, NameShares), those rows by primary key with each one's membership and cell.
     */
    @SuppressWarnings("unchecked")
    private List<String> explain(String q) {
        PersonQueries.Statement page = queries.statement(criteria(q), 51);
        return new ArrayList<>(new PersonQueries.Statement("explain (analyze, buffers off) " + page.sql(),
                page.params()).query(em).getResultList());
    }

    /** A first page by name as a Board officer asks for it: no other filter, no unit scope. */
    private static PersonQueries.Criteria criteria(String q) {
        String folded = VietnameseText.searchKey(VietnameseText.nfc(q));
        return new PersonQueries.Criteria(folded, null, null, null, null, null, null, null, null, null, 0, null,
                null);
    }

    /**
     * The statement the service sent for the page before the page came with its memberships (f5f6ad9): the whole
     * person rows, for Person entities. The former second statement is {@link #explainFormerMemberships}.
     */
    private static final String FORMER_PAGE = "select p.* from person p where p.id in ("
            + "(select q.id from person q where q.search_key like :pattern escape '!' and person_name_walks(:walk)"
            + " order by q.sort_key, q.id limit 51) union all "
            + "(select q.id from person q where q.search_key like :pattern escape '!'"
            + " and person_name_suffixes(q.search_key) @@ person_name_query(:folded)"
            + " and not person_name_walks(:walk) order by q.sort_key || '', q.id limit 51)"
            + ") order by p.sort_key, p.id";

    @SuppressWarnings("unchecked")
    private List<String> explainFormerPage(String q) {
        return new ArrayList<>(formerPage("explain (analyze, buffers off) " + FORMER_PAGE, q).getResultList());
    }

    @SuppressWarnings("unchecked")
    private List<String> formerPageIds(String q) {
        return ((List<Object>) formerPage("select cast(f.id as text) from (" + FORMER_PAGE + ") f", q)
                .getResultList()).stream().map(Object::toString).toList();
    }

    private jakarta.persistence.Query formerPage(String sql, String q) {
        String folded = VietnameseText.searchKey(VietnameseText.nfc(q));
        return em.createNativeQuery(sql).setParameter("pattern", "%" + folded + "%").setParameter("folded", folded)
                .setParameter("walk", shares.walkFirst(em, folded));
    }

    /**
     * The former second statement: the page's memberships with their cells (MembershipLists.currentOf, in SQL as
     * Hibernate wrote it: one parameter per id).
     */
    @SuppressWarnings("unchecked")
    private List<String> explainFormerMemberships(List<String> page) {
        return new ArrayList<>(em.createNativeQuery("explain (analyze, buffers off) select m.*, c.*"
                + " from party_membership m left join org_unit_view c on c.id = m.cell_id"
                + " where m.person_id in (:ids) order by m.admitted_on desc, m.id")
                .setParameter("ids", page.stream().map(UUID::fromString).toList()).getResultList());
    }

}
