package vn.tochuc.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tochuc.platform.event.EventOwnership;

/**
 * One Quarkus service run from its fast-jar. Everything that differs between runs is passed as
 * -D system properties, which override the application.properties baked into the jar.
 */
public final class ServiceProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final ServiceSpec spec;
    private final ManagedProcess process;
    private final ClassDataArchive archive;

    public ServiceProcess(SuiteConfig config, ServiceSpec spec, Databases databases) {
        this.spec = spec;
        List<String> cmd = new ArrayList<>(List.of(JavaCommand.javaBinary()));
        cmd.addAll(JvmBudget.options(spec.name()));
        // A class archive written by the service's first clean stop after a build, mapped on every later start: 0.7x
        // the CPU of a start (decisions.md, "Start, second pass"). Its name holds a digest of every file of the
        // fast-jar, so a rebuilt service writes a new one. -Dtochuc.service.class-archive=false: without, for
        // side-by-side figures.
        Path app = spec.jar(config.root()).getParent();
        List<Path> files = List.of();
        if (Files.isDirectory(app)) {
            try (java.util.stream.Stream<Path> walk = Files.walk(app)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (java.io.IOException e) {
                files = List.of();
            }
        }
        this.archive = ClassDataArchive.ofSuite(config.root(), "service", spec.name(), files);
        cmd.addAll(archive.options());
        cmd.addAll(systemProperties(config, spec, databases));
        cmd.add("-jar");
        cmd.add(spec.jar(config.root()).toString());
        this.process = new ManagedProcess(spec.name(), cmd, environment(config, spec),
                config.logsDir().resolve(spec.name() + ".log"));
    }

    /** Fails before anything starts when a module has not been built. */
    static void requireBuilt(SuiteConfig config) {
        List<String> missing = config.services().stream()
                .map(s -> s.jar(config.root()))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new LauncherException("The services are not built; missing:\n  " + String.join("\n  ", missing)
                    + "\nBuild them from " + config.root() + " with: mvn -B -DskipTests package"
                    + " (./tochuc run builds before it starts).");
        }
    }

    private static List<String> systemProperties(SuiteConfig config, ServiceSpec spec, Databases databases) {
        List<String> props = new ArrayList<>();
        props.add("-Dquarkus.http.host=" + config.host());
        props.add("-Dquarkus.http.port=" + spec.port());
        props.add("-Dkafka.bootstrap.servers=" + config.kafkaBootstrap());
        // Services that verify tokens do so with the local key pair (DevKeys); the others ignore these.
        props.add("-Dmp.jwt.verify.publickey.location=" + new DevKeys(config.runDir()).publicKey());
        props.add("-Dmp.jwt.verify.issuer=" + DevKeys.ISSUER);
        if (spec.hasDatabase()) {
            props.add("-Dquarkus.datasource.jdbc.url=" + databases.jdbcUrl(spec.database()));
            props.add("-Dquarkus.datasource.username=" + config.dbRole());
            props.add("-Dquarkus.datasource.password=" + config.dbPassword());
        }
        if (spec.name().equals(SuiteConfig.GATEWAY)) {
            // Rate-limit buckets of this start only: suites of other checkouts (or an earlier start) on the same
            // Redis must not share counts with it.
            props.add("-Dtochuc.gateway.rate-limit.key-prefix=tochuc:rl:" + java.util.UUID.randomUUID() + ":");
            // One event loop: on one machine the gateway shares the cores with three services, PostgreSQL and the
            // broker, and one loop proxies thousands of calls a second; more loops only wake each other. Side by
            // side on 2 cores (medians of 4 rounds): 0.73x of calling org-service directly with one, 0.71x with two.
            props.add("-Dquarkus.vertx.event-loops-pool-size=1");
            // Limits the launcher was started with (-Dtochuc.gateway.rate-limit.classes.writes.capacity=...) reach
            // the gateway: a bulk loader such as the end-to-end tests' is one caller sending thousands of writes.
            // So does an ingress the launcher was told to trust (-Dtochuc.gateway.trusted-proxies=...): the
            // end-to-end tests play one to check the public address in Location headers.
            System.getProperties().stringPropertyNames().stream().sorted()
                    .filter(name -> name.startsWith("tochuc.gateway.rate-limit.classes.")
                            || name.equals("tochuc.gateway.trusted-proxies"))
                    .forEach(name -> props.add("-D" + name + "=" + System.getProperty(name)));
            for (ServiceSpec upstream : config.services()) {
                if (!upstream.name().equals(SuiteConfig.GATEWAY)) {
                    props.add("-Dtochuc.gateway.routes." + upstream.name() + ".url=" + upstream.baseUrl(config.host()));
                }
            }
        }
        return props;
    }

    /** A service signs in to Kafka as its own user (tochuc.kafka.username defaults to its name). */
    private static Map<String, String> environment(SuiteConfig config, ServiceSpec spec) {
        if (EventOwnership.service(spec.name()).isEmpty()) {
            return JvmBudget.ENVIRONMENT; // the gateway uses no Kafka
        }
        Map<String, String> environment = new java.util.HashMap<>(JvmBudget.ENVIRONMENT);
        environment.put("TOCHUC_KAFKA_PASSWORD", new KafkaUsers(config.kafkaDir()).password(spec.name()));
        return environment;
    }

    public void start() {
        process.start();
    }

    public String stop() {
        return archive.stop(process, STOP_GRACE);
    }

    /** @see ManagedProcess#kill() */
    public String kill() {
        return process.kill();
    }

    public ServiceSpec spec() {
        return spec;
    }

    public ManagedProcess process() {
        return process;
    }
}
