package vn.tochuc.platform.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How this service signs in to the broker: the same {@code kafka.security.protocol}, {@code kafka.sasl.*} settings
 * Quarkus' Kafka health check uses, so the outbox, the inbox and the health check all act as the service's own user,
 * whose ACLs let it write only its own topics (see {@link EventOwnership} and META-INF/microprofile-config.properties).
 */
@ApplicationScoped
public class KafkaSignIn {

    private final Map<String, Object> settings = new HashMap<>();

    KafkaSignIn(@ConfigProperty(name = "kafka.security.protocol", defaultValue = "PLAINTEXT") String protocol,
            @ConfigProperty(name = "kafka.sasl.mechanism") Optional<String> mechanism,
            @ConfigProperty(name = "kafka.sasl.jaas.config") Optional<String> jaas) {
        settings.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, protocol);
        if (protocol.startsWith("SASL")) {
            settings.put(SaslConfigs.SASL_MECHANISM, mechanism.orElse("SCRAM-SHA-512"));
            settings.put(SaslConfigs.SASL_JAAS_CONFIG, jaas.orElseThrow(() -> new IllegalStateException(
                    "kafka.security.protocol is " + protocol + " but kafka.sasl.jaas.config is not set; set "
                            + "TOCHUC_KAFKA_USERNAME and TOCHUC_KAFKA_PASSWORD")));
        }
    }

    /** The settings to add to a client's configuration. */
    public Map<String, Object> settings() {
        return Map.copyOf(settings);
    }
}
