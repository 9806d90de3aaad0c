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
