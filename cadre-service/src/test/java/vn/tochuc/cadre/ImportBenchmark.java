package vn.tochuc.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import vn.tochuc.cadre.domain.VietnameseSortKey;
import vn.tochuc.platform.testing.Bench;
import vn.tochuc.platform.text.VietnameseText;

/**
 * Prints the throughput of two 20,000-row imports of new persons into a table of {@link BenchMembers#PEOPLE} members,
 * each beside PostgreSQL's own {@code COPY} of the same rows into a copy of {@code person} taken just before it:
 * persons alone (the figure), then persons with their admissions (membership, history row and event each).
 * Figures, not assertions; runs alone with {@code mvn -B -pl cadre-service -am verify -Dgroups=benchmark
 * -DexcludedGroups=none -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@Tag("benchmark")
class ImportBenchmark {

    private static final int ROWS = Integer.getInteger("tochuc.bench.import-rows", 20_000);
    private static final List<String> PERSON_COLUMNS = List.of("nationalId", "surname", "middleName", "givenName",
            "sex", "dateOfBirth", "ethnicityCode", "religionCode");

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Test
    void printImportThroughputBesideCopyOfTheSameRows() throws Exception {
        UUID cell = BenchMembers.generate(em, dataSource, OrgUnits.unit(null, "Chi bộ benchmark nhập"));
        // Registered in Hà Giang (002) and Cao Bằng (004), unlike the generated members (001): new people, all created.
        importThroughput("002", null, "new persons");
        importThroughput("004", cell, "new persons, each admitted (membership, history, event)");
    }

    private void importThroughput(String province, UUID cell, String what) throws Exception {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            boolean male = i % 2 == 0;
            int year = 1960 + i % 45;
            List<String> line = new ArrayList<>(List.of(province + ((year / 100 - 19) * 2 + (male ? 0 : 1))
                    + String.format("%02d", year % 100) + String.format("%06d", i),
                    BenchMembers.SURNAMES.get(i % BenchMembers.SURNAMES.size()),
                    BenchMembers.MIDDLE.get(i / 7 % BenchMembers.MIDDLE.size()),
                    BenchMembers.GIVEN.get(i / 3 % BenchMembers.GIVEN.size()), male ? "MALE" : "FEMALE",
                    year + "-0" + (1 + i % 9) + "-1" + (i % 9), "01", "00"));
            if (cell != null) {
                // Admitted at twenty, from 1980 to 2024: the rows are judged by several versions of cadre.admission.
                line.addAll(List.of((year + 20) + "-10-0" + (1 + i % 9), cell.toString(), "Lương Đức Minh",
                        "Trần Việt Cường"));
            }
            lines.add(line);
        }
        List<String> header = new ArrayList<>(PERSON_COLUMNS);
        if (cell != null) {
            header.addAll(List.of("partyAdmittedOn", "partyCellId", "sponsor1", "sponsor2"));
        }
        byte[] file = Imports.csv(header, lines);
        String load = Bench.loadAverage();
        double copied = copyRowsPerSecond(lines);
        String database = database();
        long threadCpu = importThreadCpuNanos();
        long backendsCpu = Bench.backendsCpuMillis(database);
        long t = System.nanoTime();
        String id = Imports.post(Imports.CSV, file).statusCode(202).extract().path("id");
        Map<String, Object> job = org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> Imports.job(id),
                        j -> !List.of("QUEUED", "RUNNING").contains(j.get("status")));
        double wall = (System.nanoTime() - t) / 1e9;
        double worked = Duration.between(OffsetDateTime.parse((String) job.get("startedAt")),
                OffsetDateTime.parse((String) job.get("finishedAt"))).toMillis() / 1e3;
        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", ROWS);
        // CPU, which load barely changes: the worker thread's, and the database's for this service (every backend
        // of its database, the outbox relay and the polling of the job included), beside the COPY backend's.
        double workerCpu = (importThreadCpuNanos() - threadCpu) / 1e6;
        long unsentAtFinish = unsentEvents();
        // The import's events are its work too: until the relay has sent them, the database is still marking them.
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> unsentEvents() == 0);
        double drained = (System.nanoTime() - t) / 1e9;
        long databaseCpu = Bench.backendsCpuMillis(database) - backendsCpu;
        System.out.printf("BENCHMARK CPU of the import of %s: worker thread %.0f ms (%.0f µs a row), database until "
                + "the outbox was drained %d ms (%.0f µs a row); COPY of the same rows: database %d ms (%.0f µs a "
                + "row); CPU ratio %.3f; %,d events unsent at SUCCEEDED, all sent %.1f s after the POST%n", what,
                workerCpu, workerCpu * 1e3 / ROWS, databaseCpu, databaseCpu * 1e3 / ROWS, copyCpuMillis,
                copyCpuMillis * 1e3 / ROWS, copyCpuMillis / (workerCpu + databaseCpu), unsentAtFinish, drained);
        System.out.printf("BENCHMARK import of a %,d-row CSV of %s (%,d bytes): %.1f s from POST to SUCCEEDED, "
                + "%.0f rows/s; worker %.1f s, %.0f rows/s; COPY of the same rows %.0f rows/s; ratio %.3f "
                + "(load average %s before, %s after)%n", ROWS, what, file.length, wall, ROWS / wall, worked,
                ROWS / worked, copied, ROWS / wall / copied, load, Bench.loadAverage());
        Bench.throughputRow("import", String.format("%,d-row CSV of %s, POST to SUCCEEDED", ROWS, what), ROWS / wall,
                "COPY into a copy of person", copied, 0.25);
    }

    private long copyCpuMillis;

    private long unsentEvents() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                var rs = st.executeQuery("select count(*) from outbox_event where sent_at is null and parked_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String database() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                var rs = st.executeQuery("select current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** CPU time of the import worker thread ("cadre-import"; none before the first import). */
    private static long importThreadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("cadre-import"))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum();
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
            long backend;
            try (var rs = st.executeQuery("select pg_backend_pid()")) {
                rs.next();
                backend = rs.getLong(1);
            }
            long cpu = Bench.cpuMillis(backend);
            long t = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_person_copy (id, national_id, surname, "
                    + "middle_name, given_name, sex, birth_year, birth_precision, birth_date_floor, ethnicity_code, "
                    + "religion_code, cv_sections, search_key, birth_name_key, sort_key, version, created_at, updated_at)"
                    + " from stdin", new StringReader(text.toString()));
            double seconds = (System.nanoTime() - t) / 1e9;
            copyCpuMillis = Bench.cpuMillis(backend) - cpu;
            st.execute("drop table bench_person_copy");
            return lines.size() / seconds;
        }
    }
}
