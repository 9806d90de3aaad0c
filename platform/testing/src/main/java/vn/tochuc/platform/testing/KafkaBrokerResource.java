package vn.tochuc.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Gives a {@code @QuarkusTest} the JVM's real Kafka broker. */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", KafkaTestBroker.shared().bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker outlives one application start; the JVM's shutdown hook stops it.
    }
}
