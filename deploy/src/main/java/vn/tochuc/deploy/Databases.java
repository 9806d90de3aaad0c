package vn.tochuc.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The machine's PostgreSQL server: one role for the services and one database per service,
 * created if missing so that a second run keeps the data of the first.
 */
public final class Databases {

    /** In the name of a database set aside to be dropped. */
    private static final String ASIDE = "__old_";

    /**
     * One thread for the drops of every suite of this JVM (the tests start several in a row), not a daemon, so a
     * launcher that ends goes on until its drops are done; it ends a second after the last one.
     */
    private static final ExecutorService DROPPER = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> new Thread(r, "tochuc-database-drop"));

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

    /**
     * Creates the role and the databases that are missing; when configured to recreate them, the old ones are first
     * renamed out of the way and dropped in the background (see {@link #setAside}), or dropped here when
     * {@code dropInBackground} is false (the order before "Start, third pass", for side-by-side figures).
     */
    public void prepare(boolean dropInBackground) {
        List<String> setAside = new ArrayList<>();
        try (Connection c = admin()) {
            ensureRole(c);
            for (String db : config.databases()) {
                if (config.recreateDatabases()) {
                    if (dropInBackground) {
                        setAside(c, db).ifPresent(setAside::add);
                    } else {
                        execute(c, "drop database if exists " + quote(db) + " with (force)");
                    }
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
        if (config.recreateDatabases() && dropInBackground) {
            dropLater(setAside);
        }
    }

    /** {@link #prepare(boolean)} with the old databases dropped in the background. */
    public void prepare() {
        prepare(true);
    }

    /**
     * A database to recreate is renamed (instant) rather than dropped (0.6-0.7 s each on an idle server, more with
     * data and under load): the new one can be created at once under its name. Connections left to it (a test's, a
     * killed run's) are ended first, as {@code with (force)} did.
     *
     * @return its new name, or nothing when it did not exist
     */
    private static Optional<String> setAside(Connection c, String db) throws SQLException {
        if (!exists(c, "select 1 from pg_database where datname = ?", db)) {
            return Optional.empty();
        }
        String aside = asideName(db);
        SQLException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try (PreparedStatement st = c.prepareStatement(
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = ?")) {
                st.setString(1, db);
                st.executeQuery().close();
            }
            try {
                execute(c, "alter database " + quote(db) + " rename to " + quote(aside));
                return Optional.of(aside);
            } catch (SQLException e) {
                last = e; // a connection that came back in between (55006, object in use): end it again
            }
        }
        throw last;
    }

    /**
     * The database's name (cut to stay within PostgreSQL's 63 bytes), {@value #ASIDE} and 8 characters of the clock:
     * the leftovers of a launcher that exited before its drops were done are found again by it.
     */
    static String asideName(String db) {
        return asidePrefix(db) + String.format("%8s", Long.toString(System.nanoTime() & 0xffffffffffL, 36))
                .replace(' ', '0');
    }

    static boolean isAside(String name, String db) {
        return name.startsWith(asidePrefix(db)) && name.length() == asidePrefix(db).length() + 8;
    }

    private static String asidePrefix(String db) {
        return db.substring(0, Math.min(db.length(), 63 - ASIDE.length() - 8)) + ASIDE;
    }

    /**
     * Drops the databases set aside, and any of this suite's left set aside by a launcher that exited before its
     * drops were done, one after the other on a thread of their own while the suite starts. A drop that fails is
     * only reported; the next start tries again.
     */
    private void dropLater(List<String> setAside) {
        DROPPER.execute(() -> {
            try (Connection c = admin()) {
                List<String> names = new ArrayList<>(setAside);
                try (Statement st = c.createStatement();
                        var rows = st.executeQuery("select datname from pg_database")) {
                    while (rows.next()) {
                        String name = rows.getString(1);
                        if (!names.contains(name) && config.databases().stream().anyMatch(db -> isAside(name, db))) {
                            names.add(name);
                        }
                    }
                }
                for (String name : names) {
                    execute(c, "drop database if exists " + quote(name) + " with (force)");
                }
            } catch (SQLException e) {
                System.err.println("Could not drop the databases set aside for " + config.databases() + " ("
                        + e.getMessage() + "); the next start tries again.");
            }
        });
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
