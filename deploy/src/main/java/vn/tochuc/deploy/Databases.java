package vn.tochuc.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The machine's PostgreSQL server: one role for the services and one database per service,
 * created if missing so that a second run keeps the data of the first.
 */
public final class Databases {

    private final SuiteConfig config;

    public Databases(SuiteConfig config) {
        this.config = config;
    }

    /** Fails with instructions when the server does not answer. */
    public void requireReachable() {
        try (Connection ignored = admin()) {
            // reachable
        } catch (SQLException e) {
            throw new LauncherException("PostgreSQL is not reachable at " + config.pgAdminUrl() + " as user "
                    + config.pgAdminUser() + ": " + e.getMessage() + "\n" + startHint()
                    + "\nOr point the launcher at another server with the environment variables"
                    + " TOCHUC_PG_ADMIN_URL (a JDBC URL) and TOCHUC_PG_ADMIN_USER (a superuser).", e);
        }
    }

    /** Creates the role and the databases that are missing; drops them first if configured to. */
    public void prepare() {
        try (Connection c = admin()) {
            ensureRole(c);
            for (String db : config.databases()) {
                if (config.recreateDatabases()) {
                    execute(c, "drop database if exists " + quote(db) + " with (force)");
                }
                if (!exists(c, "select 1 from pg_database where datname = ?", db)) {
                    execute(c, "create database " + quote(db) + " owner " + quote(config.dbRole())
                            + " encoding 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new LauncherException("Could not create the role '" + config.dbRole() + "' or the databases "
                    + config.databases() + " on " + config.pgAdminUrl() + ": " + e.getMessage()
                    + "\nThe user " + config.pgAdminUser() + " must be a superuser (or have CREATEROLE and"
                    + " CREATEDB).", e);
        }
    }

    /** The JDBC URL of one database on the same server as the admin URL. */
    public String jdbcUrl(String database) {
        return withDatabase(config.pgAdminUrl(), database);
    }

    /** An admin connection to one of the suite's databases, for checks and tests. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), config.pgAdminUser(), adminPassword());
    }

    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        String server = slash < 0 ? base : base.substring(0, slash);
        return server + "/" + database + params;
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(config.pgAdminUrl(), config.pgAdminUser(), adminPassword());
    }

    private static String adminPassword() {
        return System.getenv().getOrDefault("TOCHUC_PG_ADMIN_PASSWORD", "");
    }

    private void ensureRole(Connection c) throws SQLException {
        if (!exists(c, "select 1 from pg_roles where rolname = ?", config.dbRole())) {
            execute(c, "create role " + quote(config.dbRole()) + " login password '"
                    + config.dbPassword().replace("'", "''") + "'");
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, name);
            return st.executeQuery().next();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The Debian way to start the cluster, with the version actually installed. */
    static String startHint() {
        Path etc = Path.of("/etc/postgresql");
        List<String> versions = List.of();
        if (Files.isDirectory(etc)) {
            try (Stream<Path> dirs = Files.list(etc)) {
                versions = dirs.map(p -> p.getFileName().toString())
                        .filter(v -> v.matches("\\d+(\\.\\d+)?"))
                        .sorted(Comparator.comparingDouble(Double::parseDouble))
                        .toList();
            } catch (IOException ignored) {
                // no hint about the version then
            }
        }
        if (versions.isEmpty()) {
            return "PostgreSQL does not seem to be installed here (nothing under /etc/postgresql):"
                    + " install it (apt-get install postgresql) and start it with: pg_ctlcluster <version> main start";
        }
        String version = versions.get(versions.size() - 1);
        return "Start it with: pg_ctlcluster " + version + " main start"
                + "   (without systemd: pg_ctlcluster --skip-systemctl-redirect " + version + " main start)";
    }
}
