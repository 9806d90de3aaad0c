package vn.tochuc.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.platform.event.BrokerAccess;

/**
 * Everything that differs between a developer's run and a test run: ports, database names and
 * folders. Tests shift the ports and rename the databases so they never clash with a suite a
 * developer has running on the default ports.
 *
 * @param services in start order; the gateway, if present, is the one named {@value #GATEWAY}
 */
public record SuiteConfig(
        Path root,
        Path runDir,
        String host,
        List<ServiceSpec> services,
        int kafkaPort,
        int kafkaControllerPort,
        List<TopicSpec> topics,
        String pgAdminUrl,
        String pgAdminUser,
        String dbRole,
        String dbPassword,
        boolean recreateDatabases,
        Duration healthDeadline,
        Duration kafkaDeadline) {

    public static final String GATEWAY = "gateway";

    public SuiteConfig {
        services = List.copyOf(services);
        topics = List.copyOf(topics);
    }

    /** The local defaults of docs/ARCHITECTURE: gateway 8080, services 8081-8083, Kafka 9092. */
    public static SuiteConfig defaults(Path root) {
        Map<String, String> env = System.getenv();
        return new SuiteConfig(
                root.toAbsolutePath().normalize(),
                root.toAbsolutePath().normalize().resolve(".run"),
                "127.0.0.1",
                List.of(new ServiceSpec("org-service", 8081, "tochuc_org"),
                        new ServiceSpec("cadre-service", 8082, "tochuc_cadre"),
                        new ServiceSpec("task-service", 8083, "tochuc_task"),
                        new ServiceSpec(GATEWAY, 8080, null)),
                9092,
                9093,
                // the ownership table's topics and the services' dead-letter topics
                BrokerAccess.topics().stream().map(t -> new TopicSpec(t.name(), t.numPartitions())).toList(),
                env.getOrDefault("TOCHUC_PG_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                env.getOrDefault("TOCHUC_PG_ADMIN_USER", "postgres"),
                "tochuc",
                "tochuc",
                false,
                Duration.ofSeconds(180),
                Duration.ofSeconds(60));
    }

    public Path logsDir() {
        return runDir.resolve("logs");
    }

    public Path kafkaDir() {
        return runDir.resolve("kafka");
    }

    public String kafkaBootstrap() {
        return host + ":" + kafkaPort;
    }

    public Optional<ServiceSpec> gateway() {
        return services.stream().filter(s -> s.name().equals(GATEWAY)).findFirst();
    }

    public ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
    }

    public List<String> databases() {
        return services.stream().filter(ServiceSpec::hasDatabase).map(ServiceSpec::database).toList();
    }

    public SuiteConfig withPortsShiftedBy(int offset) {
        return new SuiteConfig(root, runDir, host,
                services.stream().map(s -> new ServiceSpec(s.name(), s.port() + offset, s.database())).toList(),
                kafkaPort + offset, kafkaControllerPort + offset, topics, pgAdminUrl, pgAdminUser, dbRole,
                dbPassword, recreateDatabases, healthDeadline, kafkaDeadline);
    }

    /** Renames {@code tochuc_org} to {@code <prefix>org} and so on. */
    public SuiteConfig withDatabasePrefix(String prefix) {
        return withServices(services.stream()
                .map(s -> s.hasDatabase()
                        ? new ServiceSpec(s.name(), s.port(), prefix + s.database().replaceFirst("^tochuc_", ""))
                        : s)
                .toList());
    }

    public SuiteConfig withServices(List<ServiceSpec> newServices) {
        return new SuiteConfig(root, runDir, host, newServices, kafkaPort, kafkaControllerPort, topics,
                pgAdminUrl, pgAdminUser, dbRole, dbPassword, recreateDatabases, healthDeadline, kafkaDeadline);
    }

    public SuiteConfig withRunDir(Path newRunDir) {
        return new SuiteConfig(root, newRunDir.toAbsolutePath().normalize(), host, services, kafkaPort,
                kafkaControllerPort, topics, pgAdminUrl, pgAdminUser, dbRole, dbPassword, recreateDatabases,
                healthDeadline, kafkaDeadline);
    }

    /** Drops the databases at start so a test run starts from nothing. */
    public SuiteConfig withRecreatedDatabases(boolean recreate) {
        return new SuiteConfig(root, runDir, host, services, kafkaPort, kafkaControllerPort, topics,
                pgAdminUrl, pgAdminUser, dbRole, dbPassword, recreate, healthDeadline, kafkaDeadline);
    }

    public SuiteConfig withPgAdmin(String url, String user) {
        return new SuiteConfig(root, runDir, host, services, kafkaPort, kafkaControllerPort, topics,
                url, user, dbRole, dbPassword, recreateDatabases, healthDeadline, kafkaDeadline);
    }

    public SuiteConfig withHealthDeadline(Duration deadline) {
        return new SuiteConfig(root, runDir, host, services, kafkaPort, kafkaControllerPort, topics,
                pgAdminUrl, pgAdminUser, dbRole, dbPassword, recreateDatabases, deadline, kafkaDeadline);
    }
}
