package vn.tochuc.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import vn.tochuc.platform.event.BrokerAccess;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.utils.Time;

/**
 * A real Kafka 4 broker (KRaft, one node) inside the test JVM, on loopback ports picked at start, with
 * SASL/SCRAM users, ACLs and topics from the ownership table ({@link BrokerAccess}) like the launcher's. One per JVM;
 * it can be stopped and started again on the same data to test what an outage does.
 */
public final class KafkaTestBroker {

    /**
     * Every user's password on the test broker (services, {@link BrokerAccess#ADMIN}, {@link BrokerAccess#INTEGRATOR}):
     * what keeps them apart is the user name their ACLs are bound to, and one password lets
     * {@link KafkaBrokerResource} sign any service in without knowing which it is.
     */
    public static final String PASSWORD = "tochuc-test-password";
    /**
     * Topics tests make up on the fly (OutboxParkingTest, DeadLetterReplayTest): every user may use them. No dot at
     * the end, so that an invalid name such as "tochuc.test parking" is authorized and then refused as invalid, as
     * OutboxParkingTest expects.
     */
    public static final String TEST_TOPIC_PREFIX = "tochuc.test";

    private static KafkaTestBroker shared;

    private final int port = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private final Path dataDir;
    private KafkaRaftServer server;
    private boolean prepared;

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
        Properties props = KafkaBrokerProperties.of(port, controllerPort, dataDir, PASSWORD);
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            format(props);
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        if (!prepared) {
            prepare();
            prepared = true;
        }
    }

    /** Bootstrap servers and sign-in of one user, for a client a test makes itself. */
    public Map<String, Object> clientSettings(String user) {
        Map<String, Object> props = new HashMap<>(BrokerAccess.clientSignIn(user, PASSWORD));
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    /** The topics of the ownership table with their retention, and the users' ACLs, as the launcher makes them. */
    private void prepare() {
        Map<String, Object> props = clientSettings(BrokerAccess.ADMIN);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(props)) {
            for (var created : admin.createTopics(BrokerAccess.topics()).values().values()) {
                try {
                    created.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            List<AclBinding> acls = new ArrayList<>(BrokerAccess.acls());
            for (String user : BrokerAccess.users()) {
                for (AclOperation op : List.of(AclOperation.ALL)) {
                    acls.add(BrokerAccess.allow(user, ResourceType.TOPIC, TEST_TOPIC_PREFIX, PatternType.PREFIXED, op));
                    acls.add(BrokerAccess.allow(user, ResourceType.GROUP, "test-", PatternType.PREFIXED, op));
                }
            }
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Preparing the test broker's topics and ACLs failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        List<String> args = new ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()));
        Map<String, String> passwords = new HashMap<>();
        BrokerAccess.users().forEach(user -> passwords.put(user, PASSWORD));
        args.addAll(BrokerAccess.formatArguments(passwords));
        int status = StorageTool.execute(args.toArray(String[]::new), new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }
}
