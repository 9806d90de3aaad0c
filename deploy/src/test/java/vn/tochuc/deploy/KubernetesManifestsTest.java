package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.kafka.common.acl.AclBinding;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.event.BrokerAccess;
import vn.tochuc.platform.event.EventOwnership;

/** The manifests are not applied here, so at least keep them parseable and complete. */
class KubernetesManifestsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path K8S = E2e.root().resolve("deploy/k8s");

    @Test
    void shouldParseEveryManifestAsYamlWithAKindAndAName() throws IOException {
        List<JsonNode> docs = allDocuments();

        assertThat(docs).isNotEmpty();
        for (JsonNode doc : docs) {
            assertThat(doc.path("apiVersion").asText()).as(doc.toString()).isNotBlank();
            assertThat(doc.path("kind").asText()).as(doc.toString()).isNotBlank();
            if (!doc.path("kind").asText().equals("Kustomization")) {
                assertThat(doc.path("metadata").path("name").asText()).as(doc.toString()).isNotBlank();
            }
        }
    }

    @Test
    void shouldListOnlyExistingFilesInTheKustomization() throws IOException {
        Path base = K8S.resolve("base");
        JsonNode kustomization = YAML.readTree(base.resolve("kustomization.yaml").toFile());

        for (JsonNode resource : kustomization.path("resources")) {
            assertThat(base.resolve(resource.asText())).isRegularFile();
        }
    }

    @Test
    void shouldGiveEveryServiceTheSameJvmMemoryBudgetAsTheLauncher() throws IOException {
        // our four Java processes; Redis, also a Deployment, is not one of them
        List<JsonNode> deployments = allDocuments().stream()
                .filter(d -> d.path("kind").asText().equals("Deployment"))
                .filter(d -> !d.at("/metadata/name").asText().equals("redis")).toList();

        assertThat(deployments).hasSize(4);
        for (JsonNode deployment : deployments) {
            String name = deployment.path("metadata").path("name").asText();
            List<String> env = new ArrayList<>();
            deployment.at("/spec/template/spec/containers/0/env")
                    .forEach(e -> env.add(e.path("name").asText() + "=" + e.path("value").asText()));
            assertThat(env).as(name).contains("JAVA_OPTS_APPEND=" + String.join(" ", JvmBudget.options(name)));
            JvmBudget.ENVIRONMENT.forEach((key, value) -> assertThat(env).as(name).contains(key + "=" + value));
        }
    }

    @Test
    void shouldRunEveryServiceTwiceAtLeastWithReadinessAndLivenessProbes() throws IOException {
        List<JsonNode> deployments = allDocuments().stream()
                .filter(d -> d.path("kind").asText().equals("Deployment"))
                // Redis keeps only the gateway's rate-limit buckets; one replica, see redis.yaml
                .filter(d -> !d.path("metadata").path("name").asText().equals("redis")).toList();

        assertThat(deployments).extracting(d -> d.path("metadata").path("name").asText())
                .containsExactlyInAnyOrder("org-service", "cadre-service", "task-service", "gateway");
        for (JsonNode deployment : deployments) {
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            assertThat(container.at("/resources/limits/memory").asText()).isNotBlank();
        }
    }

    @Test
    void shouldDeclareEveryTopicTheLocalBrokerGets() throws IOException {
        List<String> topics = allDocuments().stream()
                .filter(d -> d.path("kind").asText().equals("KafkaTopic"))
                .map(d -> d.at("/spec/topicName").asText()).toList();

        assertThat(topics).containsExactlyInAnyOrderElementsOf(
                SuiteConfig.defaults(E2e.root()).topics().stream().map(TopicSpec::name).toList());
    }

    @Test
    void shouldCreateEveryTopicTheEventCatalogNamesAndADeadLetterTopicForEveryConsumer() throws IOException {
        JsonNode catalog = new ObjectMapper(new YAMLFactory())
                .readTree(E2e.root().resolve("docs/events/asyncapi.yaml").toFile());
        List<String> created = SuiteConfig.defaults(E2e.root()).topics().stream().map(TopicSpec::name).toList();
        List<String> published = new ArrayList<>();
        catalog.path("channels").forEach(channel -> published.add(channel.path("address").asText()));

        for (String address : published) {
            if (address.contains("{")) {
                continue;
            }
            assertThat(created).as("topics the suite creates").contains(address);
        }
        for (String consumer : List.of("org-service", "cadre-service", "task-service")) {
            assertThat(created).contains("tochuc.dlt." + consumer);
        }
    }

    @Test
    void shouldGiveEachKafkaUserExactlyTheAclsOfTheOwnershipTable() throws IOException {
        Set<String> inManifests = new TreeSet<>();
        for (JsonNode user : kind("KafkaUser")) {
            String name = user.at("/metadata/name").asText();
            assertThat(user.at("/spec/authentication/type").asText()).as(name).isEqualTo("scram-sha-512");
            assertThat(user.at("/spec/authorization/type").asText()).as(name).isEqualTo("simple");
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                JsonNode resource = acl.path("resource");
                String pattern = resource.path("patternType").asText("literal").equals("prefix") ? "PREFIXED" : "LITERAL";
                for (JsonNode operation : acl.path("operations")) {
                    inManifests.add(String.join(" ", name, resource.path("type").asText().toUpperCase(Locale.ROOT),
                            resource.path("name").asText(), pattern, operation.asText().toUpperCase(Locale.ROOT)));
                }
            }
        }
        Set<String> inTable = new TreeSet<>();
        for (AclBinding acl : BrokerAccess.acls()) {
            inTable.add(String.join(" ", acl.entry().principal().substring("User:".length()),
                    acl.pattern().resourceType().name(), acl.pattern().name(), acl.pattern().patternType().name(),
                    acl.entry().operation().name()));
        }
        assertThat(inManifests).isEqualTo(inTable);
    }

    @Test
    void shouldLetOnlySignedInClientsReachTheBrokerAndAuthorizeEachRequest() throws IOException {
        JsonNode kafka = kind("Kafka").get(0);
        assertThat(kafka.at("/spec/kafka/listeners")).isNotEmpty().allSatisfy(listener ->
                assertThat(listener.at("/authentication/type").asText()).as(listener.path("name").asText())
                        .isEqualTo("scram-sha-512"));
        assertThat(kafka.at("/spec/kafka/authorization/type").asText()).isEqualTo("simple");
    }

    @Test
    void shouldPassEachServiceItsOwnKafkaPasswordFromTheUsersSecret() throws IOException {
        for (EventOwnership.Service service : EventOwnership.SERVICES) {
            JsonNode deployment = kind("Deployment").stream()
                    .filter(d -> d.at("/metadata/name").asText().equals(service.name())).findFirst().orElseThrow();
            JsonNode password = null;
            for (JsonNode env : deployment.at("/spec/template/spec/containers/0/env")) {
                if (env.path("name").asText().equals("TOCHUC_KAFKA_PASSWORD")) {
                    password = env;
                }
            }
            assertThat(password).as(service.name()).isNotNull();
            assertThat(password.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo(service.name());
            assertThat(password.at("/valueFrom/secretKeyRef/key").asText()).isEqualTo("password");
        }
    }

    @Test
    void shouldKeepEveryRecordOfEveryTopic() throws IOException {
        for (JsonNode topic : kind("KafkaTopic")) {
            String name = topic.at("/spec/topicName").asText();
            EventOwnership.Retention retention = EventOwnership.topic(name).map(EventOwnership.Topic::retention)
                    .orElse(EventOwnership.Retention.KEEP_ALL);
            BrokerAccess.retention(retention).forEach((key, value) ->
                    assertThat(topic.at("/spec/config").path(key).asText()).as(name + " " + key).isEqualTo(value));
        }
    }

    private static List<JsonNode> kind(String kind) throws IOException {
        return allDocuments().stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    @Test
    void shouldExposeOnlyTheApiAndItsPublicDocumentsThroughTheIngress() throws IOException {
        JsonNode ingress = only("Ingress", "gateway");
        List<String> paths = new ArrayList<>();
        for (JsonNode rule : ingress.at("/spec/rules")) {
            for (JsonNode path : rule.at("/http/paths")) {
                paths.add(path.path("path").asText());
                assertThat(path.at("/backend/service/name").asText()).isEqualTo("gateway");
            }
        }

        assertThat(paths).containsExactlyInAnyOrder("/api/v1/", "/openapi", "/q/swagger-ui");
        assertThat(paths).noneMatch(p -> p.equals("/") || p.equals("/q") || p.equals("/q/")
                || p.startsWith("/q/health") || p.startsWith("/q/metrics"));
    }

    @Test
    void shouldAcceptTheSameBodySizeAtTheIngressAsAtTheGateway() throws IOException {
        String ingressLimit = only("Ingress", "gateway").at("/metadata/annotations")
                .path("nginx.ingress.kubernetes.io/proxy-body-size").asText();
        java.util.Properties gateway = new java.util.Properties();
        try (var in = Files.newBufferedReader(E2e.root().resolve("gateway/src/main/resources/application.properties"))) {
            gateway.load(in);
        }

        assertThat(ingressLimit.toLowerCase()).isEqualTo(
                gateway.getProperty("quarkus.http.limits.max-body-size").toLowerCase());
    }

    @Test
    void shouldLetOnlyTheGatewayReachTheServicesHttpPort() throws IOException {
        JsonNode policy = only("NetworkPolicy", "services-only-from-gateway");
        List<String> protectedServices = new ArrayList<>();
        policy.at("/spec/podSelector/matchExpressions/0/values").forEach(v -> protectedServices.add(v.asText()));

        assertThat(protectedServices).containsExactlyInAnyOrder("org-service", "cadre-service", "task-service");
        assertThat(policy.at("/spec/policyTypes").toString()).contains("Ingress");
        assertThat(policy.at("/spec/ingress")).hasSize(1);
        JsonNode rule = policy.at("/spec/ingress/0");
        assertThat(rule.at("/from")).hasSize(1);
        assertThat(rule.at("/from/0/podSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo("gateway");
        assertThat(rule.at("/from/0/namespaceSelector").isMissingNode()).isTrue();
        assertThat(rule.at("/ports/0/port").asInt()).isEqualTo(8080);
    }

    private static JsonNode only(String kind, String name) throws IOException {
        List<JsonNode> found = allDocuments().stream()
                .filter(d -> d.path("kind").asText().equals(kind))
                .filter(d -> d.path("metadata").path("name").asText().equals(name)).toList();
        assertThat(found).as(kind + " " + name).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> allDocuments() throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList()) {
                try (var parser = YAML.getFactory().createParser(file.toFile())) {
                    YAML.readValues(parser, JsonNode.class).forEachRemaining(doc -> {
                        if (doc != null && !doc.isMissingNode() && !doc.isNull()) {
                            docs.add(doc);
                        }
                    });
                }
            }
        }
        return docs;
    }
}
