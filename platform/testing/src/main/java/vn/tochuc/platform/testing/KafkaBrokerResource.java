package vn.tochuc.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Gives a {@code @QuarkusTest} the JVM's real Kafka broker. */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        // The service signs in as its own user (tochuc.kafka.username defaults to the application name).
        return Map.of("kafka.bootstrap.servers", KafkaTestBroker.shared().bootstrapServers(),
                "tochuc.kafka.password", KafkaTestBroker.PASSWORD);
    }

    @Override
    public void stop() {
        // The broker outlives one application start; the JVM's shutdown hook stops it.
    }
}
