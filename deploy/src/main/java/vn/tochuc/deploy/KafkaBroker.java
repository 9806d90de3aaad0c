package vn.tochuc.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import vn.tochuc.platform.event.BrokerAccess;

/**
 * A real Apache Kafka broker in KRaft combined mode, run as its own JVM from this module's
 * runtime jars (deploy/target/lib), on loopback only. Its data and cluster id stay under the run
 * folder, so a second run, or a restart after {@link #stop()}, finds the same topics and offsets.
 */
public final class KafkaBroker {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final SuiteConfig config;
    private final Path dir;
    private final ManagedProcess process;
    private final KafkaStorage storage;
    private final KafkaUsers users;
    private final ClassDataArchive archive;

    /**
     * The broker of a developer's suite and of the tests carries a few events a second: the C1 compiler alone serves
     * it (C2's compilations were 3-3.5 of its 10-12 CPU seconds until the suite was healthy, and the suite's start
     * is CPU-bound on 2 cores); see docs/decisions.md, "Start, second pass". A cluster runs its own Kafka.
     */
    private static final List<String> BROKER_JVM = List.of("-XX:TieredStopAtLevel=1", "-Xss512k",
            "-XX:ReservedCodeCacheSize=32m");

    public KafkaBroker(SuiteConfig config) {
        this.config = config;
        this.dir = config.kafkaDir();
        List<Path> jars = jars();
        String classpath = jars.isEmpty() ? libDir() + "/*"
                : String.join(java.io.File.pathSeparator, jars.stream().map(Path::toString).toList());
        this.archive = ClassDataArchive.ofSuite(config.root(), "kafka", "kafka", jars);
        List<String> cmd = JavaCommand.base("256m");
        cmd.addAll(BROKER_JVM);
        cmd.addAll(archive.options());
        cmd.addAll(JvmBudget.benchOptions("tochuc.bench.kafka-jvm-options"));
        cmd.addAll(List.of("-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss,SSS",
                "-cp", classpath, "kafka.Kafka", dir.resolve("server.properties").toString()));
        this.process = new ManagedProcess("kafka", cmd, config.logsDir().resolve("kafka.log"));
        this.users = new KafkaUsers(dir);
        this.storage = new KafkaStorage(config, classpath, archive.readOnlyOptions(), process.logFile(), users);
    }

    /** Formats the storage on first use, starts the broker and waits until it answers. */
    public void start() {
        launch();
        awaitReady();
    }

    /**
     * Starts the process without waiting, so a caller can hold a lock for the quick part only; formats the storage
     * first unless {@link #prepareStorage()} did.
     */
    void launch() {
        requireUsable();
        storage.prepare();
        process.start();
    }

    /**
     * Writes the broker's settings and formats its storage on a first run (a JVM of its own, 1-3 s), so that the
     * suite can do it while the databases are prepared; {@link #launch()} then finds it done.
     */
    void prepareStorage() {
        requireUsable();
        storage.prepare();
    }

    /** Fails when the broker could not start: its jars missing, or its data made before sign-in was required. */
    void requireUsable() {
        requireJars();
        storage.requireUsable();
    }

    /** @return what happened, or {@code null} if it was not running */
    public String stop() {
        return archive.stop(process, STOP_GRACE);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public ManagedProcess process() {
        return process;
    }

    /**
     * Creates the topics of the ownership table that do not exist yet, with their retention (existing ones get it
     * too: a broker made before kept the default seven days), and the users' ACLs (creating an ACL that exists
     * changes nothing).
     */
    public void prepareTopicsAndAcls() {
        try (Admin admin = admin()) {
            var results = admin.createTopics(BrokerAccess.topics()).values();
            for (var entry : results.entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new LauncherException("Could not create the Kafka topic " + entry.getKey() + ": "
                                + e.getCause().getMessage() + "\nSee " + process.logFile(), e);
                    }
                }
            }
            Map<ConfigResource, Collection<AlterConfigOp>> retention = new HashMap<>();
            for (NewTopic topic : BrokerAccess.topics()) {
                retention.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), topic.configs().entrySet()
                        .stream().map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()),
                                AlterConfigOp.OpType.SET)).toList());
            }
            admin.incrementalAlterConfigs(retention).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(BrokerAccess.acls()).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new LauncherException("Kafka refused the topics' settings or the ACLs: " + e.getCause().getMessage()
                    + "\nSee " + process.logFile(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new LauncherException("Kafka did not create the topics and ACLs within 30 s; see " + process.logFile(), e);
        }
    }

    /** The broker's users and passwords (.run/kafka/users.properties). */
    public KafkaUsers users() {
        return users;
    }

    private Admin admin() {
        Properties props = new Properties();
        props.putAll(users.signIn(BrokerAccess.ADMIN));
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return Admin.create(props);
    }

    /** Polls with a deadline, and gives up at once if the broker process has died. */
    void awaitReady() {
        long deadline = System.nanoTime() + config.kafkaDeadline().toNanos();
        String last = "no answer yet";
        try (Admin admin = admin()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new LauncherException("The Kafka broker exited with code " + process.exitCode()
                            + " while starting. Read " + process.logFile()
                            + "\nIf its data is damaged, delete " + dir + " to start with an empty broker.");
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    last = String.valueOf(e.getCause() == null ? e : e.getCause());
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while waiting for Kafka", e);
        }
        throw new LauncherException("The Kafka broker did not answer on " + config.kafkaBootstrap() + " within "
                + config.kafkaDeadline().toSeconds() + " s (last error: " + last + "). Read " + process.logFile());
    }

    private void requireJars() {
        if (!Files.isDirectory(libDir())) {
            throw new LauncherException("The Kafka jars are missing: " + libDir() + " does not exist."
                    + "\nBuild the deploy module first: mvn -B -DskipTests package (./tochuc run does it).");
        }
    }

    private Path libDir() {
        return config.root().resolve("deploy/target/lib");
    }

    /**
     * The broker's jars in a fixed order (a class archive is only mapped for the classpath it was written with, and a
     * wildcard's order is the directory's); none when they are not built yet, which {@link #requireJars} reports.
     */
    private List<Path> jars() {
        try (java.util.stream.Stream<Path> files = Files.list(libDir())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
