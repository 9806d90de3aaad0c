package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.Bench;

/**
 * The bytes a mobile app downloads for the whole tree (GET /api/v1/org-units/tree through the gateway) over a
 * generated province of 10,011 units (1 province, 10 districts, 1,000 communes, 9,000 cells; the districts ended on
 * 1 July 2025, as SubtreeReadBenchmark builds it): uncompressed, with gzip, with br, and asked again with its ETag.
 * java.net.http does not decompress, so the body's length is what crossed the wire (headers left out). Run alone
 * with {@code mvn -B -pl deploy -am verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=TreeBytesBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dtochuc.bench.port-offset=N} moves its ports (31000).
 */
@Tag("benchmark")
class TreeBytesBenchmark {

    private static final int PORT_OFFSET = Integer.getInteger("tochuc.bench.port-offset", 31_000);

    private static SuiteConfig config;
    private static Suite suite;

    @BeforeAll
    static void startTheSuite() {
        config = E2e.config(PORT_OFFSET, "tochuc_tree" + PORT_OFFSET / 1000 + "_", "tree-bench-run");
        suite = E2e.startFromNothing(config, "[tree-bench]");
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.stop();
        }
    }

    @Test
    void printTheBytesOfTheWholeTreeOnTheWireUncompressedGzipBrotliAndNotModified() throws Exception {
        generateProvince();
        String url = config.gateway().orElseThrow().baseUrl(config.host()) + "/api/v1/org-units/tree";
        String token = new DevKeys(config.runDir()).token("bench-board-officer", List.of("board-officer"), List.of(),
                Duration.ofHours(2));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        HttpResponse<byte[]> plain = get(http, url, token, null, null);
        HttpResponse<byte[]> gzip = get(http, url, token, "gzip", null);
        HttpResponse<byte[]> br = get(http, url, token, "br", null);
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get(http, url, token, "gzip, br", etag);

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(br.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(again.statusCode()).isEqualTo(304);
        long units = E2e.JSON.readTree(plain.body()).size();
        System.out.printf(Locale.ROOT, "BENCHMARK whole tree (%,d units) through the gateway, body bytes on the wire: "
                        + "%,d uncompressed, %,d gzip (%.1f%%), %,d br (%.1f%%), %,d when asked again with its ETag "
                        + "(%d); load average %s%n", units, plain.body().length, gzip.body().length,
                100.0 * gzip.body().length / plain.body().length, br.body().length,
                100.0 * br.body().length / plain.body().length, again.body().length, again.statusCode(),
                Bench.loadAverage());
        Bench.row("mobile", "whole tree (" + units + " units) through the gateway, bytes, gzip",
                String.format(Locale.ROOT, "%,d", gzip.body().length), String.format(Locale.ROOT, "%,d uncompressed",
                        plain.body().length),
                String.format(Locale.ROOT, "%.3f", (double) gzip.body().length / plain.body().length), "-", "-");
        Bench.row("mobile", "the same, br", String.format(Locale.ROOT, "%,d", br.body().length),
                String.format(Locale.ROOT, "%,d uncompressed", plain.body().length),
                String.format(Locale.ROOT, "%.3f", (double) br.body().length / plain.body().length), "-", "-");
        Bench.row("mobile", "the same asked again with its ETag (304)", String.format(Locale.ROOT, "%,d",
                again.body().length), "-", "-", "-", "-");
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url, String token, String encoding,
            String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token);
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The generated province, written straight into org-service's tables (as SubtreeReadBenchmark does). */
    private static void generateProvince() throws Exception {
        String database = config.service("org-service").database();
        try (Connection c = suite.databases().connect(database); Statement sql = c.createStatement()) {
            sql.execute("create temporary table bench (n int primary key, id uuid not null, parent int, kind text)");
            sql.execute("insert into bench select g, gen_random_uuid(), case when g = 1 then null "
                    + "when g <= 11 then 1 when g <= 1011 then 2 + (g - 12) / 100 else 12 + (g - 1012) / 9 end, "
                    + "case when g = 1 then 'PROVINCIAL_PARTY_COMMITTEE' when g <= 11 then 'DISTRICT_PARTY_COMMITTEE' "
                    + "when g <= 1011 then 'GRASSROOTS_PARTY_COMMITTEE' else 'PARTY_CELL' end "
                    + "from generate_series(1, 10011) g");
            sql.execute("insert into org_unit (id, code, status, established_on, version, created_at, updated_at) "
                    + "select id, 'BENCH-' || n, 'ACTIVE', date '2020-01-01', 0, now(), now() from bench");
            sql.execute("insert into org_unit_version (id, unit_id, valid_from, valid_to, name, kind, parent_id, "
                    + "name_search_key, change, created_at) select gen_random_uuid(), b.id, date '2020-01-01', "
                    + "case when b.kind in ('DISTRICT_PARTY_COMMITTEE', 'GRASSROOTS_PARTY_COMMITTEE') "
                    + "then date '2025-07-01' end, 'Đơn vị ' || b.n, b.kind, p.id, 'don vi ' || b.n, 'ESTABLISHED', "
                    + "now() from bench b left join bench p on p.n = b.parent");
            sql.execute("insert into org_unit_version (id, unit_id, valid_from, name, kind, parent_id, "
                    + "name_search_key, change, created_at) select gen_random_uuid(), b.id, date '2025-07-01', "
                    + "'Đơn vị ' || b.n, b.kind, (select id from bench where n = 1), 'don vi ' || b.n, 'MOVED', now() "
                    + "from bench b where b.kind = 'GRASSROOTS_PARTY_COMMITTEE'");
            sql.execute("update org_unit set status = 'CEASED', ceased_on = date '2025-07-01' where id in "
                    + "(select id from bench where kind = 'DISTRICT_PARTY_COMMITTEE')");
            sql.execute("analyze org_unit");
            sql.execute("analyze org_unit_version");
        }
    }
}
