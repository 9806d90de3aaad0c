package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the launcher checks before it starts anything; none of these tests starts a process. */
class LauncherPreflightTest {

    private final SuiteConfig config = E2e.config(20_000, "tochuc_e2e_refused_", "e2e-preflight");
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void startFromNothing() {
        E2e.deleteRecursively(config.runDir());
        for (String db : config.databases()) {
            dropDatabase(db);
        }
    }

    @Test
    void shouldRefuseToStartAndNameThePortWhenOneIsTaken() throws Exception {
        int taken = config.service("cadre-service").port();
        long childrenBefore = ProcessHandle.current().children().count();

        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), taken));

            assertThatThrownBy(() -> new Suite(config, printStream()).start())
                    .isInstanceOf(LauncherException.class)
                    .hasMessageContaining("port " + taken)
                    .hasMessageContaining("ss -ltnp 'sport = :" + taken + "'")
                    .hasMessageContaining("nothing was started");
        }

        assertThat(ProcessHandle.current().children().count()).as("child processes").isEqualTo(childrenBefore);
        assertThat(config.kafkaDir()).doesNotExist();
        for (String db : config.databases()) {
            assertThat(databaseExists(db)).as(db + " created").isFalse();
        }
    }

    @Test
    void shouldExplainHowToStartPostgresWhenItIsNotReachable() {
        SuiteConfig noServer = config.withPgAdmin("jdbc:postgresql://127.0.0.1:1/postgres", "postgres");

        assertThatThrownBy(() -> new Suite(noServer, printStream()).start())
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("PostgreSQL is not reachable at jdbc:postgresql://127.0.0.1:1/postgres")
                .hasMessageContaining("main start")
                .hasMessageContaining("TOCHUC_PG_ADMIN_URL");
        assertThat(config.kafkaDir()).doesNotExist();
    }

    private PrintStream printStream() {
        return new PrintStream(output, true, StandardCharsets.UTF_8);
    }

    private boolean databaseExists(String db) {
        return E2e.count(new Databases(config), "postgres", "select count(*) from pg_database where datname = ?", db) > 0;
    }

    private void dropDatabase(String db) {
        try (var c = new Databases(config).connect("postgres"); var st = c.createStatement()) {
            st.execute("drop database if exists \"" + db + "\" with (force)");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
