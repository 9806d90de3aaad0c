package vn.tochuc.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database of its own for one test run on the machine's real PostgreSQL: created empty, owned by the services'
 * role, dropped at the end. Databases left by runs that were killed are dropped once they are a few hours old.
 */
public final class PostgresTestDatabase {

    public static final String ROLE = "tochuc";
    public static final String PASSWORD = "tochuc";
    private static final String HOST = env("TOCHUC_PG_HOST", "127.0.0.1");
    private static final String PORT = env("TOCHUC_PG_PORT", "5432");
    private static final String ADMIN_USER = env("TOCHUC_PG_ADMIN_USER", "postgres");
    private static final Duration STALE_AFTER = Duration.ofHours(6);

    private final String name;

    private PostgresTestDatabase(String name) {
        this.name = name;
    }

    /** Creates a fresh database whose name starts with {@code tochuc_test_<purpose>_}. */
    public static PostgresTestDatabase create(String purpose) {
        String prefix = "tochuc_test_" + purpose.replaceAll("[^a-z0-9]", "_") + "_";
        long now = System.currentTimeMillis() / 1000;
        String name = prefix + now + "_" + ThreadLocalRandom.current().nextInt(1000, 10_000);
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            dropStale(sql, prefix, now);
            sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + ROLE + "') then "
                    + "create role " + ROLE + " login password '" + PASSWORD + "'; end if; end $$");
            sql.execute("create database " + name + " owner " + ROLE + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on PostgreSQL at " + HOST + ":" + PORT
                    + " as " + ADMIN_USER + " (" + e.getMessage() + "). Is it running? Start it with "
                    + "'pg_ctlcluster <version> main start'.", e);
        }
        return new PostgresTestDatabase(name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), ROLE, PASSWORD);
    }

    public void drop() {
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop test database " + name, e);
        }
    }

    /**
     * Takes a database away as an outage does: it refuses new connections ("not currently accepting connections")
     * and its open connections are ended ("terminating connection due to administrator command").
     */
    public static void refuseConnections(String database) {
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            sql.execute("alter database " + identifier(database) + " allow_connections false");
            sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                    + "' and pid <> pg_backend_pid()");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take database " + database + " away", e);
        }
    }

    /** Ends what {@link #refuseConnections} began. */
    public static void allowConnections(String database) {
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            sql.execute("alter database " + identifier(database) + " allow_connections true");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot give database " + database + " back", e);
        }
    }

    /** The database a JDBC URL names, e.g. the one a test's application was given. */
    public static String nameIn(String jdbcUrl) {
        String path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String identifier(String database) {
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a test database name: " + database);
        }
        return database;
    }

    private static void dropStale(Statement sql, String prefix, long now) throws SQLException {
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery("select datname from pg_database where datname like '" + prefix + "%'")) {
            while (rs.next()) {
                String[] parts = rs.getString(1).substring(prefix.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+")
                        && now - Long.parseLong(parts[0]) > STALE_AFTER.toSeconds()) {
                    stale.add(rs.getString(1));
                }
            }
        }
        for (String db : stale) {
            sql.execute("drop database if exists " + db + " with (force)");
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", ADMIN_USER,
                System.getenv().getOrDefault("TOCHUC_PG_ADMIN_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }
}
