package vn.tochuc.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

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

    public KafkaBroker(SuiteConfig config) {
        this.config = config;
        this.dir = config.kafkaDir();
        List<String> cmd = JavaCommand.base("256m");
        cmd.addAll(List.of("-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", classpath(), "kafka.Kafka", dir.resolve("server.properties").toString()));
        this.process = new ManagedProcess("kafka", cmd, config.logsDir().resolve("kafka.log"));
    }

    /** Formats the storage on first use, starts the broker and waits until it answers. */
    public void start() {
        launch();
        awaitReady();
    }

    /** Starts the process without waiting, so a caller can hold a lock for the quick part only. */
    void launch() {
        requireJars();
        writeProperties();
        formatOnce();
        process.start();
    }

    /** @return what happened, or {@code null} if it was not running */
    public String stop() {
        return process.stop(STOP_GRACE);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public ManagedProcess process() {
        return process;
    }

    /** Creates the topics that do not exist yet; existing ones are left as they are. */
    public void createTopics(List<TopicSpec> topics) {
        try (Admin admin = admin()) {
            List<NewTopic> wanted = topics.stream()
                    .map(t -> new NewTopic(t.name(), t.partitions(), (short) 1)).toList();
            var results = admin.createTopics(wanted).values();
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new LauncherException("Kafka did not create the topics within 30 s; see " + process.logFile(), e);
        }
    }

    private Admin admin() {
        Properties props = new Properties();
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

    private void writeProperties() {
        String ctrl = config.host() + ":" + config.kafkaControllerPort();
        String listeners = "PLAINTEXT://" + config.kafkaBootstrap() + ",CONTROLLER://" + ctrl;
        List<String> lines = new ArrayList<>(List.of(
                "# written by the ToChuc launcher at every start; edits are lost",
                "process.roles=broker,controller",
                "node.id=1",
                // a static quorum, so the storage format needs no --standalone
                "controller.quorum.voters=1@" + ctrl,
                "listeners=" + listeners,
                "advertised.listeners=" + listeners,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=1",
                // one broker: every internal topic must make do with one replica
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // fewer internal partitions: the first consumer group comes up faster on two cores
                "offsets.topic.num.partitions=10",
                "group.initial.rebalance.delay.ms=0",
                // its 128 MB default lives on the heap and would not fit in -Xmx256m
                "log.cleaner.dedupe.buffer.size=8388608"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("server.properties"), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + dir.resolve("server.properties"), e);
        }
    }

    /** Formatting again with another cluster id would fail, so the id is kept beside the data. */
    private void formatOnce() {
        if (Files.exists(dir.resolve("data/meta.properties"))) {
            return;
        }
        try {
            Path idFile = dir.resolve("cluster.id");
            if (!Files.exists(idFile)) {
                Files.writeString(idFile, Uuid.randomUuid().toString());
            }
            String clusterId = Files.readString(idFile).trim();
            List<String> cmd = JavaCommand.base("128m");
            cmd.addAll(List.of("-cp", classpath(), "kafka.tools.StorageTool", "format", "--ignore-formatted",
                    "--cluster-id", clusterId, "--config", dir.resolve("server.properties").toString()));
            ManagedProcess format = new ManagedProcess("kafka-storage-format", cmd, process.logFile());
            format.start();
            if (!format.waitFor(Duration.ofSeconds(60)) || format.exitCode() != 0) {
                format.stop(Duration.ofSeconds(1));
                throw new LauncherException("Formatting the Kafka storage in " + dir + " failed; read "
                        + process.logFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the Kafka data folder " + dir, e);
        }
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

    /** The java launcher expands the wildcard itself, so no shell is needed. */
    private String classpath() {
        return libDir() + "/*";
    }
}
