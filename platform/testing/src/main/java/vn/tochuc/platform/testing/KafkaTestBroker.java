package vn.tochuc.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Kafka 4 broker (KRaft, one node) inside the test JVM, on loopback ports picked at start. One per JVM;
 * it can be stopped and started again on the same data to test what an outage does.
 */
public final class KafkaTestBroker {

    private static KafkaTestBroker shared;

    private final int port = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private final Path dataDir;
    private KafkaRaftServer server;

    private KafkaTestBroker() {
        try {
            dataDir = Files.createTempDirectory("tochuc-kafka-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JVM's broker, started on first use. */
    public static synchronized KafkaTestBroker shared() {
        if (shared == null) {
            shared = new KafkaTestBroker();
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stopAndForget, "kafka-test-broker-stop"));
        }
        return shared;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        Properties props = KafkaBrokerProperties.of(port, controllerPort, dataDir);
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            format(props);
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    /** Stops the broker and deletes its data: a test run leaves nothing behind in the temp folder. */
    private void stopAndForget() {
        stop();
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // The folder is in the temp area; the OS clears it eventually.
        }
    }

    private void format(Properties props) {
        Path config = dataDir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(config)) {
            props.store(out, "ToChuc test broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        // execute(), unlike main(), does not call System.exit.
        int status = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c",
                config.toString()}, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }
}
