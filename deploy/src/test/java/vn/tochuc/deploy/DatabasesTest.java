package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The suite's databases on the machine's PostgreSQL (127.0.0.1:5432), under names of this test's own. */
class DatabasesTest {

    private final SuiteConfig config = SuiteConfig.defaults(Path.of(".")).withDatabasePrefix("tochuc_dbtest_")
            .withRecreatedDatabases(true);
    private final Databases databases = new Databases(config);

    @AfterEach
    void dropTheTestsDatabases() throws Exception {
        awaitNoneSetAside();
        try (Connection c = databases.connect("postgres"); Statement st = c.createStatement()) {
            for (String db : config.databases()) {
                st.execute("drop database if exists \"" + db + "\" with (force)");
            }
        }
    }

    @Test
    void shouldRecreateADatabaseEmptyAndDropTheOldOneInTheBackground() throws Exception {
        databases.prepare();
        try (Connection c = databases.connect("tochuc_dbtest_org"); Statement st = c.createStatement()) {
            st.execute("create table left_from_before (id int)");
        }

        databases.prepare();

        try (Connection c = databases.connect("tochuc_dbtest_org"); Statement st = c.createStatement();
                ResultSet rows = st.executeQuery("select 1 from pg_tables where tablename = 'left_from_before'")) {
            assertThat(rows.next()).isFalse();
        }
        assertThat(awaitNoneSetAside()).isEmpty();
    }

    @Test
    void shouldRecreateADatabaseAConnectionWasLeftOpenTo() throws Exception {
        databases.prepare();
        try (Connection left = databases.connect("tochuc_dbtest_task")) {
            databases.prepare();

            assertThat(left.isValid(2)).isFalse();
        }
        assertThat(awaitNoneSetAside()).isEmpty();
    }

    @Test
    void shouldDropTheDatabasesALauncherLeftSetAsideAtTheNextStart() throws Exception {
        String leftover = Databases.asideName("tochuc_dbtest_cadre");
        try (Connection c = databases.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("create database \"" + leftover + "\"");
        }

        databases.prepare();

        assertThat(awaitNoneSetAside()).isEmpty();
    }

    /** The databases of this test's names still set aside once the drops are done, or after 60 s. */
    private List<String> awaitNoneSetAside() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        List<String> left;
        do {
            left = new ArrayList<>();
            try (Connection c = databases.connect("postgres"); Statement st = c.createStatement();
                    ResultSet rows = st.executeQuery("select datname from pg_database")) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    if (config.databases().stream().anyMatch(db -> Databases.isAside(name, db))) {
                        left.add(name);
                    }
                }
            }
            if (!left.isEmpty()) {
                Thread.sleep(100);
            }
        } while (!left.isEmpty() && System.nanoTime() < deadline);
        return left;
    }
}
