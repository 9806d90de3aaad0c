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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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
        List<JsonNode> deployments = allDocuments().stream()
                .filter(d -> d.path("kind").asText().equals("Deployment")).toList();

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
                .filter(d -> d.path("kind").asText().equals("Deployment")).toList();

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
