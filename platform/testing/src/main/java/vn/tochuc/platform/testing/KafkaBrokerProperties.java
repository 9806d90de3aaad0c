package vn.tochuc.platform.testing;

import java.nio.file.Path;
import java.util.Properties;
import vn.tochuc.platform.event.BrokerAccess;

/**
 * The settings of a one-node Kafka 4 cluster in KRaft combined mode on loopback: broker and controller in one
 * process, SASL/SCRAM-SHA-512 with ACLs ({@link BrokerAccess}), every internal topic with one replica, small buffers so it runs in a small heap.
 */
public final class KafkaBrokerProperties {

    private KafkaBrokerProperties() {
    }

    public static Properties of(int brokerPort, int controllerPort, Path dataDir, String adminPassword) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        // SASL/SCRAM and the authorizer, as on the launcher's broker: tests run against a broker that enforces who
        // may write and read which topic.
        BrokerAccess.brokerSettings("127.0.0.1", brokerPort, controllerPort, adminPassword).forEach(p::setProperty);
        p.setProperty("log.dirs", dataDir.toAbsolutePath().toString());
        p.setProperty("num.partitions", "1");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // Its 128 MB default lives on the heap and would not fit a small broker.
        p.setProperty("log.cleaner.dedupe.buffer.size", "4194304");
        return p;
    }
}
