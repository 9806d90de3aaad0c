package vn.tochuc.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.Uuid;
import vn.tochuc.platform.event.BrokerAccess;

/**
 * The broker's folder: its server.properties (rewritten at every start, so a changed port takes
 * effect) and its data, formatted once with a cluster id kept beside it.
 */
final class KafkaStorage {

    private final SuiteConfig config;
    private final Path dir;
    private final String classpath;
    private final List<String> jvmOptions;
    private final Path logFile;
    private final KafkaUsers users;

    KafkaStorage(SuiteConfig config, String classpath, List<String> jvmOptions, Path logFile, KafkaUsers users) {
        this.users = users;
        this.config = config;
        this.dir = config.kafkaDir();
        this.classpath = classpath;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.logFile = logFile;
    }

    void prepare() {
        requireUsable();
        writeProperties();
        formatOnce();
    }

    /** Checked before the users' passwords are written (the services' start does it), which would hide it. */
    void requireUsable() {
        if (Files.exists(dir.resolve("data/meta.properties")) && !Files.exists(users.file())) {
            throw new LauncherException("The Kafka data in " + dir + " was made before the broker required sign-in "
                    + "(no " + users.file().getFileName() + " beside it). Delete " + dir + " once; the next run "
                    + "formats it with its users.");
        }
    }

    private void writeProperties() {
        String ctrl = config.host() + ":" + config.kafkaControllerPort();
        List<String> lines = new ArrayList<>(List.of(
                "# written by the ToChuc launcher at every start; edits are lost",
                "process.roles=broker,controller",
                "node.id=1",
                // a static quorum, so the storage format needs no --standalone
                "controller.quorum.voters=1@" + ctrl));
        // SASL/SCRAM listeners and the ACL authorizer: a service may write only its own topics (EventOwnership)
        BrokerAccess.brokerSettings(config.host(), config.kafkaPort(), config.kafkaControllerPort(),
                users.password(BrokerAccess.ADMIN)).forEach((key, value) -> lines.add(key + "=" + value));
        lines.addAll(List.of(
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
                "log.cleaner.dedupe.buffer.size=8388608",
                // only the launcher's administrator creates topics, with the retention the ownership table gives
                "auto.create.topics.enable=false"));
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
            cmd.add("-XX:TieredStopAtLevel=1"); // a run of a second or two: C2 would compile nothing in time
            cmd.addAll(jvmOptions); // the broker's class archive, once there is one: the same jars
            cmd.addAll(List.of("-cp", classpath, "kafka.tools.StorageTool", "format", "--ignore-formatted",
                    "--cluster-id", clusterId, "--config", dir.resolve("server.properties").toString()));
            // the SCRAM users exist from the first start, so the broker can sign in to itself as the administrator
            cmd.addAll(BrokerAccess.formatArguments(users.passwords()));
            ManagedProcess format = new ManagedProcess("kafka-storage-format", cmd, logFile);
            format.start();
            if (!format.waitFor(Duration.ofSeconds(60)) || format.exitCode() != 0) {
                format.stop(Duration.ofSeconds(1));
                throw new LauncherException("Formatting the Kafka storage in " + dir + " failed; read "
                        + logFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the Kafka data folder " + dir, e);
        }
    }
}
