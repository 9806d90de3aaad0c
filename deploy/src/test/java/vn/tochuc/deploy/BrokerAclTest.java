package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.event.BrokerAccess;
import vn.tochuc.platform.event.EventOwnership;
import vn.tochuc.platform.testing.KafkaTestBroker;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.TestEvents;

/**
 * The broker enforces the ownership table: the test broker is set up by the same BrokerAccess the launcher uses
 * (SASL/SCRAM-SHA-512 users, StandardAuthorizer, ACLs).
 */
class BrokerAclTest {

    private static final String UNIT_TOPIC = "tochuc.org.unit";

    @Test
    void shouldRefuseAServiceWritingAnotherServicesTopic() {
        UUID unit = UUID.randomUUID();
        assertThatThrownBy(() -> KafkaTestTopics.as(EventOwnership.CADRE_SERVICE).send(UNIT_TOPIC, unit.toString(),
                TestEvents.orgUnitCreated(UUID.randomUUID().toString(), unit, "Giả mạo")))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void shouldRefuseTheIntegratorWritingAnyTopic() {
        for (String topic : List.of(UNIT_TOPIC, "tochuc.cadre.appointment", "tochuc.dlt.cadre-service")) {
            assertThatThrownBy(() -> KafkaTestTopics.as(BrokerAccess.INTEGRATOR).send(topic, "k", "{}"))
                    .as(topic).isInstanceOf(ExecutionException.class).cause()
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void shouldLetTheOwnerWriteItsTopic() throws Exception {
        UUID unit = UUID.randomUUID();
        KafkaTestTopics.as(EventOwnership.ORG_SERVICE).send(UNIT_TOPIC, unit.toString(),
                TestEvents.orgUnitCreated(UUID.randomUUID().toString(), unit, "Chi bộ thật"));

        assertThat(KafkaTestTopics.ofSharedBroker().readUntil(UNIT_TOPIC, r -> unit.toString().equals(r.key()),
                Duration.ofSeconds(20))).isNotEmpty();
    }

    @Test
    void shouldLetTheIntegratorReadItsTopicsOnlyWithAnIntegratorGroup() {
        UUID unit = UUID.randomUUID();
        KafkaTestTopics.ofSharedBroker().publish(UNIT_TOPIC, unit.toString(),
                TestEvents.orgUnitCreated(UUID.randomUUID().toString(), unit, "Chi bộ đọc được"), TestEvents.HEADERS);

        try (KafkaConsumer<String, String> reader = integratorConsumer("integrator-acl-test-" + UUID.randomUUID())) {
            reader.subscribe(List.of(UNIT_TOPIC));
            boolean seen = false;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!seen && System.nanoTime() < deadline) {
                seen = reader.poll(Duration.ofMillis(300)).records(UNIT_TOPIC).iterator().hasNext();
            }
            assertThat(seen).isTrue();
        }
        try (KafkaConsumer<String, String> reader = integratorConsumer("someone-else-" + UUID.randomUUID())) {
            reader.subscribe(List.of(UNIT_TOPIC));
            assertThatThrownBy(() -> reader.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void shouldKeepEveryEventTopicsRecordsWithoutATimeLimit() throws Exception {
        try (Admin admin = Admin.create(KafkaTestBroker.shared().clientSettings(BrokerAccess.ADMIN))) {
            List<ConfigResource> topics = EventOwnership.TOPICS.stream()
                    .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t.name())).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics).all().get(30, TimeUnit.SECONDS);
            assertThat(configs).hasSize(EventOwnership.TOPICS.size());
            configs.forEach((topic, config) -> {
                assertThat(config.get("retention.ms").value()).as(topic.name()).isEqualTo("-1");
                assertThat(config.get("retention.bytes").value()).as(topic.name()).isEqualTo("-1");
            });
        }
    }

    private static KafkaConsumer<String, String> integratorConsumer(String group) {
        Properties props = new Properties();
        props.putAll(KafkaTestBroker.shared().clientSettings(BrokerAccess.INTEGRATOR));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }
}
